using System.Text;
using Dossier.Core.Model;
using Dossier.Core.Text;

namespace Dossier.Core.Tests.Text;

/// <summary>
/// Text no article should contain: the tokenizer and splitter must finish (every scan is linear or
/// bounded) and keep their invariants, without throwing.
/// </summary>
public sealed class BadInputTests
{
    private const int FiveMegabytes = 5 * 1024 * 1024;

    public static TheoryData<string> Inputs() => new()
    {
        "no punctuation at all just words running on and on without any stop",
        "control\u0000chars\u0001in\u0007the\u001Btext.\u0085Next line\u2028and\u2029more\u000Bend",
        "lone \uD800 high and \uDC00 low surrogates\uD83D. And a pair 😀\uD83D",
        "Mixed scripts: 김정은 위원장은 말했다. Путин сказал. 普京说。بوتين قال. Kim said.",
        "\u200B\u200D\u200C\u0301\u20DD . . . .... ——— --- \"\" '' “” ‘’ (( )) [[ ]]",
        "...?!?!...“”..'.'.\".\". U.S.A.B.C.D.E.F.G.H.I.J.K.L.M.N.O.P.",
        "a@b@c@d.e.f@g..h@@i http://( www.) https:// ftp://x.y/)))]]",
    };

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Odd_text_keeps_the_invariants(string text) => AssertInvariants(text);

    [Fact]
    public void A_five_megabyte_line_without_punctuation_is_one_sentence()
    {
        var text = Repeat("word ", FiveMegabytes);
        var sentences = SentenceSplitter.Default.Split(text);
        Assert.Equal(new TextSpan(0, text.Length - 1), Assert.Single(sentences));
    }

    [Theory]
    [InlineData("a.")]
    [InlineData("a@")]
    [InlineData("x-")]
    [InlineData("1,")]
    [InlineData(". ")]
    [InlineData("• ")]
    [InlineData(")")]
    [InlineData("ab")]
    public void Five_megabyte_runs_without_spaces_finish(string unit)
    {
        var text = (unit == ")" ? "http://x.org/" : string.Empty) + Repeat(unit, FiveMegabytes);
        AssertInvariants(text);
    }

    private static string Repeat(string unit, int length)
    {
        var builder = new StringBuilder(length + unit.Length);
        while (builder.Length < length)
        {
            builder.Append(unit);
        }

        return builder.ToString();
    }

    private static void AssertInvariants(string text)
    {
        var tokens = Tokenizer.Tokenize(text);
        var previousEnd = 0;
        foreach (var token in tokens)
        {
            Assert.True(token.Span.Start >= previousEnd && !token.Span.IsEmpty && token.Span.End <= text.Length);
            previousEnd = token.Span.End;
        }

        foreach (var options in new[] { SentenceSplitterOptions.Default, new SentenceSplitterOptions { WrappedLines = true, SplitInsideQuotations = false } })
        {
            var sentences = new SentenceSplitter(options).Split(text, tokens);
            var end = 0;
            foreach (var sentence in sentences)
            {
                Assert.True(sentence.Start >= end && !sentence.IsEmpty);
                end = sentence.End;
            }

            Assert.Equal(tokens.Count == 0, sentences.Count == 0);
        }
    }
}
