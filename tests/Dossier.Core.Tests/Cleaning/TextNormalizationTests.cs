using System.Text;
using System.Text.RegularExpressions;
using Dossier.Core.Cleaning;

namespace Dossier.Core.Tests.Cleaning;

public sealed partial class TextNormalizationTests
{
    // Characters that exercise every rule: spaces of several kinds, zero-width characters, quotes,
    // end punctuation, letters of both cases (accented, Greek, and a Deseret pair outside the basic plane).
    private static readonly string[] Pieces =
    [
        "a", "B", "z", "É", "ß", "Σ", "ς", "1", " ", "  ", "\t", "\n", "\r\n", "\u00A0", "\u2009", "\u3000",
        "\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF", "\u00AD", "\u2019", "\u2018", "'", ".", "!", ":", ",", "-",
        "\U00010400", "\U00010428",
    ];

    [Theory]
    [InlineData("  Kim   Jong\u00A0Un \u200Bmet\tPutin.  ", "Kim Jong Un met Putin.")]
    [InlineData("already clean", "already clean")]
    [InlineData("", "")]
    [InlineData(" \t\u200B ", "")]
    public void Collapsing_removes_invisible_characters_and_runs_of_whitespace(string text, string expected)
    {
        Assert.Equal(expected, TextNormalization.CollapseWhitespace(text));
    }

    [Theory]
    [InlineData("The Leader\u2019s Visit !..", "the leader's visit")]
    [InlineData("  PHOTO:  Reuters :", "photo: reuters")]
    [InlineData("...", "")]
    public void The_comparison_key_ignores_case_spacing_quotes_and_end_punctuation(string text, string expected)
    {
        Assert.Equal(expected, TextNormalization.ComparisonKey(text));
    }

    [Fact]
    public void Both_agree_with_the_regular_expressions_they_replace_on_random_text()
    {
        var random = new Random(20261207);
        for (var n = 0; n < 20000; n++)
        {
            var text = RandomText(random, random.Next(0, n % 10 == 0 ? 400 : 30));
            Assert.Equal(ReferenceCollapse(text), TextNormalization.CollapseWhitespace(text));
            Assert.Equal(ReferenceKey(text), TextNormalization.ComparisonKey(text));
        }
    }

    private static string RandomText(Random random, int pieces)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < pieces; i++)
        {
            builder.Append(Pieces[random.Next(Pieces.Length)]);
        }

        return builder.ToString();
    }

    // The implementations before the single-pass ones, kept as the reference.
    private static string ReferenceCollapse(string text) => Whitespace().Replace(Invisible().Replace(text, string.Empty), " ").Trim();

    private static string ReferenceKey(string text) =>
        ReferenceCollapse(text).TrimEnd('.', ' ', '!', ':').ToLowerInvariant().Replace('\u2019', '\'').Replace('\u2018', '\'');

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex("[\u200B\u200C\u200D\u2060\uFEFF\u00AD]")]
    private static partial Regex Invisible();
}
