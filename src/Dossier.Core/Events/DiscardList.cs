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

    /// <summary>
    /// Whether some phrase matches the sentence <paramref name="words"/> (words joined by single
    /// spaces, as <see cref="Find"/> reads a text), without building the joined text.
    /// </summary>
    public bool Matches(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        for (var w = 0; w < words.Count; w++)
        {
            var word = words[w];
            for (var c = 0; c < word.Length; c++)
            {
                if (c > 0 && char.IsLetterOrDigit(word[c - 1]))
                {
                    continue;
                }

                var next = c + 1 < word.Length ? word[c + 1] : ' ';
                if (AnyMatchAt(words, w, c, (char.ToUpperInvariant(word[c]) << 16) | char.ToUpperInvariant(next) | 0x40000000)
                    || AnyMatchAt(words, w, c, char.ToUpperInvariant(word[c])))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private bool AnyMatchAt(IReadOnlyList<string> words, int w, int c, int key)
    {
        if (!_byPrefix.TryGetValue(key, out var candidates))
        {
            return false;
        }

        foreach (var index in candidates)
        {
            var (phrase, wholeWord, _) = _phrases[index];
            if (MatchesAt(words, w, c, phrase, wholeWord))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="phrase"/> reads from character <paramref name="c"/> of word <paramref name="w"/> on, a space standing for each word break.</summary>
    private static bool MatchesAt(IReadOnlyList<string> words, int w, int c, string phrase, bool wholeWord)
    {
        foreach (var expected in phrase)
        {
            if (w >= words.Count)
            {
                return false;
            }

            if (c == words[w].Length)
            {
                // The space between this word and the next (or after the last).
                if (expected != ' ')
                {
                    return false;
                }

                w++;
                c = 0;
                continue;
            }

            if (char.ToUpperInvariant(words[w][c]) != char.ToUpperInvariant(expected))
            {
                return false;
            }

            c++;
        }

        return !wholeWord || w >= words.Count || c == words[w].Length || !char.IsLetterOrDigit(words[w][c]);
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
