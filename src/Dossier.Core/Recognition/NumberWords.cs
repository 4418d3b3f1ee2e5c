using System.Collections.Frozen;
using System.Globalization;
using Dossier.Core.Recognition.Numbers;

namespace Dossier.Core.Recognition;

/// <summary>Numbers written as words or digits, shared by the time and amount recognizers.</summary>
internal static class NumberWords
{
    // The number words of NumberLexicon, plus the articles and fractions that count in phrases like "a week" or "half a year".
    private static readonly FrozenDictionary<string, double> Words = NumberLexicon.Units.Concat(NumberLexicon.Tens)
        .Select(kv => KeyValuePair.Create(kv.Key, (double)kv.Value))
        .Concat(new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase)
        {
            ["a"] = 1,
            ["an"] = 1,
            ["hundred"] = 100,
            ["dozen"] = 12,
            ["half a"] = 0.5,
            ["a half"] = 0.5,
        })
        .ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, double> Scales = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase)
    {
        ["thousand"] = 1e3,
        ["k"] = 1e3,
        ["million"] = 1e6,
        ["mn"] = 1e6,
        ["m"] = 1e6,
        ["billion"] = 1e9,
        ["bn"] = 1e9,
        ["b"] = 1e9,
        ["trillion"] = 1e12,
        ["tn"] = 1e12,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Parses "2,000", "2.5", "seven" or "half a"; null when it is none of these.</summary>
    public static double? Parse(string text)
    {
        var normalised = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (Words.TryGetValue(normalised, out var word))
        {
            return word;
        }

        if (Compound(normalised) is { } compound)
        {
            return compound;
        }

        return double.TryParse(normalised.Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            ? number
            : null;
    }

    /// <summary>"twenty four", "twenty-four", "twenty and four" (tens and a unit), "a hundred", "one hundred".</summary>
    private static double? Compound(string text)
    {
        var parts = text.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 3 && parts[1].Equals("and", StringComparison.OrdinalIgnoreCase))
        {
            parts = [parts[0], parts[2]];
        }

        if (parts.Length != 2)
        {
            return null;
        }

        if (parts[1].Equals("hundred", StringComparison.OrdinalIgnoreCase))
        {
            return parts[0].ToUpperInvariant() is "A" or "ONE" ? 100 : null;
        }

        return NumberLexicon.Tens.TryGetValue(parts[0], out var tens) && NumberLexicon.Units.TryGetValue(parts[1], out var unit) && unit is >= 1 and <= 9
            ? tens + unit
            : null;
    }

    public static bool IsWord(string text) => Words.ContainsKey(text.Trim());

    public static double Scale(string? scale) =>
        string.IsNullOrEmpty(scale) ? 1 : Scales.TryGetValue(scale, out var factor) ? factor : 1;
}
