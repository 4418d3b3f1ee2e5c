using CsCheck;
using Dossier.Core.Recognition;

namespace Dossier.Core.Tests.Recognition;

public sealed class TimePatternsTests
{
    private static readonly string[] Fragments =
    [
        "the", "past", "three", "3", "two-", "a", "one", "more than", "about", "YEARS", "year", "Months", "week", "days",
        "HOUR", "minutes", "seconds", "second", "decade", "centuries", "century", "old", "Thursday", "April", "-", " ", ", ",
    ];

    [Fact]
    public void A_text_the_duration_patterns_match_always_passes_the_unit_check() =>
        Gen.Int[0, Fragments.Length - 1].Select(i => Fragments[i]).Array[1, 8].Select(parts => string.Join(' ', parts)).Sample(text =>
        {
            if (TimePatterns.Duration().IsMatch(text) || TimePatterns.HyphenatedDuration().IsMatch(text))
            {
                Assert.True(TimePatterns.MayHoldDurationUnit(text), text);
            }
        });

    [Theory]
    [InlineData("for more than 65 years", true)]
    [InlineData("a four-day visit", true)]
    [InlineData("two CENTURIES ago", true)]
    [InlineData("Kim arrived in Vladivostok in April.", false)]
    public void The_unit_check_looks_for_unit_words(string text, bool expected) =>
        Assert.Equal(expected, TimePatterns.MayHoldDurationUnit(text));
}
