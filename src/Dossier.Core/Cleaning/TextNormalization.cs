using System.Text.RegularExpressions;

namespace Dossier.Core.Cleaning;

/// <summary>Whitespace and comparison helpers shared by the parsers.</summary>
internal static partial class TextNormalization
{
    /// <summary>Collapses every run of whitespace (non-breaking spaces included) to one space and drops zero-width characters.</summary>
    public static string CollapseWhitespace(string text)
    {
        var withoutInvisible = InvisibleRegex().Replace(text, string.Empty);
        return WhitespaceRegex().Replace(withoutInvisible, " ").Trim();
    }

    /// <summary>A key under which two copies of the same line compare equal despite case, spacing and end punctuation.</summary>
    public static string ComparisonKey(string text) =>
        CollapseWhitespace(text).TrimEnd('.', ' ', '!', ':').ToLowerInvariant()
            .Replace('\u2019', '\'')
            .Replace('\u2018', '\'');

    public static int WordCount(string text) => WordRegex().Count(text);

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhitespaceRegex();

    [GeneratedRegex("[\u200B\u200C\u200D\u2060\uFEFF\u00AD]")]
    private static partial Regex InvisibleRegex();

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*")]
    private static partial Regex WordRegex();
}
