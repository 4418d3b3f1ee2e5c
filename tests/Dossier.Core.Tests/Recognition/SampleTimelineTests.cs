using Dossier.Core.Analysis;
using Dossier.Core.Model;
using Dossier.Core.Pipeline;

namespace Dossier.Core.Tests.Recognition;

/// <summary>
/// Every date in the article text of the five sample articles, placed on the timeline by the
/// whole pipeline (publication dates come from the cleaner; 000 states its time without a zone,
/// 002 and 004 state none and are anchored to their latest stated date). Photo captions are
/// removed by the cleaner, so their dates are not timeline material.
/// </summary>
public sealed class SampleTimelineTests
{
    private static readonly Lazy<Corpus> Analysed = new(() =>
        new DossierAnalyzer(DefaultPipeline.Create(), AnalysisOptions.Default).Analyze([RepositoryPaths.Samples]).Corpus);

    [Theory]
    [InlineData("000", "meeting Russian President Vladimir Putin today", "2019-04-25")]
    [InlineData("000", "attended the World Cup in June last year", "2018-06")]
    [InlineData("001", "to meet President Vladimir Putin this month", "2019-04")]
    [InlineData("001", "summit diplomacy campaign last March", "2018-03")]
    [InlineData("001", "Sergey Lavrov visited Pyongyang last May", "2018-05")]
    [InlineData("001", "As early as September 2017", "2017-09")]
    [InlineData("001", "On June 15, 2018, Maria Zakharova", "2018-06-15")]
    [InlineData("001", "Last September, Russia and China", "2018-09")]
    [InlineData("001", "In 2014, Russia officially canceled", "2014")]
    [InlineData("001", "In 2014, Russia officially canceled", "2015")]
    [InlineData("001", "In 2014, Russia officially canceled", "2020")]
    [InlineData("001", "the 2015 trade volume", "2015")]
    [InlineData("001", "on the UN sanctions list in 2017", "2017")]
    [InlineData("003", "Kim arrived on Wednesday in Khasan", "2019-04-24")]
    [InlineData("003", "since last year", "2018")]
    [InlineData("003", "Since March 2018", "2018-03")]
    [InlineData("004", "scheduled for Thursday 25/04", "2019-04-25")]
    [InlineData("004", "after the 1950-53 Korean War", "1950")]
    [InlineData("004", "He visited Pyongyang in 2000", "2000")]
    [InlineData("004", "as a 2017 UN sanctions", "2017")]
    [InlineData("004", "from $60m in 2017 to $34m in 2018", "2017")]
    [InlineData("004", "from $60m in 2017 to $34m in 2018", "2018")]
    [InlineData("004", "Last month, it announced it had shipped", "2019-03")]
    [InlineData("004", "On Friday, Putin’s spokesperson Dmitri Peskov", "2019-04-19")]
    [InlineData("004", "The historic summit in Singapore last year", "2018")]
    public void Date_is_on_the_timeline(string doc, string sentence, string date)
    {
        Assert.Contains(
            Analysed.Value.Timeline,
            item => item.Doc.StartsWith(doc, StringComparison.Ordinal) && item.Date == date && item.Text.Contains(sentence, StringComparison.Ordinal));
    }

    [Fact]
    public void Tuesday_in_004_is_the_day_before_the_summit()
    {
        var document = Analysed.Value.Documents.Single(d => d.Id.StartsWith("004", StringComparison.Ordinal));

        var tuesday = Assert.Single(document.Times, t => t.Text == "Tuesday");

        Assert.Equal("2019-04-23", tuesday.Value);
        Assert.Equal("latest-stated", tuesday.Anchor);
    }

    [Fact]
    public void Article_002_states_no_year_so_its_dates_are_not_guessed()
    {
        Assert.DoesNotContain(Analysed.Value.Timeline, item => item.Doc.StartsWith("002", StringComparison.Ordinal));
    }

    [Fact]
    public void Timeline_is_sorted_and_every_item_quotes_its_sentence()
    {
        var timeline = Analysed.Value.Timeline;

        Assert.NotEmpty(timeline);
        Assert.All(timeline, item =>
        {
            var document = Analysed.Value.Documents.Single(d => d.Id == item.Doc);
            Assert.Contains(item.Text[..Math.Min(30, item.Text.Length)], document.Text, StringComparison.Ordinal);
        });
        Assert.Equal(timeline.OrderBy(i => i.Date.Replace("-W", "-", StringComparison.Ordinal), StringComparer.Ordinal).Select(i => i.Date), timeline.Select(i => i.Date));
    }
}
