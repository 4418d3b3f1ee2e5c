using Dossier.Core.Cleaning;
using Dossier.Core.Model;

namespace Dossier.Core.Tests.Cleaning;

public sealed class HtmlArticleParserTests
{
    private const string Page = """
        <!DOCTYPE html>
        <html lang="en-GB">
        <head>
          <title>Kim meets Putin | Example News</title>
          <meta property="og:title" content="Kim meets Putin in Vladivostok">
          <meta property="og:site_name" content="Example News">
          <meta property="article:published_time" content="2019-04-25T10:07:00+09:00">
          <meta name="author" content="Jane Doe">
          <meta name="description" content="The two leaders met for the first time.">
          <link rel="canonical" href="https://example.com/kim-putin">
          <script>var tracking = "Do not keep this script text";</script>
        </head>
        <body>
          <nav><a href="/">Home</a> <a href="/world">World</a></nav>
          <article>
            <h1>Kim meets Putin in Vladivostok</h1>
            <div class="byline">By Jane Doe</div>
            <div class="article-body">
              <p>North Korean leader Kim Jong Un met Russian President Vladimir Putin on Thursday in Vladivostok.</p>
              <figure><img src="a.jpg"><figcaption>Kim arrives by train. /VCG Photo</figcaption></figure>
              <h2>What is on the agenda?</h2>
              <p>The talks covered sanctions and the future of North Korean labourers working in Russia.</p>
              <ul><li>Sanctions relief was the first item.</li><li>Labourers were the second.</li></ul>
              <p>Officials said the meeting lasted longer than planned, stretching into the evening.</p>
            </div>
          </article>
          <aside><p>Sidebar text that is long enough to look like a paragraph of prose.</p></aside>
          <section id="comments"><p>Reader One: what a meeting, I cannot believe it happened at all.</p></section>
          <footer><p>Copyright 2019 Example News. All rights reserved.</p></footer>
        </body>
        </html>
        """;

    private static readonly HtmlArticleParser Parser = new();

    [Fact]
    public void Parse_reads_metadata_from_the_head()
    {
        var metadata = Parser.Parse(Page).Metadata;

        Assert.Equal("Kim meets Putin in Vladivostok", metadata.Title);
        Assert.Equal(["Jane Doe"], metadata.Authors);
        Assert.Equal("2019-04-25T10:07:00+09:00", metadata.Published?.ToIso());
        Assert.Equal("Example News", metadata.Outlet);
        Assert.Equal("en", metadata.Language);
        Assert.Equal("https://example.com/kim-putin", metadata.Url);
    }

    [Fact]
    public void Parse_keeps_paragraphs_headings_and_list_items_of_the_article()
    {
        var text = Parser.Parse(Page).Text;

        Assert.Equal(
            "North Korean leader Kim Jong Un met Russian President Vladimir Putin on Thursday in Vladivostok.\n\n"
            + "What is on the agenda?\n\n"
            + "The talks covered sanctions and the future of North Korean labourers working in Russia.\n\n"
            + "Sanctions relief was the first item.\n\n"
            + "Labourers were the second.\n\n"
            + "Officials said the meeting lasted longer than planned, stretching into the evening.",
            text);
    }

    [Fact]
    public void Parse_records_captions_bylines_comments_and_the_title_as_removed()
    {
        var removed = Parser.Parse(Page).Removed;

        Assert.Contains(removed, r => r is { Kind: RemovedKind.Caption, Text: "Kim arrives by train. /VCG Photo" });
        Assert.Contains(removed, r => r is { Kind: RemovedKind.Byline, Text: "By Jane Doe" });
        Assert.Contains(removed, r => r.Kind == RemovedKind.Comments);
        Assert.Contains(removed, r => r is { Kind: RemovedKind.Title, Text: "Kim meets Putin in Vladivostok" });
    }

    [Fact]
    public void Parse_prefers_json_ld_news_article_fields()
    {
        const string html = """
            <html><head>
            <title>Page title</title>
            <script type="application/ld+json">
            {"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Site"},
             {"@type":"NewsArticle","headline":"Headline from JSON-LD","datePublished":"2019-04-24",
              "author":[{"@type":"Person","name":"Ann Lee"},{"@type":"Person","name":"Bo Park"}],
              "publisher":{"@type":"Organization","name":"Korea Daily"}}]}
            </script>
            </head><body><div><p>Paragraph one of the story that is long enough to count.</p></div></body></html>
            """;

        var metadata = Parser.Parse(html).Metadata;

        Assert.Equal("Headline from JSON-LD", metadata.Title);
        Assert.Equal(["Ann Lee", "Bo Park"], metadata.Authors);
        Assert.Equal("2019-04-24", metadata.Published?.ToIso());
        Assert.Equal("Korea Daily", metadata.Outlet);
    }

    [Fact]
    public void Parse_ignores_broken_json_ld_and_reads_the_time_element()
    {
        const string html = """
            <html><head><script type="application/ld+json">{ not json</script></head>
            <body><article><time datetime="2019-04-23T11:57:00+08:00">April 23</time>
            <p>Body paragraph that is long enough to be chosen as the content.</p></article></body></html>
            """;

        var result = Parser.Parse(html);

        Assert.Equal("2019-04-23T11:57:00+08:00", result.Metadata.Published?.ToIso());
        Assert.Equal("Body paragraph that is long enough to be chosen as the content.", result.Text);
    }

    [Fact]
    public void Parse_chooses_the_container_with_the_most_paragraph_text()
    {
        const string html = """
            <html><body>
            <div class="teaser"><p>A short teaser paragraph for another story entirely.</p></div>
            <div class="story">
              <p>The first real paragraph of the story, with plenty of words in it.</p>
              <p>The second real paragraph of the story, also with plenty of words.</p>
              <p>The third real paragraph of the story, closing the article here.</p>
            </div>
            </body></html>
            """;

        var text = Parser.Parse(html).Text;

        Assert.DoesNotContain("teaser", text, StringComparison.Ordinal);
        Assert.Equal(3, text.Split("\n\n").Length);
    }

    [Fact]
    public void Parse_falls_back_to_line_text_when_the_page_has_no_paragraphs()
    {
        const string html = "<html><body><div>Headline Without Paragraphs</div><div>The only text of the page sits in a bare div.</div></body></html>";

        var result = Parser.Parse(html);

        Assert.Equal("Headline Without Paragraphs", result.Metadata.Title);
        Assert.Equal("The only text of the page sits in a bare div.", result.Text);
    }

    [Fact]
    public void Parse_returns_empty_text_for_an_empty_page() =>
        Assert.Equal(string.Empty, Parser.Parse("<html><head><title>Nothing</title></head><body></body></html>").Text);
}
