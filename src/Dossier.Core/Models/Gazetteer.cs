namespace Dossier.Core.Models;

/// <summary>
/// Lists of known names by kind (countries, places, organisations, people, first names), matched
/// case-insensitively over a sentence's tokens. Compiled into the entity model file, so nothing
/// is read from third-party folders at run time.
/// </summary>
public sealed class Gazetteer
{
    /// <summary>The kinds, in the order of their bit numbers.</summary>
    public static IReadOnlyList<string> Kinds { get; } = ["country", "place", "organization", "person", "first-name"];

    private const int MaxTokens = 6;

    // Set on the keys of every proper prefix of a name, so that matching stops at the first
    // token sequence no name starts with (most tokens start none).
    private const int PrefixBit = 1 << 30;
    private readonly Dictionary<ulong, int> _phrases = [];
    private readonly SortedSet<string>[] _entries = [.. Kinds.Select(_ => new SortedSet<string>(StringComparer.Ordinal))];

    public int Count => _entries.Sum(e => e.Count);

    /// <summary>The entries of kind number <paramref name="kind"/>, lower-cased, tokens separated by single spaces.</summary>
    public IReadOnlyCollection<string> Entries(int kind) => _entries[kind];

    /// <summary>Adds a name (tokens separated by spaces; case is ignored) of kind number <paramref name="kind"/>.</summary>
    public void Add(int kind, string name)
    {
        var tokens = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (tokens.Length is 0 or > MaxTokens)
        {
            return;
        }

        var normalized = string.Join(' ', tokens).ToLowerInvariant();
        if (!_entries[kind].Add(normalized))
        {
            return;
        }

        ulong key = 0;
        for (var i = 0; i < tokens.Length; i++)
        {
            key = Extend(key, FeatureHash.Normalized(tokens[i]));
            var bits = i == tokens.Length - 1 ? 1 << kind : PrefixBit;
            _phrases[key] = _phrases.GetValueOrDefault(key) | bits;
        }
    }

    /// <summary>
    /// For each token, a bit set of (kind × 4 + position) for every name that covers it, where
    /// position is 0 for the first token, 1 inside, 2 last, 3 a one-token name.
    /// </summary>
    internal int[] Match(SentenceInput input)
    {
        var n = input.Length;
        var bits = new int[n];
        for (var start = 0; start < n; start++)
        {
            ulong key = 0;
            for (var length = 1; length <= MaxTokens && start + length <= n; length++)
            {
                key = Extend(key, input.Normalized[start + length - 1]);
                if (!_phrases.TryGetValue(key, out var kinds))
                {
                    break;
                }

                for (var kind = 0; kind < Kinds.Count; kind++)
                {
                    if ((kinds & (1 << kind)) == 0)
                    {
                        continue;
                    }

                    if (length == 1)
                    {
                        bits[start] |= 1 << ((kind * 4) + 3);
                        continue;
                    }

                    bits[start] |= 1 << (kind * 4);
                    for (var i = start + 1; i < start + length - 1; i++)
                    {
                        bits[i] |= 1 << ((kind * 4) + 1);
                    }

                    bits[start + length - 1] |= 1 << ((kind * 4) + 2);
                }
            }
        }

        return bits;
    }

    private static ulong Extend(ulong key, uint token) => ((key * 0x100000001B3UL) ^ token) + 0x9E3779B97F4A7C15UL;
}
