using Dossier.Core.Cleaning;
using Dossier.Core.Events;
using Dossier.Core.Model;
using Dossier.Core.Pipeline;
using Dossier.Core.Recognition;
using Dossier.Core.Text;

namespace Dossier.Core.Tests.Events;

public sealed class EventCoderTests
{
    private static Document Run(string text)
    {
        var pipeline = new PipelineBuilder()
            .Add(new ArticleCleaner())
            .Add(new Tokenizer())
            .Add(new SentenceSplitter())
            .Add(new NameRecognizer())
            .Add(new TimeRecognizer())
            .Add(new EventCoder(EventTestDictionaries.Create()))
            .Build();
        var raw = new RawDocument("d", "d.txt", "sha256:00", InputFormat.PlainText, text, new RecordHints(Published: "2019-04-20"), []);
        return pipeline.ProcessDocument(raw).Document;
    }

    [Fact]
    public void An_event_takes_the_date_its_sentence_gives_and_no_date_otherwise()
    {
        var document = Run("Arnor visited Gondor on 24 April 2019.\n\nArnor shipped grain to Gondor.");

        var visit = Assert.Single(document.Events, e => e.Cameo == "042");
        var shipment = Assert.Single(document.Events, e => e.Cameo == "070");
        Assert.Equal("2019-04-24", visit.Date);
        Assert.Null(shipment.Date);
        Assert.Equal(1, shipment.Sentence);
    }

    [Fact]
    public void Events_point_at_their_words_in_the_document()
    {
        var document = Run("Arnor's foreign minister visited Gondor on Monday.");

        var visit = Assert.Single(document.Events, e => e.Cameo == "042");
        Assert.Equal("visited", document.TextOf(visit.Span));
        Assert.Equal("ARNGOVFRM", visit.Source.ActorCode);
        Assert.Equal("Arnor's foreign minister", visit.Source.Name);
        Assert.Equal("GON", visit.Target!.ActorCode);
        Assert.Equal("Gondor", document.TextOf(visit.Target.Span!.Value));
        Assert.Equal("test.verbs:VISIT:VISIT [042:043]", visit.Rule);
    }

    [Fact]
    public void The_default_dictionaries_code_a_visit_between_real_countries()
    {
        var coder = new RecordCoder(EventDictionaries.Default);

        var codings = coder.Codings("North Korean leader Kim Jong Un visited Russia on Thursday.", new DateOnly(2019, 4, 25));

        Assert.Contains(new ExpectedCoding("PRKGOV", "RUS", "042"), codings);
        Assert.Contains(new ExpectedCoding("RUS", "PRKGOV", "043"), codings);
    }
}
