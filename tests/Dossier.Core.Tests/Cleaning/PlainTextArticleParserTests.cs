using Dossier.Core.Cleaning;
using Dossier.Core.Model;

namespace Dossier.Core.Tests.Cleaning;

public sealed class PlainTextArticleParserTests
{
    private static readonly PlainTextArticleParser Parser = new();

    public static TheoryData<string, string, string, string?, string?, string?> SampleMetadata => new()
    {
        { "000_8cc3c08dea10cc53.txt", "Kim's Russia trip is more like a friendly visit than 'plan B'", "Xu Fangqing", "2019-04-25T10:07:00", "CGTN", null },
        { "001_29236d649dfba228.txt", "What Kim wants from his meeting with Putin", "Cheng Xiaohe", "2019-04-23T11:57:00+08:00", "CGTN", null },
        { "002_7226cadd0e561270.txt", "Kim Jong Un to Travel to Russia for a Summit With Putin This Month", "", null, null, "Hankyoreh" },
        { "003_fa93f5c5a270c179.txt", "Moscow-Pyongyang Bi-Lateral Relations to Improve after Summit in Russia", "", "2019-04-27", null, null },
        { "004_973540b50767dd5e.txt", "What\u2019s at stake as Kim Jong Un meets President Putin in Russia?", "", null, null, "Al Jazeera" },
    };

    public static TheoryData<string, RemovedKind[]> SampleRemovedKinds => new()
    {
        { "000_8cc3c08dea10cc53.txt", [RemovedKind.Title, RemovedKind.Dateline, RemovedKind.Byline, RemovedKind.Navigation, RemovedKind.EditorNote, RemovedKind.Caption] },
        { "001_29236d649dfba228.txt", [RemovedKind.Navigation, RemovedKind.Dateline, RemovedKind.Title, RemovedKind.Byline, RemovedKind.EditorNote, RemovedKind.Caption, RemovedKind.Copyright, RemovedKind.Related] },
        { "002_7226cadd0e561270.txt", [RemovedKind.Title, RemovedKind.Other, RemovedKind.Comments] },
        { "003_fa93f5c5a270c179.txt", [RemovedKind.Title, RemovedKind.Dateline, RemovedKind.Related] },
        { "004_973540b50767dd5e.txt", [RemovedKind.Title, RemovedKind.Other] },
    };

    [Theory]
    [MemberData(nameof(SampleMetadata))]
    public void Parse_reads_each_samples_metadata(string file, string title, string authors, string? published, string? outlet, string? originalOutlet)
    {
        var metadata = Parser.Parse(RepositoryPaths.ReadSample(file)).Metadata;

        Assert.Equal(title, metadata.Title);
        Assert.Equal(authors, string.Join("; ", metadata.Authors));
        Assert.Equal(published, metadata.Published?.ToIso());
        Assert.Equal(outlet, metadata.Outlet);
        Assert.Equal(originalOutlet, metadata.OriginalOutlet);
        Assert.Equal("en", metadata.Language);
    }

    [Theory]
    [MemberData(nameof(SampleRemovedKinds))]
    public void Parse_removes_each_samples_boilerplate_kinds(string file, RemovedKind[] kinds)
    {
        var removed = Parser.Parse(RepositoryPaths.ReadSample(file)).Removed;

        Assert.Equal(kinds.Order(), removed.Select(r => r.Kind).Distinct().Order());
    }

