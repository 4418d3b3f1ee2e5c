using System.Text;
using Dossier.Core.Cleaning;

namespace Dossier.Core.Tests.Cleaning;

/// <summary>Pages that are not articles, or not well-formed HTML, still give a result and never throw.</summary>
public sealed class HtmlBadInputTests
{
    private static readonly HtmlArticleParser Parser = new();

    [Fact]
    public void A_page_of_links_only_gives_no_body()
    {
        var links = string.Concat(Enumerable.Range(1, 40).Select(i => $"<li><a href=\"/s/{i}\">Another story headline number {i} here</a></li>"));
        var result = Parser.Parse($"<html><body><ul>{links}</ul></body></html>");

        Assert.DoesNotContain("headline number 7", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_frameset_gives_an_empty_body()
    {
        var result = Parser.Parse("<html><head><title>Frames</title></head><frameset cols=\"50%,50%\"><frame src=\"a.html\"><frame src=\"b.html\"></frameset></html>");

        Assert.Equal(string.Empty, result.Text);
        Assert.Equal("Frames", result.Metadata.Title);
    }

    [Fact]
    public void Ten_megabytes_of_nested_tables_are_read_without_overflow()
    {
        var html = new StringBuilder("<html><body>");
        const string Open = "<table><tr><td>cell ";
        var depth = 0;
        while (html.Length < 10_000_000)
        {
            html.Append(Open);
            depth++;
        }

        html.Append("<p>The one real paragraph sits at the bottom of a very deep pile of tables, with words.</p>");
        for (var i = 0; i < depth; i++)
        {
            html.Append("</td></tr></table>");
        }

        var result = Parser.Parse(html.Append("</body></html>").ToString());

        Assert.NotNull(result.Text);
    }

    [Fact]
    public void Broken_markup_still_yields_its_paragraphs()
    {
        const string html = """
            <html><body><div class="story"><p>First paragraph of the story is not closed, and it goes on for a while
            <p>Second paragraph of the story, <b>with bold <i>and italic</b> crossed</i>, also long enough to count.
            </span></div></div><p>Third paragraph after stray closing tags, still part of the article text.
            """;

        var text = Parser.Parse(html).Text;

        Assert.Contains("First paragraph of the story", text, StringComparison.Ordinal);
        Assert.Contains("with bold and italic crossed", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_decoded_with_the_wrong_charset_is_read_as_it_is()
    {
        var mojibake = Encoding.Latin1.GetString(Encoding.UTF8.GetBytes("<p>Kim Jong Un’s train reached Vladivostok — on time, officials said.</p>"));

        var text = Parser.Parse($"<html><head><meta charset=\"iso-8859-1\"></head><body>{mojibake}</body></html>").Text;

        Assert.Contains("train reached Vladivostok", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_is_not_html_is_read_as_text()
    {
        const string notHtml = "Kim and Putin met in Vladivostok on Thursday.\n\nThe talks lasted longer than planned, officials said later.";

        var text = Parser.Parse(notHtml).Text;

        Assert.Contains("The talks lasted longer than planned", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Binary_bytes_in_an_html_file_do_not_throw()
    {
        var noise = new string([.. Enumerable.Range(0, 5000).Select(i => (char)((i * 7919) % 0xD7FF))]);

        var result = Parser.Parse(noise);

        Assert.NotNull(result.Text);
    }
}
