using CsCheck;
using Dossier.Core.Model;

namespace Dossier.Core.Tests.Properties;

/// <summary>
/// CsCheck generators of news-like articles: sentences built from names, quotes, dates, amounts and
/// awkward punctuation, as plain text with a header or as HTML, so that every step has work to do.
/// </summary>
internal static class ArticleGenerators
{
    private static readonly Gen<string> Name = Gen.OneOf(
        "Kim Jong Un", "Donald Trump", "Moon Jae-in", "Mike Pompeo", "Sarah Sanders", "Kim", "Trump", "Mr. Trump",
        "the White House", "Reuters", "the United Nations", "North Korea", "Vietnam", "Dr. Koo Kab-woo", "O'Brien");

    private static readonly Gen<string> Place = Gen.OneOf("Hanoi", "Pyongyang", "Washington", "Seoul", "the Metropole hotel", "St. Petersburg");

    private static readonly Gen<string> Date = Gen.OneOf(
        "Feb. 27, 2019", "February 28", "Thursday", "last week", "2019-02-28", "on Wednesday night", "in 2018", "28 February 2019", "next month");

    private static readonly Gen<string> Amount = Gen.OneOf("$2 billion", "€500m", "5 percent", "1,000 troops", "$1.5bn", "about 300 people", "£3");

    private static readonly Gen<string> Word = Gen.OneOf(
        "talks", "collapsed", "sanctions", "nuclear", "deal", "the", "a", "and", "said", "U.S.", "e.g.", "etc.", "(", ")", "...",
        "—", "no", "yes", "complete", "denuclearization", "officials", "1.5", "No.", "3", "😀", "日本", "İstanbul", "ﬁnal", "a.m.");

    private static readonly Gen<string> Words = Word.Array[1, 12].Select(w => string.Join(' ', w));

    private static readonly Gen<string> Sentence = Gen.Frequency(
        (3, Gen.Select(Name, Words, (n, w) => $"{n} said {w}.")),
        (3, Gen.Select(Words, Name, Date, (w, n, d) => $"“{Capitalise(w)},” {n} told reporters {d}.")),
        (2, Gen.Select(Name, Words, Words, (n, a, b) => $"\"{Capitalise(a)}. {Capitalise(b)}!\" said {n}, a senior official.")),
        (2, Gen.Select(Date, Name, Name, Place, (d, a, b, p) => $"On {d}, {a} met {b} in {p}.")),
        (2, Gen.Select(Amount, Name, (x, n) => $"The deal was worth {x}, according to {n}.")),
        (2, Gen.Select(Name, Words, (n, w) => $"{n} said that {w}.")),
        (1, Gen.Select(Words, w => $"“{Capitalise(w)}")),
        (1, Gen.Select(Words, Words, (a, b) => $"{Capitalise(a)}? {b}... {b}!")),
        (2, Words.Select(w => Capitalise(w) + ".")));

    private static readonly Gen<string> Paragraph = Sentence.Array[1, 5].Select(s => string.Join(' ', s));

    private static readonly Gen<string[]> Body = Paragraph.Array[0, 6];

    public static readonly Gen<RawDocument> PlainText = Gen.Select(Words, Name, Date, Body, Gen.Bool, (title, author, date, body, header) =>
        Raw(InputFormat.PlainText, (header ? $"{Capitalise(title)}\nBy {author}\nPublished: {date}\n\n" : string.Empty) + string.Join("\n\n", body)));

    public static readonly Gen<RawDocument> Html = Gen.Select(Words, Date, Body, Gen.Bool, (title, date, body, extras) =>
        Raw(InputFormat.Html, $"<html><head><title>{Escape(title)}</title></head><body><article><h1>{Escape(title)}</h1>"
            + (extras ? $"<time datetime=\"2019-02-28T10:00:00Z\">{Escape(date)}</time><div class=\"related\"><a href=\"/x\">More</a></div>" : string.Empty)
            + string.Concat(body.Select(p => $"<p>{Escape(p)}</p>"))
            + "</article></body></html>"));

    public static readonly Gen<RawDocument> Article = Gen.Frequency((3, PlainText), (1, Html));

    /// <summary>One to four articles with distinct ids, in input order.</summary>
    public static readonly Gen<RawDocument[]> Corpus = Article.Array[1, 4]
        .Select(docs => docs.Select((d, i) => d with { Id = $"doc-{i}", Source = $"in/doc-{i}.txt" }).ToArray());

    private static RawDocument Raw(InputFormat format, string content) =>
        new("doc", "in/doc.txt", "sha256:" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(content))), format, content, RecordHints.None, []);

    private static string Capitalise(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];

    private static string Escape(string s) => System.Net.WebUtility.HtmlEncode(s);
}
