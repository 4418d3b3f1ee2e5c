using System.Text.RegularExpressions;
using CsCheck;
using Dossier.Core.Model;
using Dossier.Core.Recognition;

namespace Dossier.Core.Tests.Recognition;

public sealed partial class NameContextTests
{
    [Theory]
    [InlineData("said Russian President ", "Vladimir Putin", "Russian President")]
    [InlineData("the North Korean leader ", "Kim", "North Korean leader")]
    [InlineData("(President ", "Moon", "President")]
    [InlineData("met with Foreign\u00a0Minister ", "Lavrov", "Foreign Minister")]
    [InlineData("Russian President \n", "Putin", "Russian President")]
    [InlineData("said ", "Putin", null)]
    [InlineData("", "Putin", null)]
    public void TitleBefore_reads_the_title_right_before_a_name(string before, string name, string? title) =>
        Assert.Equal(title, NameContext.TitleBefore(before + name + " said.", new TextSpan(before.Length, before.Length + name.Length)));

    // The words before a name as the former regular expression read them, searched from the text's start.
    [GeneratedRegex(@"(?:[\p{L}.'’]+[ \u00a0]){1,4}$")]
    private static partial Regex TitleWords();

    [Fact]
    public void WordsBefore_reads_what_the_regular_expression_read_on_any_text() =>
        Gen.Select(Gen.Char["aB.'’ \u00a0\n(,é"].Array[0, 40], Gen.Int[0, 40])
            .Sample((chars, cut) =>
            {
                var text = new string(chars);
                var end = Math.Min(cut, text.Length);
                var m = TitleWords().Match(text, 0, end);
                var expected = m.Success ? m.Value.Split([' ', '\u00a0'], StringSplitOptions.RemoveEmptyEntries) : null;

                Assert.Equal(expected, NameContext.WordsBefore(text, end));
            });
}
