using System.Collections.Frozen;
using System.Globalization;

namespace Dossier.Core.Recognition;

/// <summary>Numbers written as words or digits, shared by the time and amount recognizers.</summary>
internal static class NumberWords
{
    private static readonly FrozenDictionary<string, double> Words = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase)
    {
        ["a"] = 1,
        ["an"] = 1,
        ["one"] = 1,
        ["two"] = 2,
        ["three"] = 3,
        ["four"] = 4,
        ["five"] = 5,
        ["six"] = 6,
        ["seven"] = 7,
        ["eight"] = 8,
        ["nine"] = 9,
        ["ten"] = 10,
        ["eleven"] = 11,
        ["twelve"] = 12,
        ["thirteen"] = 13,
        ["fourteen"] = 14,
        ["fifteen"] = 15,
        ["sixteen"] = 16,
        ["seventeen"] = 17,
        ["eighteen"] = 18,
        ["nineteen"] = 19,
        ["twenty"] = 20,
        ["thirty"] = 30,
        ["forty"] = 40,
        ["fifty"] = 50,
        ["sixty"] = 60,
        ["seventy"] = 70,
        ["eighty"] = 80,
        ["ninety"] = 90,
        ["hundred"] = 100,
        ["dozen"] = 12,
        ["half a"] = 0.5,
        ["a half"] = 0.5,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

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

        return double.TryParse(normalised.Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            ? number
            : null;
    }

    public static bool IsWord(string text) => Words.ContainsKey(text.Trim());

    public static double Scale(string? scale) =>
        string.IsNullOrEmpty(scale) ? 1 : Scales.TryGetValue(scale, out var factor) ? factor : 1;
}
