using System.Text.RegularExpressions;
using CsCheck;
using Dossier.Core.CorpusAnalysis;

namespace Dossier.Core.Tests.CorpusAnalysis;

public sealed partial class ClaimWordsTests
{
    // The word pattern ClaimWords used before its scanner: the scanner must read the same words.
    [GeneratedRegex(@"\p{L}[\p{L}\p{Mn}'’]*(?:-\p{L}[\p{L}\p{Mn}'’]*)*|\d[\d,.]*\d|\d")]
    private static partial Regex WordPattern();

    private static readonly Gen<string> Texts = Gen.Char["aZé\u0301'’-0,. 9xÖ\u00a0\n()?"].Array[0, 60].Select(chars => new string(chars));

    [Fact]
    public void Tokens_are_the_words_the_former_pattern_matched() =>
        Texts.Sample(text =>
            Assert.Equal(
                WordPattern().Matches(text).Select(m => (m.Value.ToLowerInvariant(), m.Index, m.Length)),
                ClaimWords.Tokens(text)));

    [Fact]
    public void Content_keeps_the_keys_of_content_words_only() =>
        Texts.Sample(text =>
        {
            var expected = ClaimWords.Tokens(text).Select(t => t.Word).Where(ClaimWords.IsContent).Select(ClaimWords.Key).ToHashSet(StringComparer.Ordinal);
            Assert.Equal(expected.Order(StringComparer.Ordinal), ClaimWords.Content(text).Order(StringComparer.Ordinal));
        });

    [Fact]
    public void Content_words_of_a_sentence()
    {
        var words = ClaimWords.Content("The leaders’ summits in Vladivostok: Putin's talks with Kim covered 2,000 tonnes of wheat and the countries' ties.");

        Assert.Equal(
            ["countries'", "covered", "kim", "leaders'", "putin", "summit", "talk", "tie", "tonne", "vladivostok", "wheat"],
            words.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("summits", "summit")]
    [InlineData("countries", "country")]
    [InlineData("putin's", "putin")]
    [InlineData("putin’s", "putin")]
    [InlineData("news", "new")]
    [InlineData("bus", "bus")]
    [InlineData("crisis", "crisis")]
    [InlineData("sanctions", "sanction")]
    [InlineData("ties", "tie")]
    public void Key_drops_possessive_and_plural_endings(string word, string key) =>
        Assert.Equal(key, ClaimWords.Key(word));

    // The string-based key ClaimWords used before it made keys in a buffer.
    private static string FormerKey(string lowerWord)
    {
        var word = lowerWord.Replace('’', '\'');
        if (word.EndsWith("'s", StringComparison.Ordinal))
        {
            word = word[..^2];
        }

        if (word.Length > 4 && word.EndsWith("ies", StringComparison.Ordinal))
        {
            return word[..^3] + "y";
        }

        return word.Length > 3 && word[^1] == 's' && word[^2] is not 's' and not 'u' and not 'i' ? word[..^1] : word;
    }

    [Fact]
    public void Key_is_the_former_key_of_any_word() =>
        Gen.Char["aeisu'’y"].Array[0, 9].Select(chars => new string(chars)).Sample(word => Assert.Equal(FormerKey(word), ClaimWords.Key(word)));

    [Fact]
    public void WordSequenceKey_is_the_same_for_the_same_words_and_measures_them_joined() =>
        Texts.Sample(text =>
        {
            var joined = string.Join(' ', ClaimWords.Tokens(text).Select(t => t.Word));
            var (hash, length) = ClaimWords.WordSequenceKey(text);
            Assert.Equal(joined.Length, length);
            Assert.Equal(hash, ClaimWords.WordSequenceKey("  " + joined.ToUpperInvariant() + " !").Hash);
        });

    [Fact]
    public void WordSequenceKey_tells_different_sentences_apart()
    {
        Assert.NotEqual(
            ClaimWords.WordSequenceKey("Kim met Putin in Vladivostok on Thursday.").Hash,
            ClaimWords.WordSequenceKey("Putin met Kim in Vladivostok on Thursday.").Hash);
    }
}
