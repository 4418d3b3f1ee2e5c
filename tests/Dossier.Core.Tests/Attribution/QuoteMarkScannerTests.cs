using Dossier.Core.Attribution;

namespace Dossier.Core.Tests.Attribution;

public sealed class QuoteMarkScannerTests
{
    private static List<string> Quoted(string text) =>
        [.. QuoteMarkScanner.Scan(text).Select(r => text[(r.Open + 1)..r.Close])];

    [Theory]
    [InlineData("He said “yes” and “no”.", new[] { "yes", "no" })]
    [InlineData("He said \"yes\" and \"no\".", new[] { "yes", "no" })]
    [InlineData("“It’s the ‘best’ deal,” she said.", new[] { "It’s the ‘best’ deal," })]
    [InlineData("“They called it \"a disaster\" at once,” he said.", new[] { "They called it \"a disaster\" at once," })]
    public void Finds_each_quoted_region_and_keeps_nested_quotes_inside(string text, string[] expected)
    {
        Assert.Equal(expected, Quoted(text));
    }

    [Fact]
    public void Reads_two_apostrophes_as_one_quotation_mark()
    {
        var text = "''We will win,'' Mr. Sanders said of the Lyin' Ted remark.";

        var region = Assert.Single(QuoteMarkScanner.Scan(text));

        Assert.Equal(2, region.OpenWidth);
        Assert.Equal(2, region.CloseWidth);
        Assert.Equal("We will win,", text[(region.Open + region.OpenWidth)..region.Close]);
    }

    [Fact]
    public void Joins_a_quote_that_runs_over_paragraphs()
    {
        var text = "Cho said: “The first paragraph.\n\n“The second paragraph,” he added.";

        var region = Assert.Single(QuoteMarkScanner.Scan(text));

        Assert.True(region.Closed);
        Assert.True(region.MultiParagraph);
        Assert.Equal("The first paragraph.\n\n“The second paragraph,", text[(region.Open + 1)..region.Close]);
    }

    [Fact]
    public void Ends_an_unclosed_quote_at_its_paragraph_when_the_next_does_not_reopen()
    {
        var text = "He said “this never closes\nNext paragraph.";

        var region = Assert.Single(QuoteMarkScanner.Scan(text));

        Assert.False(region.Closed);
        Assert.Equal("this never closes", text[(region.Open + 1)..region.Close]);
    }

    [Fact]
    public void Finds_nothing_in_text_without_double_quotes()
    {
        Assert.Empty(QuoteMarkScanner.Scan("It’s Kim’s ‘plan’, no quotes here."));
    }
}
