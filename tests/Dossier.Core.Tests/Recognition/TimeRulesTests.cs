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
    [InlineData("The plant opened in the early 1990s.", "the early 1990s", "199X", true)]
    [InlineData("Relations froze in the '90s.", "the '90s", "199X", true)]
    [InlineData("1994 was a hard year.", "1994", "1994", true)]
    [InlineData("The talks broke down last fall.", "last fall", "2018-FA", true)]
    [InlineData("The deal may be signed next summer.", "next summer", "2019-SU", true)]
    [InlineData("Aid arrived before Christmas.", "Christmas", "2018-12-25", true)]
    [InlineData("Turnout fell on Election Day 2016.", "Election Day 2016", "2016-11-08", true)]
    [InlineData("Families met on Thanksgiving 2018.", "Thanksgiving 2018", "2018-11-22", true)]
    [InlineData("The shares traded at the current market price.", "current", "PRESENT_REF", false)]
    [InlineData("He cited the recent closing of a plant.", "recent", "PAST_REF", false)]
    [InlineData("They will reopen in the near future.", "the near future", "FUTURE_REF", false)]
    [InlineData("Kidnappings rose in recent years.", "recent years", "PXY", false)]
    [InlineData("Stocks plunged in the past three months.", "the past three months", "P3M", false)]
    [InlineData("It was said that the past year was hard.", "the past year", "2018", true)]
    [InlineData("Aid rose earlier this month.", "earlier this month", "2019-04", true)]
    [InlineData("It is part of a two-year strategy.", "two-year", "P2Y", false)]
    [InlineData("Kuchma ended a 4-day visit.", "4-day", "P4D", false)]
    [InlineData("Prices were lower a year earlier.", "a year earlier", "2018", true)]
    [InlineData("Troops stayed there for weeks.", "weeks", "PXW", false)]
    [InlineData("Ukraine was ruled from Moscow for centuries.", "centuries", "PXE", false)]
    [InlineData("In nineteen ninety-six a bomb went off.", "nineteen ninety-six", "1996", true)]
    [InlineData("Officials met over the weekend.", "the weekend", "2019-W16-WE", true)]
    [InlineData("Officials will meet next weekend.", "next weekend", "2019-W17-WE", true)]
    [InlineData("They met 1 month 21 days ago.", "1 month 21 days ago", "2019-03-04", true)]
    [InlineData("He left 2 years, 1 month and 21 days ago.", "2 years, 1 month and 21 days ago", "2017-03-04", true)]
    [InlineData("They met one year and two months ago.", "one year and two months ago", "2018-02", true)]
    [InlineData("Hate groups grew through the nineties.", "the nineties", "199X", true)]
    [InlineData("Disco ruled in the nineteen seventies.", "the nineteen seventies", "197X", true)]
    [InlineData("Phones changed in the noughties.", "the noughties", "200X", true)]
    [InlineData("Sales rose in the third quarter this year.", "the third quarter this year", "2019-Q3", true)]
    [InlineData("They will be out the third week of 2027.", "the third week of 2027", "2027-W03", true)]
    [InlineData("We had a meeting first week of this year.", "first week of this year", "2019-W01", true)]
    [InlineData("Stocks fell in the last twenty four hours.", "the last twenty four hours", "PT24H", false)]
    [InlineData("The pumps ran for twenty-four hours.", "twenty-four hours", "PT24H", false)]
    [InlineData("The crown has ruled for almost a hundred years.", "almost a hundred years", "P100Y", false)]
    [InlineData("The navy may use the base for at least 20 more years.", "at least 20 more years", "P20Y", false)]
    [InlineData("Eight trading days after the plunge, the index recovered.", "Eight trading days", "P8D", false)]
    [InlineData("Orangemen march each July from their church.", "each July", "XXXX-07", false)]
    [InlineData("The council meets every Monday.", "every Monday", "XXXX-WXX-1", false)]
    [InlineData("The father will leave at 4 in the morning.", "4 in the morning", "2019-04-25T04:00", true)]
    [InlineData("The blast occurred at 10:35 a.m. (0735 GMT) Wednesday.", "10:35 a.m. (0735 GMT) Wednesday", "2019-04-24T10:35", true)]
    [InlineData("January nineteen ninety-seven brought another bomb.", "January nineteen ninety-seven", "1997-01", true)]
    [InlineData("Holders may buy shares at the then current price.", "then current", "PAST_REF", false)]
    public void Expressions_are_normalised(string sentence, string text, string value, bool isDate)
    {
        var mention = Assert.Single(Recognize(sentence));

        Assert.Equal((text, value, isDate), (mention.Text, mention.Value, mention.IsDate));
    }

    [Theory]
    [InlineData("Sales rose in the period ended March 31.", "2019-03-31")]
    [InlineData("The company will repay the loan on June 1.", "2020-06-01")]
    [InlineData("In January, sales fell.", "2019-01")]
    [InlineData("Talks will resume in January.", "2020-01")]
    [InlineData("Sales fell on Nov. 6.", "2019-11-06")]
    public void Dates_without_a_year_far_from_the_anchor_follow_the_tense(string sentence, string value)
    {
        var mention = Assert.Single(Recognize(sentence, "2019-10-30"));

        Assert.Equal(value, mention.Value);
    }

    [Theory]
    [InlineData("About 2000 troops were sent.")]
    [InlineData("The fee rose to $1995 last month, the notice No. 2010 said.", "last month")]
    [InlineData("He watched High Noon again.")]
    [InlineData("She wrote to the China Daily.")]
    [InlineData("He will answer as soon as possible.")]
    [InlineData("The plan was previously announced.")]
    [InlineData("Employees 55 years old may retire.")]
    [InlineData("A 55-year-old man was arrested.")]
    [InlineData("The 1999 figure was 2,019 tonnes.", "1999")]
    [InlineData("It would be a second betrayal of the boy.")]
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
