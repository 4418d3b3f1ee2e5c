using System.Buffers;
using Dossier.Core.Model;

namespace Dossier.Core.Text;

/// <summary>
/// Finds inline lists: markers ("1.", "2)", "a.)", "• 9.") on one line whose numbers or letters run
/// in sequence. A lone "2." is not a list ("for 1. above" is a reference), nor are initials ("John A. Smith").
/// </summary>
internal static class ListItems
{
    private static readonly SearchValues<char> Bullets = SearchValues.Create("•‣⁃·*");

    private readonly record struct Candidate(int Start, int Marker, int PunctuationEnd, int Family, int Value);

    public static void Mark(string text, ReadOnlySpan<Token> tokens, Span<byte> marks)
    {
        Candidate previous = default;
        var hasPrevious = false;
        for (var k = 0; k < tokens.Length; k++)
        {
            if (!TryCandidate(text, tokens, k, out var candidate))
            {
                continue;
            }

            if (hasPrevious && previous.Family == candidate.Family && previous.Value + 1 == candidate.Value
                && !text.AsSpan(tokens[previous.Marker].Span.Start, tokens[candidate.Marker].Span.Start - tokens[previous.Marker].Span.Start).Contains('\n'))
            {
                Set(previous, marks);
                Set(candidate, marks);
            }

            previous = candidate;
            hasPrevious = true;
        }
    }

    private static void Set(Candidate candidate, Span<byte> marks)
    {
        marks[candidate.Start] |= Text.Mark.ListItem;
        for (var p = candidate.Marker; p <= candidate.PunctuationEnd; p++)
        {
            marks[p] |= Text.Mark.MarkerPunctuation;
        }
    }

    private static bool TryCandidate(string text, ReadOnlySpan<Token> tokens, int k, out Candidate candidate)
    {
        candidate = default;
        var token = tokens[k];
        var s = text.AsSpan(token.Span.Start, token.Span.Length);
        int family;
        int value;
        var punctuationEnd = k;
        if (token.Kind == TokenKind.Number && s.Length <= 2 && char.IsAsciiDigit(s[0]) && char.IsAsciiDigit(s[^1]))
        {
            family = 0;
            value = s.Length == 1 ? s[0] - '0' : ((s[0] - '0') * 10) + (s[1] - '0');
        }
        else if (token.Kind == TokenKind.Word && char.IsAsciiLetter(s[0]) && (s.Length == 1 || (s.Length == 2 && s[1] == '.')))
        {
            family = char.IsAsciiLetterLower(s[0]) ? 1 : 2;
            value = char.ToLowerInvariant(s[0]) - 'a';
            if (k > 0 && tokens[k - 1].Kind == TokenKind.Word && char.IsUpper(text[tokens[k - 1].Span.Start]))
            {
                return false;
            }
        }
        else
        {
            return false;
        }

        var start = k;
        if (k > 0)
        {
            var before = tokens[k - 1];
            var isBullet = before.Span.Length == 1 && Bullets.Contains(text[before.Span.Start]);
            if (isBullet)
            {
                start = k - 1;
            }
            else if (before.Span.End == token.Span.Start)
            {
                return false;
            }
        }

        // The marker's punctuation: "." or ")" or ".)" written against it (an initial "A." carries its own).
        var closedByParenthesis = false;
        while (punctuationEnd + 1 < tokens.Length && tokens[punctuationEnd + 1].Span.Start == tokens[punctuationEnd].Span.End
            && tokens[punctuationEnd + 1].Span.Length == 1 && text[tokens[punctuationEnd + 1].Span.Start] is '.' or ')'
            && punctuationEnd - k < 2)
        {
            punctuationEnd++;
            closedByParenthesis |= text[tokens[punctuationEnd].Span.Start] == ')';
        }

        if (punctuationEnd == k && s.Length == 1)
        {
            return false;
        }

        var itemIndex = punctuationEnd + 1;
        if (itemIndex >= tokens.Length || tokens[itemIndex].Span.Start == tokens[punctuationEnd].Span.End || tokens[itemIndex].Kind != TokenKind.Word)
        {
            return false;
        }

        // A number closed by a full stop introduces a capitalised item; otherwise it is a reference ("for 1. above").
        if (family == 0 && !closedByParenthesis && !char.IsUpper(text[tokens[itemIndex].Span.Start]))
        {
            return false;
        }

        candidate = new Candidate(start, k, punctuationEnd, family, value);
        return true;
    }
}
