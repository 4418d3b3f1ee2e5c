using System.Globalization;
using Dossier.Core.Model;
using Dossier.Core.Recognition;

namespace Dossier.Core.Tests.Recognition;

/// <summary>The rules added for TimeML coverage: references, sets, clock times, offsets, years, decades, seasons, holidays.</summary>
public sealed class TimeRulesTests
{
    private static List<TimeMention> Recognize(string text, string? published = "2019-04-25")
    {
        DateOnly? date = published is null ? null : DateOnly.ParseExact(published, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var document = TimeTestDocuments.Create(text, date is { } d ? TimeTestDocuments.Date(d.Year, d.Month, d.Day) : null);
        new TimeRecognizer().Process(document, CancellationToken.None);
        return [.. document.Times];
    }

    [Theory]
    [InlineData("The talks are now over.", "now", "PRESENT_REF", false)]
    [InlineData("He recently visited Moscow.", "recently", "PAST_REF", false)]
    [InlineData("They will meet again in the future.", "the future", "FUTURE_REF", false)]
    [InlineData("The site is inspected daily.", "daily", "P1D", false)]
    [InlineData("Elections are held every four years.", "every four years", "P4Y", false)]
    [InlineData("The train left at 10:35 a.m. local time.", "10:35 a.m. local time", "2019-04-25T10:35", true)]
    [InlineData("The meeting starts at 6 p.m.", "6 p.m.", "2019-04-25T18:00", true)]
    [InlineData("Kim arrived at 9 a.m. on Wednesday.", "9 a.m. on Wednesday", "2019-04-24T09:00", true)]
    [InlineData("Kim arrived on Wednesday night.", "Wednesday night", "2019-04-24TNI", true)]
    [InlineData("Protesters gathered last night.", "last night", "2019-04-24TNI", true)]
    [InlineData("The war ended 66 years ago.", "66 years ago", "1953", true)]
    [InlineData("They met two months ago.", "two months ago", "2019-02", true)]
    [InlineData("They met 11 days ago.", "11 days ago", "2019-04-14", true)]
    [InlineData("They met several years ago.", "several years ago", "PAST_REF", false)]
    [InlineData("The plant opened in the early 1990s.", "early 1990s", "199X", true)]
    [InlineData("Relations froze in the '90s.", "'90s", "199X", true)]
    [InlineData("1994 was a hard year.", "1994", "1994", true)]
    [InlineData("The talks broke down last fall.", "last fall", "2018-FA", true)]
    [InlineData("The deal may be signed next summer.", "next summer", "2019-SU", true)]
    [InlineData("Aid arrived before Christmas.", "Christmas", "2018-12-25", true)]
    [InlineData("Turnout fell on Election Day 2016.", "Election Day 2016", "2016-11-08", true)]
    [InlineData("Families met on Thanksgiving 2018.", "Thanksgiving 2018", "2018-11-22", true)]
    public void Expressions_are_normalised(string sentence, string text, string value, bool isDate)
    {
        var mention = Assert.Single(Recognize(sentence));

        Assert.Equal((text, value, isDate), (mention.Text, mention.Value, mention.IsDate));
    }

    [Theory]
    [InlineData("About 2000 troops were sent.")]
    [InlineData("The fee rose to $1995 last month, the notice No. 2010 said.", "last month")]
    [InlineData("He watched High Noon again.")]
    [InlineData("She wrote to the China Daily.")]
    [InlineData("He will answer as soon as possible.")]
    [InlineData("The 1999 figure was 2,019 tonnes.", "1999")]
    public void Numbers_and_names_are_not_taken_for_times(string sentence, params string[] expected)
    {
        Assert.Equal(expected, Recognize(sentence).Select(m => m.Text));
    }

    [Fact]
    public void Clock_times_and_offsets_need_an_anchor()
    {
        var mention = Assert.Single(Recognize("The train left at 10:35 a.m. two days ago.", null));

        Assert.Equal(("two days", "P2D"), (mention.Text, mention.Value));
    }
}
