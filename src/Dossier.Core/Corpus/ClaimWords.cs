using System.Globalization;

namespace Dossier.Core.CorpusAnalysis;

/// <summary>The content words of a statement: lower-cased, crudely singularised, function words dropped.</summary>
internal static class ClaimWords
{
    private static readonly HashSet<string> FunctionWords = new(
        """
        a an the and or but nor so yet for of to in on at by with from into onto upon about as than then that this these those
        there here it its it's he him his she her they them their we us our you your i me my who whom whose which what when where
        why how is are was were be been being am do does did done have has had having will would shall should can could may might
        must not no also just very more most less least much many such own same other another some any each every all both either
        neither only even still again too out up down over under after before since until while during through between among
        against without within along across per via if because though although whether said says say told according also
        one ones s t new last first second third year years month months week weeks day days time times mr ms mrs dr
        """.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries),
        StringComparer.Ordinal);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FunctionWordLookup = FunctionWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Every word of the text, lower-cased, in order (function words included).</summary>
    public static IEnumerable<(string Word, int Start, int Length)> Tokens(string text)
    {
        var position = 0;
        while (NextWord(text, ref position, out var start, out var length))
        {
            yield return (text.Substring(start, length).ToLowerInvariant(), start, length);
        }
    }

    /// <summary>The content words of the text as matching keys.</summary>
    public static HashSet<string> Content(string text)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        var adding = words.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> buffer = stackalloc char[64];
        var position = 0;
        while (NextWord(text, ref position, out var start, out var length))
        {
            var lowered = Lowered(text.AsSpan(start, length), buffer);
            if (IsContent(lowered))
            {
                adding.Add(KeyInPlace(lowered));
            }
        }

        return words;
    }

    /// <summary>
    /// A 64-bit hash and the length of the text's lower-cased words joined by single spaces: the
    /// sentence as <see cref="Tokens"/> reads it, without making a string of it.
    /// </summary>
    public static (ulong Hash, int Length) WordSequenceKey(ReadOnlySpan<char> text)
    {
        const ulong offsetBasis = 14695981039346656037;
        const ulong prime = 1099511628211;
        var hash = offsetBasis;
        var keyLength = 0;
        Span<char> buffer = stackalloc char[64];
        var position = 0;
        while (NextWord(text, ref position, out var start, out var length))
        {
            if (keyLength > 0)
            {
                hash = (hash ^ ' ') * prime;
                keyLength++;
            }

            foreach (var c in Lowered(text.Slice(start, length), buffer))
            {
                hash = (hash ^ c) * prime;
            }

            keyLength += length;
        }

        return (hash, keyLength);
    }

    /// <summary>The word lower-cased into the buffer, or into a new array when it is longer than the buffer.</summary>
    private static Span<char> Lowered(ReadOnlySpan<char> word, Span<char> buffer)
    {
        var lowered = word.Length <= buffer.Length ? buffer[..word.Length] : new char[word.Length];
        word.ToLowerInvariant(lowered);
        return lowered;
    }

    /// <summary>
    /// The next word at or after <paramref name="position"/>: a letter followed by letters, marks and
    /// apostrophes (hyphenated parts joined), or a number (digits with inner commas and points).
    /// </summary>
    internal static bool NextWord(ReadOnlySpan<char> text, ref int position, out int start, out int length)
    {
        for (var i = position; i < text.Length; i++)
        {
            var c = text[i];
            int end;
            if (char.IsLetter(c))
            {
                end = WordPartEnd(text, i + 1);
                while (end + 1 < text.Length && text[end] == '-' && char.IsLetter(text[end + 1]))
                {
                    end = WordPartEnd(text, end + 2);
                }
            }
            else if (char.IsDigit(c))
            {
                end = i + 1;
                for (var j = i + 1; j < text.Length && (char.IsDigit(text[j]) || text[j] is ',' or '.'); j++)
                {
                    if (char.IsDigit(text[j]))
                    {
                        end = j + 1;
                    }
                }
            }
            else
            {
                continue;
            }

            start = i;
            length = end - i;
            position = end;
            return true;
        }

        start = length = 0;
        position = text.Length;
        return false;
    }

    private static int WordPartEnd(ReadOnlySpan<char> text, int from)
    {
        var end = from;
        while (end < text.Length && (char.IsLetter(text[end]) || CharUnicodeInfo.GetUnicodeCategory(text[end]) == UnicodeCategory.NonSpacingMark || text[end] is '\'' or '’'))
        {
            end++;
        }

        return end;
    }

    public static bool IsContent(string lowerWord) => IsContent(lowerWord.AsSpan());

    private static bool IsContent(ReadOnlySpan<char> lowerWord) =>
        lowerWord.Length > 1 && !FunctionWordLookup.Contains(lowerWord) && !char.IsDigit(lowerWord[0]);

    /// <summary>A word's matching key: possessive and plural endings off, so "summits" meets "summit".</summary>
    public static string Key(string lowerWord)
    {
        Span<char> buffer = lowerWord.Length <= 64 ? stackalloc char[64] : new char[lowerWord.Length];
        lowerWord.CopyTo(buffer);
        var key = KeyInPlace(buffer[..lowerWord.Length]);
        return key.SequenceEqual(lowerWord) ? lowerWord : key.ToString();
    }

    /// <summary>The matching key of a lower-cased word, made in the word's own buffer.</summary>
    private static Span<char> KeyInPlace(Span<char> word)
    {
        word.Replace('’', '\'');
        if (word.EndsWith("'s"))
        {
            word = word[..^2];
        }

        if (word.Length > 4 && word.EndsWith("ies"))
        {
            word[^3] = 'y';
            return word[..^2];
        }

        return word.Length > 3 && word[^1] == 's' && word[^2] is not 's' and not 'u' and not 'i' ? word[..^1] : word;
    }
}
