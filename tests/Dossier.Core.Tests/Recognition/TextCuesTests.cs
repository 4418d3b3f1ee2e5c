using System.Text.RegularExpressions;
using Dossier.Core.Recognition;

namespace Dossier.Core.Tests.Recognition;

public sealed class TextCuesTests
{
    private static readonly Regex Week = new(@"\b(?i:week)\b");

    [Theory]
    [InlineData("The talks resume next week.", true)]
    [InlineData("The talks resume next WEEK.", true)]
    [InlineData("The talks resume on Monday.", false)]
    public void A_sentence_may_hold_a_cue_word_in_any_case(string sentence, bool expected) =>
        Assert.Equal(expected, TextCues.MayHold(sentence, TextCues.Of("week")));

    [Fact]
    public void A_letter_that_case_insensitive_expressions_fold_onto_ascii_lets_the_sentence_through()
    {
        // The Kelvin sign matches "k" in a case-insensitive expression, though an ordinal search does not find "week" here.
        const string Sentence = "The talks resume next wee\u212A.";
        Assert.Matches(Week, Sentence);

        Assert.True(TextCues.MayHold(Sentence, TextCues.Of("week")));
        Assert.Single(TextCues.Matches(Week, Sentence, TextCues.Of("week")));
    }

    [Fact]
    public void Matches_are_the_expressions_own_when_a_cue_is_present_and_none_otherwise()
    {
        var found = TextCues.Matches(Week, "A week, then another week.", TextCues.Of("week"));
        var skipped = TextCues.Matches(Week, "A week, then another week.", TextCues.Of("month"));

        Assert.Equal([2, 21], found.Select(m => m.Index));
        Assert.Empty(skipped);
    }

    [Theory]
    [InlineData("Talks resumed on 3 March.")]
    [InlineData("Talks resumed in Sept.")]
    [InlineData("Talks resumed in May.")]
    public void Every_month_name_and_abbreviation_holds_a_month_cue(string sentence) =>
        Assert.True(TextCues.MayHold(sentence, TextCues.MonthNames));
}
