using System.Globalization;
using Dossier.Core.Model;
using Dossier.Core.Recognition;

namespace Dossier.Core.Tests.Recognition;

/// <summary>Quarters, reported periods, year-ago periods and whole years of business news.</summary>
public sealed class FiscalPeriodRulesTests
{
    private static List<TimeMention> Recognize(string text, string published = "2019-10-30")
    {
        var d = DateOnly.ParseExact(published, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var document = TimeTestDocuments.Create(text, TimeTestDocuments.Date(d.Year, d.Month, d.Day));
        new TimeRecognizer().Process(document, CancellationToken.None);
        return [.. document.Times];
    }

    [Theory]
    [InlineData("Profit rose in the third quarter.", "the third quarter", "2019-Q3")]
    [InlineData("The company reported a third-quarter loss.", "third-quarter", "2019-Q3")]
    [InlineData("It expects a fourth-quarter charge.", "fourth-quarter", "2019-Q4")]
    [InlineData("Profit fell in the first quarter of 2018.", "the first quarter of 2018", "2018-Q1")]
    [InlineData("Sun earned $5 million in the fiscal first quarter.", "the fiscal first quarter", "2019-Q1")]
    [InlineData("Results for last year's fourth quarter were restated.", "last year's fourth quarter", "2018-Q4")]
    [InlineData("Sales were flat in the latest quarter.", "the latest quarter", "2019-Q3")]
    [InlineData("Orders should pick up in the current quarter.", "the current quarter", "2019-Q4")]
    [InlineData("Sales fell last quarter.", "last quarter", "2019-Q3")]
    [InlineData("It earned $2 million in the year-ago quarter.", "the year-ago quarter", "2018-Q3")]
    [InlineData("That compares with year-earlier net income of $9 million.", "year-earlier", "2018")]
    [InlineData("The fiscal 1989 results were restated.", "fiscal 1989", "1989")]
    [InlineData("Sales for the full year rose 13%.", "the full year", "2019")]
    [InlineData("The plan cuts 6,000 jobs by year end.", "year end", "2019")]
    [InlineData("Losses narrowed in the 2018 second quarter.", "the 2018 second quarter", "2018-Q2")]
    public void Periods_are_normalised(string sentence, string text, string value)
    {
        var mention = Assert.Single(Recognize(sentence));

        Assert.Equal((text, value), (mention.Text, mention.Value));
    }

    [Fact]
    public void A_fourth_quarter_reported_in_january_is_last_years()
    {
        var mention = Assert.Single(Recognize("Profits dropped in the fourth quarter.", "2020-01-26"));

        Assert.Equal("2019-Q4", mention.Value);
    }

    [Fact]
    public void The_quarter_refers_to_the_quarter_last_named()
    {
        var times = Recognize("Sun earned $5 million in the fiscal first quarter. Sales in the quarter rose 39%.");

        Assert.Equal(["2019-Q1", "2019-Q1"], times.Select(t => t.Value));
    }

    [Fact]
    public void A_year_ago_next_to_a_quarter_is_that_quarter_a_year_back()
    {
        var times = Recognize("Third-quarter profit rose 11%. It earned $3 million a year ago.");

        Assert.Equal(["2019-Q3", "2018-Q3"], times.Select(t => t.Value));
    }

    [Fact]
    public void A_year_ago_far_from_any_quarter_is_a_year()
    {
        var times = Recognize("Third-quarter profit rose. The chief executive resigned. The union was formed. A year earlier, the plant had closed.");

        Assert.Equal(["2019-Q3", "2018"], times.Select(t => t.Value));
        Assert.Equal("A year earlier", times[1].Text);
    }

    [Theory]
    [InlineData("Jayark had 5.6 million shares in the quarter ended July 31.", "2019-Q2")]
    [InlineData("Sales rose in the quarter ended Sept. 30.", "2019-Q3")]
    [InlineData("It expects a loss for the quarter ending Dec. 31.", "2019-Q4")]
    [InlineData("Sales rose in the quarter ended Dec. 31.", "2018-Q4")]
    public void The_quarter_ended_a_day_holds_most_of_the_three_months_before_it(string sentence, string value)
    {
        var mention = Assert.Single(Recognize(sentence), t => t.Text == "the quarter");

        Assert.Equal(value, mention.Value);
    }

    [Fact]
    public void The_year_ended_a_day_is_a_years_length()
    {
        var mention = Assert.Single(Recognize("It earned $50 million in the year ended March 31."), t => t.Text == "the year");

        Assert.Equal(("P1Y", false), (mention.Value, mention.IsDate));
    }

    [Fact]
    public void A_quarter_ended_a_day_keeps_the_fiscal_name_already_given()
    {
        var times = Recognize("Sun earned $5 million in the fiscal first quarter. Sales for the quarter ended Sept. 29 rose 39%.");

        Assert.Equal(["2019-Q1", "2019-Q1"], times.Where(t => t.Text.Contains("quarter", StringComparison.Ordinal)).Select(t => t.Value));
    }

    [Fact]
    public void A_quarter_in_an_outlook_is_not_the_quarter_being_reported()
    {
        var times = Recognize("Third-quarter profit rose. The storm will result in a fourth-quarter charge. Earnings fell in the latest quarter from $6 million a year ago.");

        Assert.Equal(["2019-Q3", "2019-Q4", "2019-Q3", "2018-Q3"], times.Select(t => t.Value));
    }

    [Fact]
    public void A_quarter_named_with_its_year_points_at_the_reported_quarter()
    {
        var times = Recognize("Third-quarter profit rose 11%. It earned $3 million in the 2018 quarter, and sales for last year's quarter were $9 million.");

        Assert.Equal(["2019-Q3", "2018-Q3", "2018-Q3"], times.Select(t => t.Value));
    }

    [Fact]
    public void A_year_earlier_beside_a_longer_period_is_a_year()
    {
        var times = Recognize("Third-quarter profit rose 11%. For the nine months, profit rose to $2 billion from $1.7 billion a year earlier.");

        Assert.Equal(["2019-Q3", "P9M", "2018"], times.Select(t => t.Value));
    }
}
