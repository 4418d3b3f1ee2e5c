using System.Collections.Frozen;

namespace Dossier.Core.Events;

/// <summary>
/// A compiled verb dictionary: every form of every verb, indexed by its first word (upper case), and
/// the synonym sets its patterns use, each phrase as upper-case words with its plurals already added.
/// Forms whose first word is a stem (TABARI) are kept apart and looked up by every prefix of a word.
/// </summary>
public sealed class VerbLexicon
{
    private readonly FrozenDictionary<string, VerbSense[]> _byFirstWord;
    private readonly Dictionary<string, VerbSense[]>? _byStem;
    private readonly FrozenDictionary<string, string[][]> _synsets;
    private readonly FrozenDictionary<string, (FrozenSet<string> First, FrozenSet<string> Last)> _synsetEdges;

    public VerbLexicon(string name, IEnumerable<VerbSense> senses, IReadOnlyDictionary<string, string[][]> synsets)
    {
        ArgumentNullException.ThrowIfNull(senses);
        ArgumentNullException.ThrowIfNull(synsets);
        Name = name;
        var all = senses.ToList();
        _byFirstWord = all
            .Where(s => !s.FirstWordIsStem)
            .GroupBy(s => s.Words[0], StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(s => s.Words.Count).ToArray(), StringComparer.OrdinalIgnoreCase);
        if (all.Any(s => s.FirstWordIsStem))
        {
            _byStem = all
                .Where(s => s.FirstWordIsStem)
                .GroupBy(s => s.Words[0], StringComparer.OrdinalIgnoreCase)
                .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.OrdinalIgnoreCase);
        }

        _synsets = synsets.ToFrozenDictionary(StringComparer.Ordinal);
        _synsetEdges = synsets.ToFrozenDictionary(
            kv => kv.Key,
            kv => (kv.Value.Select(p => p[0]).ToFrozenSet(StringComparer.OrdinalIgnoreCase), kv.Value.Select(p => p[^1]).ToFrozenSet(StringComparer.OrdinalIgnoreCase)),
            StringComparer.Ordinal);
    }

    /// <summary>The file the dictionary came from, for rule names.</summary>
    public string Name { get; }

    public int FormCount => _byFirstWord.Values.Sum(s => s.Length) + (_byStem?.Values.Sum(s => s.Length) ?? 0);

    /// <summary>The verb forms that start with <paramref name="word"/> (in any case), longest first; empty when none.</summary>
    public ReadOnlySpan<VerbSense> FormsStartingWith(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var exact = _byFirstWord.TryGetValue(word, out var senses) ? senses : [];
        if (_byStem is null)
        {
            return exact;
        }

        // Longer stems are more specific, so they come first among forms of the same length.
        var lookup = _byStem.GetAlternateLookup<ReadOnlySpan<char>>();
        var found = new List<VerbSense>(exact);
        for (var length = word.Length; length > 0; length--)
        {
            if (lookup.TryGetValue(word.AsSpan(0, length), out var stems))
            {
                found.AddRange(stems);
            }
        }

        return found.Count == exact.Length ? exact : [.. found.OrderByDescending(s => s.Words.Count)];
    }

    /// <summary>Whether some phrase of the synonym set starts (or, with <paramref name="last"/>, ends) with <paramref name="word"/>.</summary>
    public bool SynsetHasEdge(string name, string word, bool last) =>
        _synsetEdges.TryGetValue(name, out var edges) && (last ? edges.Last : edges.First).Contains(word);

    /// <summary>Whether a phrase of the synonym set can start at one of <paramref name="words"/> (its first word is there).</summary>
    public bool SynsetCanStartIn(string name, IReadOnlyList<string> words)
    {
        if (!_synsetEdges.TryGetValue(name, out var edges))
        {
            return false;
        }

        for (var i = 0; i < words.Count; i++)
        {
            if (edges.First.Contains(words[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The phrases of a synonym set (name without the <c>&amp;</c>); empty when it is not defined.</summary>
    public IReadOnlyList<string[]> Synset(string name) => _synsets.TryGetValue(name, out var phrases) ? phrases : [];
}
