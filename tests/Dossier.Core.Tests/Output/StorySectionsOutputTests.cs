using Dossier.Core.Model;
using Dossier.Core.Output;

namespace Dossier.Core.Tests.Output;

/// <summary>The story's conflicts and framing in dossier.md and index.html, escaped.</summary>
public sealed class StorySectionsOutputTests
{
    private static DossierJson Dossier()
    {
        const string text = "Kim met <Putin>. Trade was $60m. It was a *bullying* resolution.";
        var doc = new Document(new RawDocument("d1", "d1.txt", "sha256:x", InputFormat.PlainText, text, RecordHints.None, []))
        {
            Text = text,
            Sentences = [new Sentence(new TextSpan(0, 16)), new Sentence(new TextSpan(17, 32)), new Sentence(new TextSpan(33, text.Length))],
        };
        var story = new Story(
            "story-1",
            "Kim & Putin",
            ["d1"],
            [new CitedStatement("Kim met <Putin>.", [new Citation("d1", 0)])],
            [],
            [],
            [new Conflict("trade <USD>", [new ConflictingClaim("$60m", "d1", 1), new ConflictingClaim("$34m & more", "d1", 1)])],
            [new FramingSpan("d1", new TextSpan(43, 53), "*bullying*", "loadedLanguage", "others say <plain> words")])
        {
            Timeline = [new TimelineItem("2019-04-25", "d1", 0, "Kim met <Putin>.")],
        };
        return DossierJsonMapper.Map(new Corpus([doc]) { Stories = [story] }, "0.1.0");
    }

    [Fact]
    public void Html_shows_conflicts_and_framing_escaped()
    {
        var html = HtmlPage.Render(Dossier());

        Assert.Contains("Numbers that disagree", html, StringComparison.Ordinal);
        Assert.Contains("trade &lt;USD&gt;:", html, StringComparison.Ordinal);
        Assert.Contains("$34m &amp; more", html, StringComparison.Ordinal);
        Assert.Contains("href=\"#doc-d1-s1\"", html, StringComparison.Ordinal);
        Assert.Contains("Loaded wording", html, StringComparison.Ordinal);
        Assert.Contains("others say &lt;plain&gt; words", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<plain>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_shows_conflicts_and_framing_with_citations()
    {
        var md = MarkdownBriefing.Render(Dossier());

        Assert.Contains("### Numbers that disagree", md, StringComparison.Ordinal);
        Assert.Contains("- trade \\<USD\\>: $60m [d1:1]; $34m & more [d1:1]", md, StringComparison.Ordinal);
        Assert.Contains("### Loaded wording", md, StringComparison.Ordinal);
        Assert.Contains("“\\*bullying\\*” (loadedLanguage) [d1]", md, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_carries_the_story_timeline()
    {
        var story = Assert.Single(Dossier().Stories);

        Assert.Equal("2019-04-25", Assert.Single(story.Timeline).Date);
    }
}
