using Dossier.Core.CorpusAnalysis.Clustering;

namespace Dossier.Core.Tests.CorpusAnalysis;

public sealed class UrlPathWordsTests
{
    [Fact]
    public void Words_of_the_path_without_host_ids_dates_or_query()
    {
        var words = UrlPathWords.Of("http://www.latimes.com/business/money/la-fi-mo-federal-reserve-plosser-20140310,0,1312750.story?track=rss");

        Assert.Equal("business money federal reserve plosser story", words);
    }

    [Fact]
    public void Pieces_mixing_letters_and_digits_are_dropped()
    {
        var words = UrlPathWords.Of("http://www.livemint.com/Politics/H2EvwJSK2VE6OF7iK1g3PP/Feds-Charles-Plosser-sees-high-bar.html");

        Assert.Equal("Politics Feds Charles Plosser sees high bar html", words);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("http://example.com")]
    [InlineData("http://example.com/")]
    [InlineData("https://example.com/2014/03/10/12345#top")]
    public void No_words_when_the_path_has_none(string? url)
    {
        Assert.Equal(string.Empty, UrlPathWords.Of(url));
    }

    [Fact]
    public void A_fragment_is_left_out_and_a_bare_path_is_read()
    {
        Assert.Equal("volcano erupts", UrlPathWords.Of("/volcano-erupts#comments-section"));
    }
}
