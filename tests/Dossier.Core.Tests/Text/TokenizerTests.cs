using Dossier.Core.Model;
using Dossier.Core.Text;

namespace Dossier.Core.Tests.Text;

public sealed class TokenizerTests
{
    private static string[] Texts(string text) => [.. Tokenizer.Tokenize(text).Select(t => t.Span.Of(text))];

    [Theory]
    [InlineData("Kim Jong-un arrived.", "Kim|Jong-un|arrived|.")]
    [InlineData("Korea's leader", "Korea's|leader")]
    [InlineData("Kim’s train", "Kim’s|train")]
    [InlineData("the U.S. and U.N. said", "the|U.S.|and|U.N.|said")]
    [InlineData("on Apr. 18 Mr. Kim", "on|Apr.|18|Mr.|Kim")]
    [InlineData("at 5 a.m. sharp", "at|5|a.m.|sharp")]
    [InlineData("George W. Bush", "George|W.|Bush")]
    [InlineData("No. 5 but said no.", "No.|5|but|said|no|.")]
    [InlineData("2,000 troops in 1950-53", "2,000|troops|in|1950-53")]
    [InlineData("3.5 percent on 25/04 at 10:07", "3.5|percent|on|25/04|at|10:07")]
    [InlineData("$500m", "$|500m")]
    [InlineData("cost $100.00.", "cost|$|100.00|.")]
    [InlineData("“Why Russia?” he asked", "“|Why|Russia|?|”|he|asked")]
    [InlineData("'plan B'", "'|plan|B|'")]
    [InlineData("wait… no... stop. . . now", "wait|…|no|...|stop|. . .|now")]
    [InlineData("that.... She", "that|....|She")]
    [InlineData("war — and peace -- again", "war|—|and|peace|--|again")]
    [InlineData("see https://example.com/a_b.html. Next", "see|https://example.com/a_b.html|.|Next")]
    [InlineData("(www.cgtn.com)", "(|www.cgtn.com|)")]
    [InlineData("Mail Jane.Doe@example.com.", "Mail|Jane.Doe@example.com|.")]
    [InlineData("read koreaherald.com daily", "read|koreaherald.com|daily")]
    [InlineData("e.g. this, i.e. that", "e.g.|this|,|i.e.|that")]
    [InlineData("Pitt, Briggs & Co. It", "Pitt|,|Briggs|&|Co.|It")]
    public void Tokenize_splits_as_expected(string text, string expected)
    {
        Assert.Equal(expected.Split('|'), Texts(text));
    }

    [Theory]
    [InlineData("2,000", TokenKind.Number)]
    [InlineData("1950-53", TokenKind.Number)]
    [InlineData("$", TokenKind.Symbol)]
    [InlineData("€", TokenKind.Symbol)]
    [InlineData("%", TokenKind.Symbol)]
    [InlineData("“", TokenKind.Punctuation)]
    [InlineData("…", TokenKind.Punctuation)]
    [InlineData("https://x.org/p?q=1", TokenKind.Url)]
    [InlineData("a.b@c.org", TokenKind.Email)]
    [InlineData("U.S.", TokenKind.Word)]
    [InlineData("24-hour", TokenKind.Word)]
    public void Tokenize_classifies_single_tokens(string text, TokenKind kind)
    {
        var token = Assert.Single(Tokenizer.Tokenize(text));
        Assert.Equal(kind, token.Kind);
        Assert.Equal(new TextSpan(0, text.Length), token.Span);
    }

    [Theory]
    [InlineData("Plain words, with punctuation!")]
    [InlineData("Emoji 😀 and Ünïcödé e\u0301 and 한국어 text\u200B.")]
    [InlineData("  \n\n lines\r\n\tand\u00A0tabs  ")]
    [InlineData("odd ,,, ;; ((x)) ''' \"\" ---")]
    public void Tokenize_covers_every_non_whitespace_character_once(string text)
    {
        var tokens = Tokenizer.Tokenize(text);
        var covered = new bool[text.Length];
        var previousEnd = 0;
        foreach (var token in tokens)
        {
            Assert.True(token.Span.Start >= previousEnd);
            Assert.False(token.Span.IsEmpty);
            for (var i = token.Span.Start; i < token.Span.End; i++)
            {
                covered[i] = true;
            }

            previousEnd = token.Span.End;
        }

        for (var i = 0; i < text.Length; i++)
        {
            Assert.True(covered[i] || char.IsWhiteSpace(text[i]), $"char {i} '{text[i]}' is not in a token");
        }
    }

    [Fact]
    public void Tokenize_adds_the_offset_to_spans()
    {
        var tokens = new List<Token>();
        Tokenizer.Tokenize("ab cd", 10, tokens);
        Assert.Equal([new TextSpan(10, 12), new TextSpan(13, 15)], tokens.Select(t => t.Span));
    }

    [Fact]
    public void Process_sets_document_tokens()
    {
        var document = new Document(new RawDocument("d", "d.txt", "sha256:00", InputFormat.PlainText, "x", RecordHints.None, []))
        {
            Text = "Hello, world.",
        };
        Tokenizer.Instance.Process(document, CancellationToken.None);
        Assert.Equal(4, document.Tokens.Count);
    }
}
