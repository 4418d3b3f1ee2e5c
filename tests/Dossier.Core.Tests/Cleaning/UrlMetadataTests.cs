using Dossier.Core.Cleaning;
using Dossier.Core.Model;

namespace Dossier.Core.Tests.Cleaning;

public sealed class UrlMetadataTests
{
    [Theory]
    [InlineData("https://example.com/world/2019/04/25/kim-putin-summit", "2019-04-25")]
    [InlineData("https://example.com/2019/4/5/kim-putin-summit.html", "2019-04-05")]
    [InlineData("https://example.com/news/2019-04-25/kim-putin-summit", "2019-04-25")]
    [InlineData("https://example.com/a/20190425_kim.html", "2019-04-25")]
    [InlineData("https://example.com/2019/04/kim-putin-summit", "2019-04")]
    public void A_date_in_the_path_is_read(string url, string expected) =>
        Assert.Equal(expected, UrlMetadata.Date(url)?.ToIso());

    [Theory]
    [InlineData("https://example.com/story/123456789/kim")]
    [InlineData("https://example.com/2019/13/45/kim")]
    [InlineData("not a url")]
    [InlineData(null)]
    public void No_date_is_made_up(string? url) => Assert.Null(UrlMetadata.Date(url));

    [Theory]
    [InlineData("https://example.com/world/asia/kim-putin-summit", "world")]
    [InlineData("https://example.com/politics/2019/04/25/kim", "politics")]
    [InlineData("https://example.com/news/kim-putin-summit", null)]
    [InlineData("https://example.com/kim-putin-summit", null)]
    [InlineData("https://example.com/2019/04/25/kim", null)]
    public void The_first_path_word_is_the_section(string url, string? expected) =>
        Assert.Equal(expected, UrlMetadata.Section(url));

    [Fact]
    public void A_page_that_states_no_date_takes_it_from_its_canonical_url()
    {
        const string html = """
            <html><head><link rel="canonical" href="https://example.com/world/2019/04/25/kim-putin-summit"></head>
            <body><article><p>Kim Jong Un and Vladimir Putin met in Vladivostok on Thursday, their first summit, officials said.</p></article></body></html>
            """;

        var metadata = new HtmlArticleParser().Parse(html).Metadata;

        Assert.Equal(new DateOnly(2019, 4, 25), metadata.Published?.Date);
        Assert.Equal(DatePrecision.Day, metadata.Published?.Precision);
        Assert.Equal("world", metadata.Section);
    }
}
