using System.Text.RegularExpressions;

namespace Dossier.Core.Cleaning;

/// <summary>Says a text is English only when its share of common English function words leaves no doubt.</summary>
internal static partial class EnglishDetector
{
    private const int MinimumWords = 20;
    private const double MinimumShare = 0.2;

    private static readonly HashSet<string> FunctionWords = new(StringComparer.Ordinal)
    {
        "the", "of", "and", "to", "in", "is", "a", "that", "for", "it", "as", "was", "with", "be", "by",
        "on", "not", "he", "she", "this", "are", "or", "his", "her", "from", "at", "which", "but", "have",
        "has", "had", "an", "they", "their", "its", "were", "been", "will", "would", "who", "said", "there",
        "than", "also", "after", "into", "we", "our", "can", "could",
    };

    public static bool IsClearlyEnglish(string text)
    {
        var total = 0;
        var hits = 0;
        foreach (var match in LatinWordRegex().EnumerateMatches(text))
        {
            total++;
            if (FunctionWords.Contains(text.AsSpan(match.Index, match.Length).ToString().ToLowerInvariant()))
            {
                hits++;
            }
        }

        var letters = text.Count(char.IsLetter);
        var latinLetters = text.Count(c => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z'));
        return total >= MinimumWords && letters > 0 && latinLetters >= letters * 0.9 && hits >= total * MinimumShare;
    }

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex LatinWordRegex();
}
