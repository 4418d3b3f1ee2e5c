using System.Buffers;
using System.Text.RegularExpressions;

namespace Dossier.Core.Cleaning;

/// <summary>Whitespace and comparison helpers shared by the parsers.</summary>
internal static partial class TextNormalization
{
    /// <summary>Collapses every run of whitespace (non-breaking spaces included) to one space and drops zero-width characters.</summary>
    public static string CollapseWhitespace(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (IsCollapsed(text))
        {
            return text;
        }

        var rented = text.Length > 256 ? ArrayPool<char>.Shared.Rent(text.Length) : null;
        Span<char> buffer = rented is null ? stackalloc char[text.Length] : rented;
        var length = Collapse(text, buffer, quotesAsApostrophes: false);
        var collapsed = new string(buffer[..length]);
        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }

        return collapsed;
    }

    /// <summary>A key under which two copies of the same line compare equal despite case, spacing and end punctuation.</summary>
    public static string ComparisonKey(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var rented = text.Length > 128 ? ArrayPool<char>.Shared.Rent(2 * text.Length) : null;
        Span<char> buffer = rented is null ? stackalloc char[2 * text.Length] : rented;
        var length = Collapse(text, buffer, quotesAsApostrophes: true);
        while (length > 0 && buffer[length - 1] is '.' or ' ' or '!' or ':')
        {
            length--;
        }

        // Lower-cased as a whole (not char by char) so that letters outside the basic plane are lowered too.
        var lower = buffer.Slice(text.Length, length);
        buffer[..length].ToLowerInvariant(lower);
        var key = new string(lower);
        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }

        return key;
    }

    public static int WordCount(string text) => WordRegex().Count(text);

    /// <summary>Writes <paramref name="text"/> without zero-width characters, with each run of whitespace as one space and none at either end.</summary>
    private static int Collapse(ReadOnlySpan<char> text, Span<char> destination, bool quotesAsApostrophes)
    {
        var length = 0;
        var space = false;
        foreach (var c in text)
        {
            if (IsInvisible(c))
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                space = length > 0;
                continue;
            }

            if (space)
            {
                destination[length++] = ' ';
                space = false;
            }

            destination[length++] = quotesAsApostrophes && c is '\u2019' or '\u2018' ? '\'' : c;
        }

        return length;
    }

    private static bool IsCollapsed(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (IsInvisible(c) || (char.IsWhiteSpace(c) && (c != ' ' || i == 0 || i == text.Length - 1 || text[i + 1] == ' ')))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsInvisible(char c) => c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD';

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*")]
    private static partial Regex WordRegex();
}
