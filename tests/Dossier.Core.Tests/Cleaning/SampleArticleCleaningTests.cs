using Dossier.Core.Cleaning;
using Dossier.Core.Model;
using Dossier.Core.Pipeline;

namespace Dossier.Core.Tests.Cleaning;

/// <summary>Each sample article as the pipeline cleans it: what the page states, what is boilerplate, what is prose.</summary>
public sealed class SampleArticleCleaningTests
{
    private static readonly ArticleCleaner Cleaner = new();

    public static TheoryData<string, string, string[], string?, string?, string?> StatedMetadata => new()
    {
        { "000", "Kim's Russia trip is more like a friendly visit than 'plan B'", ["Xu Fangqing"], "2019-04-25T10:07:00", "CGTN", null },
        { "001", "What Kim wants from his meeting with Putin", ["Cheng Xiaohe"], "2019-04-23T11:57:00+08:00", "CGTN", null },
        { "002", "Kim Jong Un to Travel to Russia for a Summit With Putin This Month", [], null, null, "Hankyoreh" },
        { "003", "Moscow-Pyongyang Bi-Lateral Relations to Improve after Summit in Russia", [], "2019-04-27", null, null },
        { "004", "What\u2019s at stake as Kim Jong Un meets President Putin in Russia?", [], null, null, "Al Jazeera" },
    };

    public static TheoryData<string, RemovedKind, string> BoilerplateLines => new()
    {
        { "000", RemovedKind.Caption, "calls on senior officials to display the spirit of self-reliance" },
        { "000", RemovedKind.Caption, "holds a news conference after his summit with DPRK leader Kim Jong Un at the JW Marriott hotel" },
        { "000", RemovedKind.Navigation, "[\"china\"]" },
        { "000", RemovedKind.EditorNote, "Editor's note: Xu Fangqing is a senior editor at China News Week" },
        { "000", RemovedKind.EditorNote, "(If you want to contribute and have specific expertise" },
        { "001", RemovedKind.Caption, "Officials attending the 8th meeting of the DPRK-Russia Intergovernmental Committee" },
        { "001", RemovedKind.Caption, "People pose for a photograph with a picture of DPRK leader Kim Jung Un" },
        { "001", RemovedKind.Caption, "DPRK's Ambassador to Russia Kim Hyung Jun (L) and chairman of the Foreign Affairs Committee" },
        { "001", RemovedKind.Caption, "speaks at the 5th meeting of company leaders and political instructors" },
        { "001", RemovedKind.EditorNote, "Editor's Note: Cheng Xiaohe is an associate professor" },
        { "001", RemovedKind.EditorNote, "(If you want to contribute and have specific expertise" },
        { "001", RemovedKind.Copyright, "Copyright ©" },
        { "001", RemovedKind.Related, "RELATED STORIES" },
        { "002", RemovedKind.Other, "This content was originally published here." },
        { "002", RemovedKind.Other, "Source: Hankyoreh" },
        { "002", RemovedKind.Comments, "Bobby English says" },
        { "002", RemovedKind.Comments, "Gaddifi should have built nuclear bombs" },
        { "002", RemovedKind.Comments, "CHUCKMAN says" },
        { "002", RemovedKind.Comments, "Interesting points." },
        { "002", RemovedKind.Comments, "David Bedford says" },
        { "002", RemovedKind.Comments, "I think both China and Russia could assist North Korea by promoting tourists" },
        { "002", RemovedKind.Comments, "Leave A Reply" },
        { "002", RemovedKind.Comments, "Your email address will not be published." },
        { "003", RemovedKind.Dateline, "Last updated on April 27th, 2019" },
        { "003", RemovedKind.Related, "Related posts" },
        { "004", RemovedKind.Other, "Source: AlJazeera" },
    };

