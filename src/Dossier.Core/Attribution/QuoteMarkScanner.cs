namespace Dossier.Core.Attribution;

/// <summary>
/// Finds double-quoted regions: straight or curly marks, quotes nested in the other style
/// (“… "…" …”), single quotes inside double ones left alone, and the news convention for a quote
/// over several paragraphs (no closing mark at the end of a paragraph, an opening mark at the start
/// of the next). Two apostrophes ('') count as one straight mark, as in text converted from LaTeX-style quotes.
/// </summary>
internal static class QuoteMarkScanner
{
    public static List<QuotedRegion> Scan(string text, CancellationToken cancellationToken = default)
    {
        var result = new List<QuotedRegion>();
        var paragraphStart = 0;
        int? carried = null;
        while (paragraphStart < text.Length)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var newline = text.IndexOf('\n', paragraphStart);
            var paragraphEnd = newline < 0 ? text.Length : newline;
            var first = FirstNonSpace(text, paragraphStart, paragraphEnd);
            if (first < paragraphEnd)
            {
                var continues = carried is not null && IsOpening(text, first, paragraphStart);
                if (carried is { } pending && !continues)
                {
                    result.Add(new QuotedRegion(pending, LastNonSpace(text, pending, paragraphStart), Closed: false));
                }

                carried = ScanParagraph(text, continues ? first + 1 : first, paragraphEnd, continues ? carried : null, result);
            }

            paragraphStart = paragraphEnd + 1;
        }

        if (carried is { } open)
        {
            result.Add(new QuotedRegion(open, LastNonSpace(text, open, text.Length), Closed: false));
        }

        return result;
    }

    /// <summary>Scans one paragraph; returns the opening index of a quote left open at its end.</summary>
    private static int? ScanParagraph(string text, int start, int end, int? continued, List<QuotedRegion> result)
    {
        var open = continued ?? -1;
        var outerCurly = continued is not null;
        var depth = continued is null ? 0 : 1;
        var multi = continued is not null;
        var openWidth = 1;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            var width = c == '\'' && i + 1 < end && text[i + 1] == '\'' ? 2 : 1;
            if (width == 2)
            {
                c = '"';
            }
            else if (c is not ('“' or '”' or '"'))
            {
                continue;
            }

            var opens = IsOpening(text, i, start);
            if (depth == 0)
            {
                if (opens)
                {
                    open = i;
                    openWidth = width;
                    outerCurly = c == '“';
                    depth = 1;
                }

                i += width - 1;
                continue;
            }

            var curly = c != '"';
            if (opens && curly == outerCurly && c == '“')
            {
                // A second curly opening mark: the first was never closed; start again here.
                open = i;
                openWidth = 1;
                depth = 1;
            }
            else if (opens && curly != outerCurly && depth == 1)
            {
                depth = 2;
            }
            else if (!opens && depth == 2)
            {
                depth = 1;
            }
            else if (!opens)
            {
                result.Add(new QuotedRegion(open, i, Closed: true) { MultiParagraph = multi, OpenWidth = openWidth, CloseWidth = width });
                depth = 0;
                multi = false;
            }

            i += width - 1;
        }

        return depth > 0 ? open : null;
    }

    private static bool IsOpening(string text, int i, int paragraphStart)
    {
        var c = text[i];
        if (c == '“')
        {
            return true;
        }

        if (c != '"' && !(c == '\'' && i + 1 < text.Length && text[i + 1] == '\''))
        {
            return false;
        }

        return i == paragraphStart || char.IsWhiteSpace(text[i - 1]) || text[i - 1] is '(' or '[' or '—' or '–' or '-' or '\'' or '‘';
    }

    private static int FirstNonSpace(string text, int from, int to)
    {
        while (from < to && char.IsWhiteSpace(text[from]))
        {
            from++;
        }

        return from;
    }

    private static int LastNonSpace(string text, int from, int to)
    {
        while (to > from + 1 && char.IsWhiteSpace(text[to - 1]))
        {
            to--;
        }

        return to;
    }
}
