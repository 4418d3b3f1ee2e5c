using Dossier.Core.Model;

namespace Dossier.Core.Text;

/// <summary>
/// Widens a span found by a pattern over raw text to the tokens it touches, so that every span a
/// step reports starts and ends on token boundaries ("5 a.m." inside "1.5 a.m." becomes the whole).
/// </summary>
public static class TokenAlignment
{
    /// <summary>The smallest span on token boundaries that holds <paramref name="span"/>; the span itself when there are no tokens.</summary>
    public static TextSpan Snap(IReadOnlyList<Token> tokens, TextSpan span)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        if (tokens.Count == 0)
        {
            return span;
        }

        var start = span.Start;
        var first = Containing(tokens, start);
        if (first >= 0 && tokens[first].Span.Start < start)
        {
            start = tokens[first].Span.Start;
        }

        var end = span.End;
        var last = Containing(tokens, end - 1);
        if (end > span.Start && last >= 0 && tokens[last].Span.End > end)
        {
            end = tokens[last].Span.End;
        }

        return new TextSpan(start, end);
    }

    /// <summary>The index of the token holding <paramref name="offset"/>, or -1 when it falls between tokens.</summary>
    private static int Containing(IReadOnlyList<Token> tokens, int offset)
    {
        int low = 0, high = tokens.Count - 1;
        while (low <= high)
        {
            var middle = low + ((high - low) / 2);
            var token = tokens[middle].Span;
            if (offset < token.Start)
            {
                high = middle - 1;
            }
            else if (offset >= token.End)
            {
                low = middle + 1;
            }
            else
            {
                return middle;
            }
        }

        return -1;
    }
}
