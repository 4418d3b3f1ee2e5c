using System.IO.Compression;
using System.Text;
using System.Text.Json;
using CsCheck;

namespace Dossier.Fuzz;

/// <summary>
/// CsCheck generators for reader inputs: structured text, HTML, JSON and JSON Lines in many
/// encodings, gzip around them, and byte-level mutations of all of these (truncation, bit flips,
/// inserted markers) so that most inputs are nearly valid and reach deep into the readers.
/// </summary>
internal static class InputGenerators
{
    private static readonly string[] Vocabulary =
    [
        "the", "said", "President", "Trump", "Kim", "Jong", "Un", "Hanoi", "summit", "talks", "on", "Thursday",
        "Feb.", "27,", "2019", "2019-02-28", "10:30", "a.m.", "GMT", "Mr.", "Ms.", "U.S.", "$2", "billion", "5%",
        "“", "”", "‘", "’", "\"", "'", "—", "–", "...", "…", ".", ",", "?", "!", ";", ":", "(", ")", "[", "]",
        "\n", "\n\n", "\r\n", "\r", "\t", "\f", "\v", "\u00a0", "\u200b", "\u2028", "\u2029", "\ufeff", "\u0000",
        "By", "Reuters", "AP", "Published:", "Updated", "Posted", "Copyright", "©", "All", "rights", "reserved",
        "Read", "more:", "Share", "this", "article", "Advertisement", "http://example.com/a?b=c", "@user", "#tag",
        "é", "ñ", "ß", "Ω", "日本", "조선", "😀", "\ud800", "\udc00", "İ", "ﬁ", "<", ">", "&", "&amp;", "&#x27;",
        "{", "}", "\\", "/", "%", "'s", "n't", "Dr", "St.", "Jan", "Monday", "yesterday", "next", "week", "E.U.",
    ];

    private static readonly string[] Tags =
    [
        "html", "head", "body", "title", "meta", "article", "main", "div", "p", "span", "script", "style", "time",
        "h1", "h2", "a", "br", "img", "figure", "figcaption", "header", "footer", "nav", "aside", "blockquote",
        "ul", "li", "table", "td", "noscript", "iframe", "svg", "template", "pre", "code", "section", "b", "i",
    ];

    private static readonly string[] Attributes =
    [
        "class=\"byline\"", "class=\"related-stories\"", "class=\"comments\"", "class=\"share\"", "class=\"article-body\"",
        "itemprop=\"datePublished\"", "datetime=\"2019-02-28T10:00:00Z\"", "datetime=\"garbage\"", "property=\"og:title\"",
        "property=\"article:published_time\"", "content=\"2019-02-27\"", "content=\"\"", "name=\"author\"", "id=\"main\"",
        "hidden", "style=\"display:none\"", "href=\"/x\"", "lang=\"en\"", "charset=\"utf-8\"", "class", "=\"\"", "a=\"unterminated",
    ];

    private static readonly string[] Fields = ["text", "html", "title", "url", "published", "outlet", "id", "extra"];

    private static readonly byte[][] Markers =
    [
        [0], [0xFF], [0xFE], [0xEF, 0xBB, 0xBF], [0xFF, 0xFE], [0xFE, 0xFF], [0xC3], [0xE2, 0x80], [0xF0, 0x9F, 0x98],
        [0x1F, 0x8B, 0x08], "<"u8.ToArray(), "\""u8.ToArray(), "{"u8.ToArray(), "\n"u8.ToArray(), "\\u"u8.ToArray(),
    ];

    private static readonly Encoding Windows1252 = CreateWindows1252();

    public static readonly Gen<string> Word = Gen.Frequency(
        (12, Gen.OneOf(Vocabulary)),
        (1, Gen.String[0, 12]),
        (1, Gen.Char["\"“”'‘’.!?\n "].Array[1, 6].Select(c => new string(c))));

    public static readonly Gen<string> Text = Gen.Frequency(
        (6, Word.Array[0, 200].Select(words => string.Join(' ', words))),
        (2, Word.Array[0, 120].Select(words => string.Concat(words))),
        (1, Gen.String[0, 400]));

    public static readonly Gen<string> Html = Gen.Select(
        Gen.OneOf("", "<!DOCTYPE html>", "<?xml version=\"1.0\"?><html>", "<html><head><title>", "<!-- c --><html>"),
        Node(4).Array[0, 8],
        Gen.OneOf("", "</html>", "</body>", "<!--", "<![CDATA[", "<script>"),
        (head, nodes, tail) => head + string.Concat(nodes) + tail);

    public static readonly Gen<string> JsonRecord = Gen.Select(
        Gen.Select(Gen.OneOf(Fields), JsonValue(3)).Array[0, 8],
        Gen.Bool,
        (pairs, trailingComma) => "{" + string.Join(",", pairs.Select(p => JsonSerializer.Serialize(p.Item1) + ":" + p.Item2)) + (trailingComma ? "," : "") + "}");

    public static readonly Gen<string> Json = Gen.Frequency(
        (5, JsonRecord),
        (4, JsonRecord.Array[0, 6].Select(records => "[" + string.Join(",\n", records) + "]")),
        (1, JsonValue(4)),
        (1, Gen.Int[1, 200].Select(depth => new string('[', depth) + "{\"text\":\"deep\"}" + new string(']', depth))));

    public static readonly Gen<string> JsonLines = Gen.Frequency(
        (8, JsonRecord),
        (1, JsonValue(2)),
        (1, Text)).Array[0, 10].Select(lines => string.Join('\n', lines));