    [Theory]
    [InlineData("000_8cc3c08dea10cc53.txt", "Democratic People's Republic of Korea (DPRK) leader Kim Jong Un is in Russia", "In fact, the DPRK would spare no effort")]
    [InlineData("001_29236d649dfba228.txt", "DPRK leader Kim Jong Un has adroitly commanded", "Kim's meeting with Putin is most likely to be a success.")]
    [InlineData("002_7226cadd0e561270.txt", "Relations with China are chilly, Russia is seen as nation likeliest", "Is Beijing keeping a distance due to its own trade talks with Washington?")]
    [InlineData("003_fa93f5c5a270c179.txt", "North Korean leader Kim Jong-un visited Russia", "Jeong Young-tae, an analyst at the Institute of North Korean Studies")]
    [InlineData("004_973540b50767dd5e.txt", "North Korean leader to meet Russian president Vladimir Putin", "Why Russia?")]
    public void Parse_keeps_standfirsts_headings_and_prose(string file, string bodyStart, string alsoInBody)
    {
        var text = Parser.Parse(RepositoryPaths.ReadSample(file)).Text;

        Assert.StartsWith(bodyStart, text, StringComparison.Ordinal);
        Assert.Contains(alsoInBody, text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("000_8cc3c08dea10cc53.txt", "/VCG Photo")]
    [InlineData("000_8cc3c08dea10cc53.txt", "CGTN")]
    [InlineData("001_29236d649dfba228.txt", "RELATED")]
    [InlineData("002_7226cadd0e561270.txt", "says")]
    [InlineData("002_7226cadd0e561270.txt", "Leave A Reply")]
    [InlineData("002_7226cadd0e561270.txt", "originally published")]
    [InlineData("003_fa93f5c5a270c179.txt", "Related posts")]
    [InlineData("004_973540b50767dd5e.txt", "Source:")]
    public void Parse_leaves_no_boilerplate_in_the_body(string file, string boilerplate) =>
        Assert.DoesNotContain(boilerplate, Parser.Parse(RepositoryPaths.ReadSample(file)).Text, StringComparison.Ordinal);

    [Fact]
    public void Parse_joins_paragraphs_with_blank_lines_and_normalises_spaces_within_them()
    {
        var text = Parser.Parse("A Title\nFirst  paragraph\u00a0with   spaces.\n\n\nSecond paragraph.\n").Text;

        Assert.Equal("First paragraph with spaces.\n\nSecond paragraph.", text);
    }

    [Fact]
    public void Parse_records_the_section_line()
    {
        var result = Parser.Parse(RepositoryPaths.ReadSample("001_29236d649dfba228.txt"));

        Assert.Equal("Opinions", result.Metadata.Section);
        Assert.Contains(result.Removed, r => r is { Kind: RemovedKind.Navigation, Rule: "section", Text: "Opinions" });
    }

    [Fact]
    public void Parse_removes_a_caption_pasted_twice_both_times()
    {
        var removed = Parser.Parse(RepositoryPaths.ReadSample("000_8cc3c08dea10cc53.txt")).Removed;

        Assert.Equal(4, removed.Count(r => r.Kind == RemovedKind.Caption));
    }

    [Fact]
    public void Parse_keeps_a_real_paragraph_when_unsure()
    {
        const string content = """
            Talks resume in Hanoi

            Comments from both sides suggested the talks would resume within weeks, officials said on Monday.

            John Smith

            Source: a senior official who asked not to be named because the talks are private.

            Photo opportunities were scarce as the delegations met behind closed doors.
            """;

        var result = Parser.Parse(content);

        Assert.Contains("Comments from both sides", result.Text, StringComparison.Ordinal);
        Assert.Contains("Source: a senior official", result.Text, StringComparison.Ordinal);
        Assert.Contains("Photo opportunities", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_does_not_let_an_early_comments_marker_eat_the_body()
    {
        const string content = "Title\n\nComments\n\nThe first paragraph of the story is here.\n\nThe second paragraph.\n\nThe third paragraph.";

        var text = Parser.Parse(content).Text;

        Assert.Equal("The first paragraph of the story is here.\n\nThe second paragraph.\n\nThe third paragraph.", text);
    }

    [Fact]
    public void Parse_joins_hard_wrapped_lines_into_paragraphs()
    {
        const string content = """
            Wrapped Title

            This paragraph was copied from a terminal that wraps its lines at
            about seventy characters, so one paragraph spans several lines in
            the dump and must come back as one.

            The second paragraph is wrapped the same way and also spans two
            lines of the dump.
            """;

        var text = Parser.Parse(content).Text;

        Assert.Equal(2, text.Split("\n\n").Length);
        Assert.Contains("wraps its lines at about seventy", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_returns_empty_text_for_an_input_of_only_boilerplate()
    {
        var result = Parser.Parse("Opinions\nSome Title\nUpdated 10:07, 25-Apr-2019\nShare\nCopyright © 2019 CGTN");

        Assert.Equal(string.Empty, result.Text);
        Assert.Equal("CGTN", result.Metadata.Outlet);
        Assert.Null(result.Metadata.Language);
    }

    [Fact]
    public void Parse_removes_the_known_title_wherever_it_is_repeated()
    {
        var result = Parser.Parse("Kicker line\n\nThe Real Title\n\nBody text goes here.", knownTitle: "The Real Title");

        Assert.DoesNotContain("The Real Title", result.Text, StringComparison.Ordinal);
        Assert.Contains(result.Removed, r => r.Kind == RemovedKind.Title && r.Text == "The Real Title");
    }

    [Theory]
    [InlineData("By Jane Doe and John Roe", "Jane Doe; John Roe")]
    [InlineData("By Jean-Luc de la Croix", "Jean-Luc de la Croix")]
    [InlineData("Xu Fangqing", "Xu Fangqing")]
    public void Parse_reads_bylines(string byline, string authors)
    {
        var result = Parser.Parse($"Some Headline Here\n{byline}\nThe body of the article starts here and it goes on.");

        Assert.Equal(authors, string.Join("; ", result.Metadata.Authors));
    }
}
