using Dossier.Core.Model;
using Dossier.Core.Reading;

namespace Dossier.Core.Tests.Reading;

/// <summary>Inputs found by the fuzzer (fuzz/Dossier.Fuzz) that once threw; each must now read cleanly.</summary>
public sealed class FuzzRegressionTests
{
    private static ReadResult Read(string name, string content) =>
        new DocumentReader().Read(new InputFile("/fuzz/" + name, name), System.Text.Encoding.UTF8.GetBytes(content));

    [Theory]
    [InlineData("a.json", """{"text":"Mr. Trump\u201D\uD83D\uDE00 said \uD83D. Then\uDE00 left.", "title": "\uDBFF"}""")]
    [InlineData("a.jsonl", """{"text":"lone high surrogate at the end \ud800"}""")]
    [InlineData("a.dump", """[{"html":"<p>\udc00 low first</p>"}]""")]
    public void An_escaped_unpaired_surrogate_becomes_a_replacement_character_with_a_warning(string name, string content)
    {
        var result = Read(name, content);

        Assert.Empty(result.Problems);
        var document = Assert.Single(result.Documents);
        Assert.Contains('\uFFFD', document.Content);
        Assert.DoesNotContain(document.Content, c => char.IsSurrogate(c) && !IsPaired(document.Content, c));
        Assert.Contains(document.Warnings, w => w.Code == DiagnosticCodes.UnpairedSurrogate);
    }

    [Fact]
    public void A_paired_escaped_surrogate_is_kept_as_the_character_it_encodes()
    {
        var result = Read("a.json", """{"text":"smile \uD83D\uDE00 \u00e9\n\t\"quoted\" \\ \/"}""");

        var document = Assert.Single(result.Documents);
        Assert.Equal("smile 😀 é\n\t\"quoted\" \\ /", document.Content);
        Assert.Empty(document.Warnings);
    }

    private static bool IsPaired(string text, char c)
    {
        var i = text.IndexOf(c, StringComparison.Ordinal);
        return char.IsHighSurrogate(c) ? i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) : i > 0 && char.IsHighSurrogate(text[i - 1]);
    }
}