    /// <summary>Text in one of the encodings the decoder must tell apart, or raw bytes.</summary>
    public static Gen<byte[]> Encoded(Gen<string> text) => Gen.Frequency(
        (8, text.Select(Encoding.UTF8.GetBytes)),
        (1, text.Select(t => Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(t)).ToArray())),
        (1, text.Select(t => Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(t)).ToArray())),
        (1, text.Select(Encoding.Unicode.GetBytes)),
        (1, text.Select(Encoding.BigEndianUnicode.GetBytes)),
        (1, text.Select(t => Encoding.UTF32.GetPreamble().Concat(Encoding.UTF32.GetBytes(t)).ToArray())),
        (2, text.Select(Windows1252.GetBytes)),
        (1, Gen.Byte.Array[0, 600]));

    /// <summary>Gzip around content: whole, truncated, concatenated members, or a bomb of one repeated byte.</summary>
    public static Gen<byte[]> Gzipped(Gen<byte[]> content) => Gen.Frequency(
        (6, content.Select(Gzip)),
        (2, Gen.Select(content, Gen.Double, (c, cut) => Truncate(Gzip(c), cut))),
        (1, Gen.Select(content, content, (a, b) => Gzip(a).Concat(Gzip(b)).ToArray())),
        (1, Gen.Int[1, 2].Select(megabytes => Gzip(new byte[megabytes * 1024 * 1024]))),
        (1, Gen.Byte.Array[0, 64].Select(tail => new byte[] { 0x1F, 0x8B, 0x08, 0 }.Concat(tail).ToArray())));

    /// <summary>Applies up to eight random byte-level mutations, half of the time.</summary>
    public static Gen<byte[]> Mutated(Gen<byte[]> source) => Gen.Select(
        source,
        Gen.Int[-8, 8],
        Gen.Int,
        (bytes, count, seed) => count <= 0 ? bytes : Mutate(bytes, count, new Random(seed)));

    private static Gen<string> Node(int depth) => depth == 0
        ? Text.Select(t => t.Length > 60 ? t[..60] : t)
        : Gen.Frequency(
            (3, Text.Select(t => t.Length > 80 ? t[..80] : t)),
            (1, Gen.OneOf("<!-- comment -->", "<br>", "&nbsp;", "&#0;", "&#xD800;", "&bogus;", "</p>", "<p", "<", "<![CDATA[x]]>")),
            (3, Gen.Select(
                Gen.OneOf(Tags),
                Gen.OneOf(Attributes).Array[0, 3],
                Gen.Int[0, 3].SelectMany(n => Node(depth - 1).Array[n]),
                Gen.Int[0, 4],
                (tag, attributes, children, ending) =>
                    $"<{tag}{string.Concat(attributes.Select(a => " " + a))}>{string.Concat(children)}{(ending == 0 ? "" : $"</{tag}>")}")));

    private static Gen<string> JsonValue(int depth)
    {
        var leaf = Gen.Frequency(
            (6, Text.Select(t => JsonSerializer.Serialize(t))),
            (1, Gen.Double.Select(d => double.IsFinite(d) ? d.ToString("R", System.Globalization.CultureInfo.InvariantCulture) : "1e999")),
            (1, Gen.Int.Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture))),
            (1, Gen.OneOf("true", "false", "null", "\"\\ud800\"", "\"\\u00\"", "'single'", "01", "-", "NaN", "/* c */ \"x\"")));
        return depth == 0
            ? leaf
            : Gen.Frequency(
                (5, leaf),
                (1, JsonValue(depth - 1).Array[0, 4].Select(items => "[" + string.Join(",", items) + "]")),
                (1, Gen.Select(Gen.OneOf(Fields), JsonValue(depth - 1)).Array[0, 4]
                    .Select(pairs => "{" + string.Join(",", pairs.Select(p => JsonSerializer.Serialize(p.Item1) + ":" + p.Item2)) + "}")));
    }

    private static byte[] Mutate(byte[] bytes, int count, Random random)
    {
        var data = new List<byte>(bytes);
        for (var i = 0; i < count; i++)
        {
            var at = data.Count == 0 ? 0 : random.Next(data.Count);
            switch (random.Next(6))
            {
                case 0 when data.Count > 0:
                    data[at] ^= (byte)(1 << random.Next(8));
                    break;
                case 1:
                    data.InsertRange(at, Markers[random.Next(Markers.Length)]);
                    break;
                case 2 when data.Count > 0:
                    data.RemoveRange(at, Math.Min(data.Count - at, 1 + random.Next(16)));
                    break;
                case 3 when data.Count > 0:
                    data.InsertRange(at, data.GetRange(at, Math.Min(data.Count - at, 1 + random.Next(64))));
                    break;
                case 4:
                    data.RemoveRange(at, data.Count - at);
                    break;
                default:
                    var noise = new byte[1 + random.Next(8)];
                    random.NextBytes(noise);
                    data.InsertRange(at, noise);
                    break;
            }
        }

        return [.. data];
    }

    private static byte[] Gzip(byte[] content)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest))
        {
            gzip.Write(content);
        }

        return output.ToArray();
    }

    private static byte[] Truncate(byte[] bytes, double fraction) => bytes[..(int)(bytes.Length * Math.Clamp(fraction, 0, 1))];

    private static Encoding CreateWindows1252()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252, EncoderFallback.ReplacementFallback, DecoderFallback.ReplacementFallback);
    }
}
