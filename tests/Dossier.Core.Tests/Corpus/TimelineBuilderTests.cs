using Dossier.Core.CorpusAnalysis;
using Dossier.Core.Model;
using Dossier.Core.Pipeline;
using Dossier.Core.Recognition;
using Dossier.Core.Tests.Recognition;

namespace Dossier.Core.Tests.CorpusAnalysis;

public sealed class TimelineBuilderTests
{
    private static Document Recognized(string id, string text, PublicationDate? published)
    {
        var document = TimeTestDocuments.Create(text, published, id);
        new TimeRecognizer().Process(document, CancellationToken.None);
        return document;
    }

    private static List<TimelineItem> Build(params Document[] documents)
    {
        var corpus = new Corpus(documents);
        new TimelineBuilder().Process(corpus, CancellationToken.None);
        return [.. corpus.Timeline];
    }

    private static Document[] Summit() =>
    [
        Recognized(
            "004",
            "Analysts say the Russia-North Korea summit scheduled for Thursday 25/04 will serve as a reminder to Washington.\nMoscow also helped rebuild North Korea after the 1950-53 Korean War.\nThe ties were affected  after the fall of the Soviet Union.",
            TimeTestDocuments.Date(2019, 4, 24)),
        Recognized(
            "003",
            "Kim arrived on Wednesday in Khasan, a Russian border town, in his private armored train. Since March 2018, the North Korean leader has had several summits. The two countries were locked in a confrontation for more than 65 years.",
            TimeTestDocuments.Date(2019, 4, 27)),
        Recognized(
            "002",
            "The Kremlin officially announced on Apr. 18 that Kim will be visiting Russia in the second half of April at Putin’s invitation.",
            TimeTestDocuments.Date(2019, 4, 11)),
    ];

    [Fact]
    public void Items_are_ordered_by_date_then_document_then_sentence()
    {
        var timeline = Build(Summit());

        Assert.Equal(
            [("1950", "004", 1), ("2018-03", "003", 1), ("2019-04", "002", 0), ("2019-04-18", "002", 0), ("2019-04-24", "003", 0), ("2019-04-25", "004", 0)],
            timeline.Select(i => (i.Date, i.Doc, i.Sentence)));
    }

    [Fact]
    public void Durations_do_not_enter_the_timeline()
    {
        var timeline = Build(Summit());

        Assert.DoesNotContain(timeline, i => i.Date.StartsWith('P'));
    }

    [Fact]
    public void Item_text_is_the_sentence_with_whitespace_collapsed()
    {
        var document = Recognized("x", "In 2000,   Putin\tvisited\n  Pyongyang.", null);
        document.Sentences = [new Sentence(new TextSpan(0, document.Text.Length))];
        document.Times = [.. document.Times.Select(t => t with { Sentence = 0 })];

        var item = Assert.Single(Build(document));

        Assert.Equal("In 2000, Putin visited Pyongyang.", item.Text);
    }

    [Fact]
    public void The_same_date_twice_in_a_sentence_gives_one_item()
    {
        var document = Recognized("x", "He visited Pyongyang in 2000 and returned to Moscow in 2000.", null);

        var item = Assert.Single(Build(document));

        Assert.Equal("2000", item.Date);
    }

    [Fact]
    public void The_timeline_does_not_depend_on_document_order()
    {
        var documents = Summit();

        var forward = Build(documents);
        var backward = Build([.. documents.Reverse()]);

        Assert.Equal(forward, backward);
    }

    [Fact]
    public void Ties_on_date_break_on_document_id_then_sentence()
    {
        var b = Recognized("b", "Putin met Kim on April 25, 2019. Talks ended on April 25, 2019.", null);
        var a = Recognized("a", "The summit was on April 25, 2019.", null);

        var timeline = Build(b, a);

        Assert.Equal([("a", 0), ("b", 0), ("b", 1)], timeline.Select(i => (i.Doc, i.Sentence)));
    }

    [Fact]
    public void An_iso_week_sorts_among_the_days_of_its_week()
    {
        var week = Recognized("w", "Kim is set to hold a summit with Putin next week.", TimeTestDocuments.Date(2019, 4, 25));
        var days = Recognized("d", "Putin met Kim on April 25, 2019. Talks were planned for May 2, 2019.", null);

        var timeline = Build(week, days);

        Assert.Equal(["2019-04-25", "2019-W18", "2019-05-02"], timeline.Select(i => i.Date));
    }

    [Fact]
    public void Step_declares_its_layers()
    {
        var step = new TimelineBuilder();

        Assert.Equal("TimelineBuilder", step.Name);
        Assert.True(step.Requires.SetEquals([Layer.TimeMentions, Layer.Sentences]));
        Assert.True(step.Produces.SetEquals([Layer.Timeline]));
    }

    [Theory]
    [InlineData("2019-04-24", "2019-04-24")]
    [InlineData("2019-04-24TNI", "2019-04-24")]
    [InlineData("2019-04-24T10:35", "2019-04-24T10:35")]
    [InlineData("2019-SU", "2019")]
    [InlineData("2019-W18-WE", "2019-W18")]
    [InlineData("2019-04", "2019-04")]
    [InlineData("201X", null)]
    [InlineData("PAST_REF", null)]
    public void Timeline_dates_are_the_ISO_calendar_part_of_the_TimeML_value(string value, string? expected) =>
        Assert.Equal(expected, TimelineBuilder.CalendarDate(value));
}
