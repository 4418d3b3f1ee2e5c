using System.Text;
using Dossier.Core.Text;

namespace Dossier.Core.Tests.Text;

public sealed class PlainTextRepairTests
{
    [Theory]
    [InlineData("Kim arrived in Vladivostok on Wednesday. Putin met him on Thursday.")]
    [InlineData("The score was 3 < 5 and 7 > 2, he said.")]
    [InlineData("Files are in C:\\new\\reports, the ministry said.")]
    [InlineData("He trailed off.... Then he left.")]
    [InlineData("Line one\n\nLine two\n")]
    [InlineData("The vote was 5-4 -- a close call.")]
    public void Clean_text_comes_back_unchanged(string text) => Assert.Same(text, PlainTextRepair.Repair(text));

    [Fact]
    public void Inline_tags_are_dropped_and_block_tags_break_lines()
    {
        Assert.Equal("Kim said yes. It is!", PlainTextRepair.Repair("Kim said <em>yes</em>. <strong>It is</strong>!"));
        Assert.Equal("\nTitle\n\n\nFirst. Second.\n", PlainTextRepair.Repair("<h2 class=\"x\">Title</h2>\n<p>First. Second.</p>"));
    }

    [Fact]
    public void Entities_are_decoded_once_markup_was_removed()
    {
        Assert.Equal("Smith & Sons won.", PlainTextRepair.Repair("<b>Smith &amp; Sons</b> won."));
        Assert.Equal("Smith &amp; Sons won.", PlainTextRepair.Repair("Smith &amp; Sons won."));
    }

    [Fact]
    public void Escaped_markup_and_attributed_elements_are_dropped()
    {
        Assert.Equal("report.txt", PlainTextRepair.Repair("<seg id=\"4\">&lt;i&gt;</seg>report.txt<seg id=\"5\">&lt;/i&gt;</seg>"));
    }

    [Theory]
    [InlineData("Kim arrived <img src=x onerror=\"alert(1)\"> in <b>Vladivostok</b>.")]
    [InlineData("Read <a href=\"javascript:alert(2)\">the report</a> now.")]
    [InlineData("They met <script>alert('x')</script> on <em>Thursday</em>.")]
    public void Text_with_script_bearing_markup_keeps_all_its_markup_verbatim(string text) => Assert.Same(text, PlainTextRepair.Repair(text));

    [Fact]
    public void Unknown_bracketed_words_are_not_markup()
    {
        const string Text = "He wrote <Kim> and <Putin> in his notes.";
        Assert.Same(Text, PlainTextRepair.Repair(Text));
    }

    [Theory]
    [InlineData("Hello World. \\r\\n Hello.", "Hello World. \n Hello.")]
    [InlineData("First line.\\nSecond line.", "First line.\nSecond line.")]
    [InlineData("Hello World. \\ r \\ nHello.", "Hello World. \nHello.")]
    public void Line_breaks_written_out_as_characters_break_lines(string text, string expected) =>
        Assert.Equal(expected, PlainTextRepair.Repair(text));

    [Fact]
    public void Table_of_contents_leaders_and_page_numbers_are_removed()
    {
        var text = "Preface.........................3\nChapter 2 .................. 14\nIndex ........ 16-17\n";
        Assert.Equal("Preface\nChapter 2\nIndex\n", PlainTextRepair.Repair(text));
    }

    [Fact]
    public void A_long_run_of_dots_between_words_becomes_a_space() =>
        Assert.Equal("Wait for it please.", PlainTextRepair.Repair("Wait for it.........please."));

    [Fact]
    public void Separator_rules_become_line_breaks() =>
        Assert.Equal("\n\nHeader\n\n", PlainTextRepair.Repair("==============\nHeader\n//////////////"));

    [Fact]
    public void Page_numbers_and_lone_symbols_between_blank_lines_are_removed()
    {
        Assert.Equal("\n\n\nIntroduction\n\n", PlainTextRepair.Repair("\n3\n\nIntroduction\n\n"));
        Assert.Equal("In 2019\n\nhe left.", PlainTextRepair.Repair("In 2019\n\nhe left."));
    }

    [Fact]
    public void Headings_printed_one_letter_per_line_are_joined()
    {
        Assert.Equal("\nWARNING\n", PlainTextRepair.Repair("\nW\nA\nRN\nI\nNG\n"));
        Assert.Equal("A\nB\nThe list.", PlainTextRepair.Repair("A\nB\nThe list."));
    }

    [Fact]
    public void A_typewriter_opening_quote_pairs_with_its_apostrophe() =>
        Assert.Equal("He asked: 'So what?' and left.", PlainTextRepair.Repair("He asked: `So what?' and left."));

    [Theory]
    [InlineData('.')]
    [InlineData('/')]
    [InlineData('<')]
    [InlineData('\\')]
    [InlineData('\n')]
    public void A_five_megabyte_run_of_one_character_is_repaired_in_bounded_time(char c)
    {
        var text = new string(c, 5 * 1024 * 1024) + "x";
        var repaired = PlainTextRepair.Repair(text);
        Assert.EndsWith("x", repaired, StringComparison.Ordinal);
    }

    [Fact]
    public void A_five_megabyte_line_of_unclosed_tags_is_repaired_in_bounded_time()
    {
        var text = new StringBuilder().Insert(0, "<p a=1 <b ", 500_000).ToString();
        Assert.NotNull(PlainTextRepair.Repair(text));
    }
}
