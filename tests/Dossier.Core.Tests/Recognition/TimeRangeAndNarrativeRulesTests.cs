using System.Globalization;
using Dossier.Core.Recognition;

namespace Dossier.Core.Tests.Recognition;

/// <summary>
/// The day-range, slash-date, day-reference, narrative-date, relative-period and duration-phrase
/// rules, read against Thursday 25 April 2019.
/// </summary>
public sealed class TimeRangeAndNarrativeRulesTests
{
    private static string Recognize(string text)
    {
        var document = TimeTestDocuments.Create(text, TimeTestDocuments.Date(2019, 4, 25));
        new TimeRecognizer().Process(document, CancellationToken.None);
        return string.Join(" | ", document.Times.Select(t => string.Create(CultureInfo.InvariantCulture, $"{t.Text}={t.Value}")));
    }

    [Theory]
    [InlineData("The fair runs from 4 to 22 January, 1995.", "4=1995-01-04 | 22 January, 1995=1995-01-22")]
    [InlineData("Talks were held November 19-20, 2016.", "November 19=2016-11-19 | 20, 2016=2016-11-20")]
    [InlineData("The results were published on 08/12/2015.", "08/12/2015=2015-08-12")]
    [InlineData("They met on 21/04/16.", "21/04/16=2016-04-21")]
    [InlineData("Kim will travel on Tuesday next week.", "Tuesday next week=2019-04-30")]
    [InlineData("The vote is set for the first Friday of next month.", "the first Friday of next month=2019-05-03")]
    [InlineData("Kim arrived in Hanoi on 3 March and left the next day.", "3 March=2019-03-03 | the next day=2019-03-04")]
    [InlineData("The plant closed in 1998. That year, sales fell.", "1998=1998 | That year=1998")]
    [InlineData("Kim arrived in Hanoi on 3 March and left that same day.", "3 March=2019-03-03 | that same day=2019-03-03")]
    [InlineData("Kim arrived in Hanoi on 3 March and spoke the next morning.", "3 March=2019-03-03 | the next morning=2019-03-04TMO")]
    [InlineData("Kim arrived in Hanoi on 3 March. He was arrested that night.", "3 March=2019-03-03 | that night=2019-03-03TNI")]
    [InlineData("Kim arrived in Hanoi on 8 March. That weekend, talks stalled.", "8 March=2019-03-08 | That weekend=2019-W10-WE")]
    [InlineData("Talks resumed on 8 March and ended the following weekend.", "8 March=2019-03-08 | the following weekend=2019-W11-WE")]
    [InlineData("The vote is in the first week of March 2020.", "the first week of March 2020=2020-W10")]
    [InlineData("The vote is in the last week of this month.", "the last week of this month=2019-W17")]
    [InlineData("The vote is in the third week of next month.", "the third week of next month=2019-W20")]
    [InlineData("Prices soared in the 1970s and the late '80s.", "the 1970s=197X | the late '80s=198X")]
    [InlineData("Growth slowed in Q3 2018.", "Q3 2018=2018-Q3")]
    [InlineData("Sales will pick up the week after next.", "the week after next=2019-W19")]
    [InlineData("The law takes effect two weeks from today.", "two weeks from today=2019-05-09")]
    [InlineData("It was built in the 15th century.", "the 15th century=14")]
    [InlineData("He stayed for two and a half hours.", "two and a half hours=PT2.5H")]
    [InlineData("The strike lasted 1 year 1 month 21 days.", "1 year 1 month 21 days=P1Y1M21D")]
    [InlineData("Shops were closed all day.", "all day=P1D")]
    [InlineData("Talks resumed after a couple of weeks.", "a couple of weeks=P2W")]
    [InlineData("Crime fell over the past decade.", "the past decade=P10Y")]
    [InlineData("Demand will double in the next decade, and in the last decade it rose.", "the next decade=P10Y | the last decade=P10Y")]
    [InlineData("It was a decade-long war.", "")]
    public void Expressions_are_found_and_normalised(string sentence, string expected) =>
        Assert.Equal(expected, Recognize(sentence));

    [Theory]
    [InlineData("The service runs 24/7.")]
    [InlineData("He ate 1/2 of the cake.")]
    [InlineData("Profit fell in the 1988 second quarter.")]
    [InlineData("Kopp was later in the day before returning home.")]
    [InlineData("The vote is in the fifth week of June 2019.")]
    public void Numbers_and_ordinals_are_not_taken_for_dates_or_durations(string sentence) =>
        Assert.DoesNotContain(Recognize(sentence).Split(" | "), m => m.Contains("=PT", StringComparison.Ordinal) || m.Contains('/', StringComparison.Ordinal) || m.Contains("the day before", StringComparison.Ordinal) || m.Contains("-W", StringComparison.Ordinal));
}
