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
}
