using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Dossier.Core.Tests.Text;

/// <summary>One English example of pragmatic_segmenter's RSpec file.</summary>
/// <param name="Name">The example's description ("Simple period to end sentence #001").</param>
/// <param name="IsGoldenRule">Whether it is one of the 52 Golden Rules (the first context of the file).</param>
/// <param name="Text">The input text.</param>
/// <param name="Expected">The sentences pragmatic_segmenter returns.</param>
/// <param name="HardWrapped">The example is run with <c>doc_type: "pdf"</c>: single line breaks wrap lines.</param>
public sealed record PragmaticCase(string Name, bool IsGoldenRule, string Text, string[] Expected, bool HardWrapped);

/// <summary>
/// Reads the examples of pragmatic_segmenter's English spec (Ruby) as data: each <c>it … do</c>
/// block's <c>text:</c> argument (a literal, or a variable assigned a literal or heredoc), its
/// <c>doc_type</c>, and the array its <c>eq(…)</c> expects. Only the literal forms the file uses are read.
/// </summary>
public static partial class PragmaticSpec
{
    public static IReadOnlyList<PragmaticCase> Parse(string ruby)
    {
        ArgumentNullException.ThrowIfNull(ruby);
        var cases = new List<PragmaticCase>();
        var golden = true;
        var blocks = ItBlock().Matches(ruby);
        for (var b = 0; b < blocks.Count; b++)
        {
            var start = blocks[b].Index;
            var end = b + 1 < blocks.Count ? blocks[b + 1].Index : ruby.Length;
            var before = ruby[(b == 0 ? 0 : blocks[b - 1].Index)..start];
            if (b > 0 && before.Contains("describe '#segment'", StringComparison.Ordinal))
            {
                golden = false;
            }

            cases.Add(ParseBlock(blocks[b].Groups["name"].Value, golden, ruby[start..end]));
        }

        return cases;
    }

    private static PragmaticCase ParseBlock(string name, bool golden, string block)
    {
        var call = block.IndexOf("Segmenter.new(", StringComparison.Ordinal);
        if (call < 0)
        {
            throw new FormatException("no Segmenter.new in " + name);
        }

        var argument = block.IndexOf("text:", call, StringComparison.Ordinal) + "text:".Length;
        var i = SkipSpaces(block, argument);
        string text;
        if (block[i] is '"' or '\'')
        {
            text = ReadLiteral(block, ref i);
        }
        else
        {
            text = ReadAssignedVariable(block[..call], name);
        }

        var callEnd = block.IndexOf('\n', call);
        var hardWrapped = PdfOption().IsMatch(block[call..callEnd]);
        var eq = block.IndexOf("eq([", call, StringComparison.Ordinal) + "eq([".Length;
        var expected = new List<string>();
        var k = eq;
        while (true)
        {
            k = SkipSpaces(block, k);
            if (block[k] == ']')
            {
                break;
            }

            expected.Add(ReadLiteral(block, ref k));
            k = SkipSpaces(block, k);
            if (block[k] == ',')
            {
                k++;
            }
        }

        return new PragmaticCase(name, golden, text, [.. expected], hardWrapped);
    }

    private static string ReadAssignedVariable(string head, string name)
    {
        var assignment = head.IndexOf("text = ", StringComparison.Ordinal);
        if (assignment < 0)
        {
            throw new FormatException("no text literal or assignment in " + name);
        }

        var i = assignment + "text = ".Length;
        if (head.AsSpan(i).StartsWith("<<-", StringComparison.Ordinal))
        {
            var lineEnd = head.IndexOf('\n', i);
            var terminator = head[(i + 3)..lineEnd].Trim();
            var body = new StringBuilder();
            foreach (var line in head[(lineEnd + 1)..].Split('\n'))
            {
                if (line.Trim() == terminator)
                {
                    return Unescape(body.ToString(), doubleQuoted: true);
                }

                body.Append(line).Append('\n');
            }

            throw new FormatException("unterminated heredoc in " + name);
        }

        return ReadLiteral(head, ref i);
    }

    private static int SkipSpaces(string s, int i)
    {
        while (i < s.Length && char.IsWhiteSpace(s[i]))
        {
            i++;
        }

        return i;
    }

    /// <summary>A Ruby string literal starting at <paramref name="i"/>; leaves <paramref name="i"/> after its closing quote.</summary>
    private static string ReadLiteral(string s, ref int i)
    {
        var quote = s[i];
        if (quote is not ('"' or '\''))
        {
            throw new FormatException($"expected a string literal at {i}: {s.Substring(i, Math.Min(40, s.Length - i))}");
        }

        var j = i + 1;
        while (s[j] != quote)
        {
            j += s[j] == '\\' ? 2 : 1;
        }

        var raw = s[(i + 1)..j];
        i = j + 1;
        return Unescape(raw, quote == '"');
    }

    private static string Unescape(string raw, bool doubleQuoted)
    {
        var result = new StringBuilder(raw.Length);
        for (var i = 0; i < raw.Length; i++)
        {
            var c = raw[i];
            if (c != '\\' || i + 1 == raw.Length)
            {
                result.Append(c);
                continue;
            }

            var e = raw[++i];
            if (!doubleQuoted)
            {
                result.Append(e is '\'' or '\\' ? e.ToString() : "\\" + e);
                continue;
            }

            switch (e)
            {
                case 'n': result.Append('\n'); break;
                case 'r': result.Append('\r'); break;
                case 't': result.Append('\t'); break;
                case 'u':
                    result.Append((char)int.Parse(raw.AsSpan(i + 1, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                    i += 4;
                    break;
                default: result.Append(e); break;
            }
        }

        return result.ToString();
    }

    [GeneratedRegex("""^\s*it ["'](?<name>[^"'\n]*)["'] do\s*$""", RegexOptions.Multiline)]
    private static partial Regex ItBlock();

    [GeneratedRegex("""doc_type:\s*["']pdf["']""")]
    private static partial Regex PdfOption();
}
