using System.Collections.Frozen;

namespace Dossier.Core.Recognition.Numbers;

/// <summary>The English words a number is spelled with: cardinals, ordinals, scales and denominators.</summary>
internal static class NumberLexicon
{
    public static readonly FrozenDictionary<string, int> Units = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["zero"] = 0,
        ["nought"] = 0,
        ["naught"] = 0,
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
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    public static readonly FrozenDictionary<string, int> Tens = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["twenty"] = 20,
        ["thirty"] = 30,
        ["forty"] = 40,
        ["fifty"] = 50,
        ["sixty"] = 60,
        ["seventy"] = 70,
        ["eighty"] = 80,
        ["ninety"] = 90,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    public static readonly FrozenDictionary<string, decimal> Scales = new Dictionary<string, decimal>(StringComparer.OrdinalIgnoreCase)
    {
        ["thousand"] = 1e3m,
        ["million"] = 1e6m,
        ["billion"] = 1e9m,
        ["trillion"] = 1e12m,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Scale abbreviations written right after digits ("10k", "$500m", "1.2bn"), as news and finance write them.</summary>
    public static readonly FrozenDictionary<string, decimal> ScaleSuffixes = new Dictionary<string, decimal>(StringComparer.Ordinal)
    {
        ["k"] = 1e3m,
        ["K"] = 1e3m,
        ["M"] = 1e6m,
        ["mn"] = 1e6m,
        ["bn"] = 1e9m,
        ["b"] = 1e9m,
        ["B"] = 1e9m,
        ["bln"] = 1e9m,
        ["tn"] = 1e12m,
        ["tln"] = 1e12m,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Ordinal words and the cardinal they stand for ("twentieth" → 20, "hundredth" → 100).</summary>
    public static readonly FrozenDictionary<string, long> Ordinals = new Dictionary<string, long>(StringComparer.OrdinalIgnoreCase)
    {
        ["first"] = 1,
        ["second"] = 2,
        ["third"] = 3,
        ["fourth"] = 4,
        ["fifth"] = 5,
        ["sixth"] = 6,
        ["seventh"] = 7,
        ["eighth"] = 8,
        ["ninth"] = 9,
        ["nineth"] = 9,
        ["tenth"] = 10,
        ["eleventh"] = 11,
        ["twelfth"] = 12,
        ["thirteenth"] = 13,
        ["fourteenth"] = 14,
        ["fifteenth"] = 15,
        ["sixteenth"] = 16,
        ["seventeenth"] = 17,
        ["eighteenth"] = 18,
        ["nineteenth"] = 19,
        ["twentieth"] = 20,
        ["thirtieth"] = 30,
        ["fortieth"] = 40,
        ["fiftieth"] = 50,
        ["sixtieth"] = 60,
        ["seventieth"] = 70,
        ["eightieth"] = 80,
        ["ninetieth"] = 90,
        ["hundredth"] = 100,
        ["thousandth"] = 1000,
        ["millionth"] = 1_000_000,
        ["billionth"] = 1_000_000_000,
        ["trillionth"] = 1_000_000_000_000,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    public static readonly FrozenSet<string> Negatives = new[] { "minus", "negative" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words after which a lone "one" is a pronoun ("which one", "the one you mentioned").</summary>
    public static readonly FrozenSet<string> PronounOneDeterminers = new[]
    {
        "the", "this", "that", "which", "each", "every", "any", "no", "another", "some", "little", "only", "last",
        "next", "other", "new", "old", "right", "wrong", "big", "small", "good", "bad",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The denominator a word names, singular or plural ("third", "quarters", "halves"); 0 when none.</summary>
    public static long Denominator(string word, out bool plural)
    {
        plural = false;
        var w = word.ToLowerInvariant();
        switch (w)
        {
            case "half":
                return 2;
            case "halves":
                plural = true;
                return 2;
            case "quarter":
                return 4;
            case "quarters":
                plural = true;
                return 4;
            case "second" or "seconds" or "first" or "firsts":
                return 0;
        }

        if (w.EndsWith('s') && Ordinals.TryGetValue(w[..^1], out var many))
        {
            plural = true;
            return many;
        }

        return Ordinals.TryGetValue(w, out var one) ? one : 0;
    }

    public static bool IsScaleOrdinal(long ordinal) => ordinal is 100 or 1000 or 1_000_000 or 1_000_000_000 or 1_000_000_000_000;
}
