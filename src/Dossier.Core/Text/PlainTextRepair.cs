using System.Buffers;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Dossier.Core.Text;

/// <summary>
/// Repairs plain text that went through a careless conversion before it reached us: markup left in
/// by a copy of a feed or a page, line breaks written as <c>\n</c> by a double-encoding exporter,
/// table-of-contents dot leaders and page numbers from a PDF, separator rules, and headings that a
/// PDF extractor printed one letter per line. Text without any of these comes back unchanged.
/// </summary>
public static partial class PlainTextRepair
{
    private const int MinVerticalLines = 3;

    private static readonly SearchValues<char> Digits = SearchValues.Create("0123456789");
    private static readonly SearchValues<char> LoneSymbols = SearchValues.Create("/\\|*#~•");

    private static readonly HashSet<string> BlockTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "table", "tr",
        "td", "th", "thead", "tbody", "section", "article", "header", "footer", "aside", "nav", "blockquote", "pre",
        "figure", "figcaption", "title", "body", "html", "head", "main",
    };

    private static readonly HashSet<string> InlineTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "abbr", "b", "i", "u", "s", "em", "strong", "span", "small", "big", "sub", "sup", "font", "mark", "cite",
        "q", "code", "time", "del", "ins", "strike", "tt", "var", "kbd", "wbr",
    };

    /// <summary>The repaired text; the input itself when there is nothing to repair.</summary>
    public static string Repair(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = text;
        if (result.Contains('\\', StringComparison.Ordinal))
        {
            result = EscapedLineBreakRegex().Replace(result, "\n");
        }

        // Markup that carries script is evidence, not formatting: such a text keeps all its markup verbatim
        // (it is only ever shown as text), so that nothing of it is half-removed.
        if ((result.Contains('<', StringComparison.Ordinal) || result.Contains("&lt;", StringComparison.Ordinal)) && !ScriptMarkupRegex().IsMatch(result))
        {
            result = RemoveMarkup(result);
        }

        if (result.Contains("....", StringComparison.Ordinal))
        {
            result = DotLeaderRegex().Replace(result, string.Empty);
            result = DotRunRegex().Replace(result, " ");
        }

        result = SeparatorRunRegex().Replace(result, "\n");
        if (result.Contains('`', StringComparison.Ordinal))
        {
            // `quoted' : a typewriter opening quote, paired with an apostrophe.
            result = BacktickQuoteRegex().Replace(result, "'");
        }

        return result.Contains('\n', StringComparison.Ordinal) ? RepairLines(result) : result;
    }

    /// <summary>Drops tags (block tags become line breaks) and markup that was escaped as text (<c>&amp;lt;b&amp;gt;</c>).</summary>
    private static string RemoveMarkup(string text)
    {
        // Closing tags count as markup when their element was opened with attributes (e.g. an XLIFF <bpt i="0">).
        var attributed = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (Match m in TagRegex().Matches(text))
        {
            if (m.Groups["attrs"].Value.Contains('=', StringComparison.Ordinal))
            {
                attributed.Add(m.Groups["name"].Value);
            }
        }

        var removed = false;
        var withoutTags = TagRegex().Replace(text, m =>
        {
            var name = m.Groups["name"].Value;
            var isMarkup = BlockTags.Contains(name) || InlineTags.Contains(name) || attributed.Contains(name);
            if (!isMarkup)
            {
                return m.Value;
            }

            removed = true;
            return BlockTags.Contains(name) ? "\n" : string.Empty;
        });
        var withoutEscaped = EscapedTagRegex().Replace(withoutTags, m =>
        {
            removed = true;
            return string.Empty;
        });
        return removed ? WebUtility.HtmlDecode(withoutEscaped) : text;
    }

    /// <summary>Line-level repairs: page-number lines and headings printed one letter per line.</summary>
    private static string RepairLines(string text)
    {
        var lines = text.Split('\n');
        var changed = false;
        var output = new StringBuilder(text.Length);
        for (var i = 0; i < lines.Length; i++)
        {
            var run = VerticalRunLength(lines, i);
            if (run >= MinVerticalLines)
            {
                for (var k = i; k < i + run; k++)
                {
                    output.Append(lines[k].Trim());
                }

                AppendBreak(output, i + run, lines.Length);
                i += run - 1;
                changed = true;
                continue;
            }

            if (IsStrayLine(lines, i))
            {
                AppendBreak(output, i + 1, lines.Length);
                changed = true;
                continue;
            }

            output.Append(lines[i]);
            AppendBreak(output, i + 1, lines.Length);
        }

        return changed ? output.ToString() : text;
    }

    private static void AppendBreak(StringBuilder output, int next, int count)
    {
        if (next < count)
        {
            output.Append('\n');
        }
    }

    /// <summary>How many lines from <paramref name="start"/> hold one or two capital letters each ("W", "A", "RN").</summary>
    private static int VerticalRunLength(string[] lines, int start)
    {
        var k = start;
        while (k < lines.Length && IsLetterFragment(lines[k].AsSpan().Trim()))
        {
            k++;
        }

        return k - start;
    }

    private static bool IsLetterFragment(ReadOnlySpan<char> line) =>
        line.Length is 1 or 2 && char.IsUpper(line[0]) && char.IsUpper(line[^1]);

    /// <summary>A page number or a lone symbol on a line of its own between blank lines (or the text's ends).</summary>
    private static bool IsStrayLine(string[] lines, int i)
    {
        var line = lines[i].AsSpan().Trim();
        if (line.Length == 0 || line.Length > 4)
        {
            return false;
        }

        var pageNumber = !line.ContainsAnyExcept(Digits);
        var symbol = line.Length <= 2 && !line.ContainsAnyExcept(LoneSymbols);
        return (pageNumber || symbol) && IsBlank(lines, i - 1) && IsBlank(lines, i + 1);
    }

    private static bool IsBlank(string[] lines, int i) => i < 0 || i >= lines.Length || lines[i].AsSpan().Trim().Length == 0;

    // "\n", "\r\n" and "\ r \ n" written out as characters, where a line would break: not inside a path like C:\new.
    [GeneratedRegex(@"\\ ?r ?\\ ?n|(?<=^|[\s.!?])\\[nr](?=\s|$|\p{Lu})", RegexOptions.CultureInvariant)]
    private static partial Regex EscapedLineBreakRegex();

    [GeneratedRegex(@"<(?<close>/)?(?<name>[A-Za-z][A-Za-z0-9:-]{0,30})(?<attrs>\s[^<>]{0,1000})?/?>", RegexOptions.CultureInvariant)]
    private static partial Regex TagRegex();

    [GeneratedRegex(@"<\s*/?\s*(?:script|iframe|object|embed|svg|style)\b|\bon[a-z]{2,20}\s*=|javascript:", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ScriptMarkupRegex();

    [GeneratedRegex(@"&lt;/?[A-Za-z][A-Za-z0-9]{0,30}(?:\s[^&<>]{0,200})?/?&gt;", RegexOptions.CultureInvariant)]
    private static partial Regex EscapedTagRegex();

    // "Chapter 2 ........ 6", "Index ...... 16-17": a leader and its page number at the end of a line.
    [GeneratedRegex(@"[ \t]*(?<!\.)(?:\.{4,}[ \t]*\d{1,4}(?:[-–]\d{1,4})?|\.{10,})[ \t]*(?=\r?$)", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex DotLeaderRegex();

    // "dots........please": a long run of dots between two words.
    [GeneratedRegex(@"(?<=\w)[ \t]*(?<!\.)\.{5,}[ \t]*(?=\w)", RegexOptions.CultureInvariant)]
    private static partial Regex DotRunRegex();

    // "//////////", "==========": ten or more of one separator character.
    [GeneratedRegex(@"([/\\=*_~#+|-])\1{9,}", RegexOptions.CultureInvariant)]
    private static partial Regex SeparatorRunRegex();

    [GeneratedRegex(@"(?<=^|[\s(\[:])`(?=\w)", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex BacktickQuoteRegex();
}
