using Dossier.Core.Cleaning;
using Dossier.Core.Model;

namespace Dossier.Core.Tests.Cleaning;

/// <summary>Each metadata field read from one source at a time, on small handwritten pages.</summary>
public sealed class HtmlMetadataTests
{
    private const string Body = "<p>North Korean leader Kim Jong Un met Russian President Vladimir Putin on Thursday in Vladivostok for talks.</p>";

    private static readonly HtmlArticleParser Parser = new();

    private static ArticleMetadata Read(string head, string body = Body, string htmlAttributes = "") =>
        Parser.Parse($"<!DOCTYPE html><html{htmlAttributes}><head>{head}</head><body><article>{body}</article></body></html>").Metadata;

    private static string LdArticle(string fields) =>
        $$"""<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",{{fields}}}</script>""";

    [Fact]
    public void Title_comes_from_og_title_before_the_title_element() =>
        Assert.Equal("Kim meets Putin", Read("""<title>Other title | Site</title><meta property="og:title" content="Kim meets Putin">""").Title);

    [Fact]
    public void Title_comes_from_the_title_element_without_the_site_suffix() =>
        Assert.Equal("Kim meets Putin", Read("""<title>Kim meets Putin | Example News</title><meta property="og:site_name" content="Example News">""").Title);

    [Fact]
    public void Title_comes_from_the_h1_when_the_head_has_none() =>
        Assert.Equal("Kim meets Putin in Vladivostok", Read(string.Empty, "<h1>Kim meets Putin in Vladivostok</h1>" + Body).Title);

    [Fact]
    public void Authors_come_from_the_author_meta_tag() =>
        Assert.Equal(["Ann Lee", "Bo Park"], Read("""<meta name="author" content="Ann Lee and Bo Park">""").Authors);

    [Fact]
    public void Authors_come_from_a_json_ld_author_object() =>
        Assert.Equal(["Ann Lee"], Read(LdArticle("""  "headline":"H","author":{"@type":"Person","name":"Ann Lee"}  """)).Authors);

    [Fact]
    public void Authors_come_from_a_json_ld_author_array() =>
        Assert.Equal(
            ["Ann Lee", "Bo Park"],
            Read(LdArticle("""  "headline":"H","author":[{"@type":"Person","name":"Ann Lee"},{"@type":"Person","name":"Bo Park"}]  """)).Authors);

    [Fact]
    public void Authors_come_from_a_byline_element() =>
        Assert.Equal(["Jane Doe"], Read(string.Empty, """<div class="byline">By Jane Doe</div>""" + Body).Authors);

    [Fact]
    public void Published_comes_from_article_published_time_with_its_zone() =>
        Assert.Equal("2019-04-25T10:07:00+09:00", Read("""<meta property="article:published_time" content="2019-04-25T10:07:00+09:00">""").Published?.ToIso());

    [Fact]
    public void Published_comes_from_json_ld_date_published_with_its_zone() =>
        Assert.Equal("2019-04-24T08:30:00-04:00", Read(LdArticle("""  "headline":"H","datePublished":"2019-04-24T08:30:00-04:00"  """)).Published?.ToIso());

    [Fact]
    public void Published_comes_from_a_time_element_with_its_zone() =>
        Assert.Equal("2019-04-23T03:57:00+00:00", Read(string.Empty, """<time datetime="2019-04-23T03:57:00Z">April 23</time>""" + Body).Published?.ToIso());

    [Fact]
    public void Outlet_comes_from_og_site_name() =>
        Assert.Equal("Example News", Read("""<meta property="og:site_name" content="Example News">""").Outlet);

    [Fact]
    public void Outlet_comes_from_the_json_ld_publisher() =>
        Assert.Equal("Korea Daily", Read(LdArticle("""  "headline":"H","publisher":{"@type":"Organization","name":"Korea Daily"}  """)).Outlet);

    [Fact]
    public void Section_comes_from_article_section() =>
        Assert.Equal("World", Read("""<meta property="article:section" content="World">""").Section);

    [Fact]
    public void Section_comes_from_json_ld_article_section() =>
        Assert.Equal("Asia", Read(LdArticle("""  "headline":"H","articleSection":"Asia"  """)).Section);

    [Fact]
    public void Language_comes_from_the_html_lang_attribute_when_the_text_is_too_short_to_tell()
    {
        Assert.Equal("en", Read(string.Empty, string.Empty, """ lang="en-US" """).Language);
        Assert.Null(Read(string.Empty, string.Empty).Language);
    }

    [Fact]
    public void Url_comes_from_the_canonical_link_before_og_url() =>
        Assert.Equal(
            "https://example.com/canonical",
            Read("""<meta property="og:url" content="https://example.com/og"><link rel="canonical" href="https://example.com/canonical">""").Url);

    [Fact]
    public void Url_comes_from_og_url_without_a_canonical_link() =>
        Assert.Equal("https://example.com/og", Read("""<meta property="og:url" content="https://example.com/og">""").Url);

    [Fact]
    public void A_page_stating_nothing_leaves_the_fields_empty()
    {
        var metadata = Read(string.Empty);

        Assert.Empty(metadata.Authors);
        Assert.Null(metadata.Published);
        Assert.Null(metadata.Outlet);
        Assert.Null(metadata.Section);
        Assert.Null(metadata.Url);
    }
}
