using Dossier.Core.Actors;

namespace Dossier.Core.Events;

/// <summary>
/// PETRARCH's discard list: phrases that mark a sentence (or, with a leading <c>+</c>, a whole story)
/// as not to be coded, such as sports results. A phrase matches at the start of a word; one ending
/// with <c>_</c> must also end at a word boundary. Matching ignores case.
/// </summary>
public sealed class DiscardList
{
    private readonly (string Text, bool WholeWord, bool Story)[] _phrases;
    private readonly Dictionary<int, int[]> _byPrefix;

    public DiscardList(IEnumerable<(string Phrase, bool Story)> phrases)
    {
        ArgumentNullException.ThrowIfNull(phrases);
        _phrases = [.. phrases
            .Select(p => (Text: string.Join(' ', p.Phrase.Replace('_', ' ').Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)), WholeWord: p.Phrase.TrimEnd().EndsWith('_'), p.Story))
            .Where(p => p.Text.Length > 0)];
        _byPrefix = Enumerable.Range(0, _phrases.Length)
            .GroupBy(i => KeyOf(_phrases[i].Text.AsSpan(0, Math.Min(2, _phrases[i].Text.Length))))
            .ToDictionary(g => g.Key, g => g.Order().ToArray());
    }

    public static DiscardList Empty { get; } = new([]);

    public int Count => _phrases.Length;

    public static DiscardList Read(TextReader reader)
    {
        var phrases = new List<(string, bool)>();
        foreach (var (_, text, _) in DictionaryLines.Read(reader))
        {
            var line = text.Trim();
            if (line.Length > 0)
            {
                phrases.Add((line.TrimStart('+').Trim(), line.StartsWith('+')));
            }
        }

        return new DiscardList(phrases);
    }

    /// <summary>The discard phrase found in <paramref name="text"/> (the first in the list's order when several are), or null.</summary>
    public string? Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var normalized = " " + string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)) + " ";
        var best = int.MaxValue;
        for (var at = 0; at < normalized.Length; at++)
        {
            if (at > 0 && char.IsLetterOrDigit(normalized[at - 1]))
            {
                continue;
            }

            best = Math.Min(best, FirstMatchAt(normalized, at, KeyOf(normalized.AsSpan(at))));
            if (at + 1 < normalized.Length)
            {
                best = Math.Min(best, FirstMatchAt(normalized, at, KeyOf(normalized.AsSpan(at, 1))));
            }
        }

        return best == int.MaxValue ? null : _phrases[best].Text;
    }

    /// <summary>The lowest index of a phrase filed under <paramref name="key"/> that matches at <paramref name="at"/>.</summary>
    private int FirstMatchAt(string normalized, int at, int key)
    {
        if (!_byPrefix.TryGetValue(key, out var candidates))
        {
            return int.MaxValue;
        }

        foreach (var index in candidates)
        {
            var (phrase, wholeWord, _) = _phrases[index];
            var end = at + phrase.Length;
            if (end > normalized.Length || !normalized.AsSpan(at, phrase.Length).Equals(phrase, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (!wholeWord || end >= normalized.Length || !char.IsLetterOrDigit(normalized[end]))
            {
                // Candidates are in list order, so the first that matches is the lowest index.
                return index;
            }
        }

        return int.MaxValue;
    }

    /// <summary>A lookup key from a phrase's first two characters, case-folded (one character for one-character phrases).</summary>
    private static int KeyOf(ReadOnlySpan<char> text) =>
        text.Length switch
        {
            0 => -1,
            1 => char.ToUpperInvariant(text[0]),
            _ => (char.ToUpperInvariant(text[0]) << 16) | char.ToUpperInvariant(text[1]) | 0x40000000,
        };
}
