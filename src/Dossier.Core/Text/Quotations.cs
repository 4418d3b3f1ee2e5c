using Dossier.Core.Model;

namespace Dossier.Core.Text;

/// <summary>
/// Pairs opening and closing quotation marks on one line and marks the tokens inside each pair,
/// except the punctuation written against the closing mark (which may still end the sentence).
/// Straight quotes open when written before a word and close when written after one.
/// </summary>
internal static class Quotations
{
    public static void Mark(string text, ReadOnlySpan<Token> tokens, Span<byte> marks)
    {
        var openDouble = -1;
        var openSingle = -1;
        for (var k = 0; k < tokens.Length; k++)
        {
            if (k > 0 && text.AsSpan(tokens[k - 1].Span.End, tokens[k].Span.Start - tokens[k - 1].Span.End).ContainsAny('\n', '\r'))
            {
                openDouble = -1;
                openSingle = -1;
            }

            var token = tokens[k];
            if (token.Kind != TokenKind.Punctuation || token.Span.Length != 1)
            {
                continue;
            }

            var c = text[token.Span.Start];
            var attachedAfter = k + 1 < tokens.Length && tokens[k + 1].Span.Start == token.Span.End;
            var before = k > 0 && tokens[k - 1].Span.End == token.Span.Start ? text[tokens[k - 1].Span.Start] : ' ';

            // A quotation may open right after a bracket, or after a dash when a word follows ("the Rabbit's--\"Pat!"),
            // while "afore she comes, to--\" At this moment" closes one.
            var attachedBefore = before != ' ' && before is not ('(' or '[') && !(before is '-' or '–' or '—' && attachedAfter);
            var opens = c is '“' || (c is '"' && !attachedBefore && attachedAfter);
            var closes = c is '”' || (c is '"' && attachedBefore);
            var opensSingle = c is '‘' || (c is '\'' && !attachedBefore && attachedAfter && tokens[k + 1].Kind == TokenKind.Word);
            var closesSingle = (c is '’' or '\'') && attachedBefore;
            if (opens)
            {
                openDouble = k;
            }
            else if (closes && openDouble >= 0)
            {
                MarkInside(text, tokens, marks, openDouble, k);
                openDouble = -1;
            }
            else if (opensSingle)
            {
                openSingle = k;
            }
            else if (closesSingle && openSingle >= 0)
            {
                MarkInside(text, tokens, marks, openSingle, k);
                openSingle = -1;
            }
        }
    }

    private static void MarkInside(string text, ReadOnlySpan<Token> tokens, Span<byte> marks, int open, int close)
    {
        var end = close;
        while (end - 1 > open && tokens[end - 1].Kind == TokenKind.Punctuation && tokens[end - 1].Span.End == tokens[end].Span.Start
            && text[tokens[end - 1].Span.Start] is '.' or '!' or '?' or '…' or '-' or '—' or '’' or '\'' or '"' or '”')
        {
            end--;
        }

        for (var k = open + 1; k < end; k++)
        {
            marks[k] |= Text.Mark.Quoted;
        }
    }
}