    public static TheoryData<string, string> ArticleParagraphs => new()
    {
        { "000", "Democratic People's Republic of Korea (DPRK) leader Kim Jong Un is in Russia, meeting Russian President Vladimir Putin today" },
        { "000", "The recent statement from Kim indicates the Peninsula state no longer expects a once-and-for-all solution" },
        { "000", "Based on the current situation, the DPRK can neither return to the old track" },
        { "000", "Kim's Russia trip is more like an interlude during the break time and the DPRK and the U.S. are still the two pivotal countries for peace in the Peninsula." },
        { "001", "DPRK leader Kim Jong Un has adroitly commanded international attention recently" },
        { "001", "On the sanctions issue, Russia is quite sympathetic with the DPRK" },
        { "001", "Last September, Russia and China jointly called for a lifting of sanctions" },
        { "001", "In sharp contrast with the failure of the second meeting with Trump, Kim's meeting with Putin is most likely to be a success." },
        { "002", "North Korean leader Kim Jong-un\u2019s overseas activity following his unproductive summit with the US in Hanoi" },
        { "002", "Another reason why North Korea and Russia have organized a summit is that their mutual interests happen to coincide." },
        { "002", "But others see Xi\u2019s schedule as being fluid because of the lack of a suitable gift to offer the North on his visit." },
        { "003", "North Korean leader Kim Jong-un visited Russia for his first Summit with President Vladimir Putin in Vladivostok." },
        { "003", "Kim\u2019s staff included foreign minister Ri Yong Ho" },
        { "003", "They\u2019ll know how to play the game if it ever becomes necessary for Pyongyang to play off its allies against each other.\u201d" },
        { "004", "Kim Jong Un has arrived in Russia for a summit with President Vladimir Putin" },
        { "004", "Around 10,000 North Korean labourers are still employed in Russia." },
        { "004", "What does Russia want?" },
        { "004", "Trump administration does not want the phased approach to North Korea\u2019s denuclearisation.\u201d" },
    };

    private static Document Clean(string sample)
    {
        var document = new Document(new RawDocument(sample, sample + ".txt", "sha256:00", InputFormat.PlainText, RepositoryPaths.ReadSample(sample), RecordHints.None, []));
        Cleaner.Process(document, CancellationToken.None);
        return document;
    }

    [Theory]
    [MemberData(nameof(StatedMetadata))]
    public void Cleaning_reads_the_metadata_the_page_states(string sample, string title, string[] authors, string? published, string? outlet, string? originalOutlet)
    {
        var metadata = Clean(sample).Metadata;

        Assert.Equal(title, metadata.Title);
        Assert.Equal(authors, metadata.Authors);
        Assert.Equal(published, metadata.Published?.ToIso());
        Assert.Equal(outlet, metadata.Outlet);
        Assert.Equal(originalOutlet, metadata.OriginalOutlet);
    }

    [Theory]
    [MemberData(nameof(BoilerplateLines))]
    public void Cleaning_moves_each_boilerplate_line_out_of_the_body(string sample, RemovedKind kind, string line)
    {
        var document = Clean(sample);

        Assert.DoesNotContain(line, document.Text, StringComparison.Ordinal);
        Assert.Contains(document.Removed, r => r.Kind == kind && r.Text.Contains(line, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(ArticleParagraphs))]
    public void Cleaning_keeps_each_article_paragraph_in_the_body(string sample, string paragraph)
    {
        var document = Clean(sample);

        Assert.Contains(paragraph, document.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(document.Removed, r => r.Text.Contains(paragraph, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("000", "Democratic People's Republic of Korea (DPRK) leader", "for peace in the Peninsula.")]
    [InlineData("001", "DPRK leader Kim Jong Un has adroitly", "is most likely to be a success.")]
    [InlineData("002", "Relations with China are chilly", "to offer the North on his visit.")]
    [InlineData("003", "North Korean leader Kim Jong-un visited Russia", "play off its allies against each other.\u201d")]
    [InlineData("004", "North Korean leader to meet Russian president", "approach to North Korea\u2019s denuclearisation.\u201d")]
    public void Cleaning_starts_and_ends_the_body_at_the_articles_own_prose(string sample, string first, string last)
    {
        var text = Clean(sample).Text;

        Assert.StartsWith(first, text, StringComparison.Ordinal);
        Assert.EndsWith(last, text, StringComparison.Ordinal);
    }
}
