using Dossier.Core.Model;
using Dossier.Core.Pipeline;
using Dossier.Core.Reading;

namespace Dossier.Core.Tests.Events;

/// <summary>The events the default pipeline codes in the five sample articles about the 2019 Kim–Putin summit.</summary>
public sealed class SampleCorpusEventTests
{
    private static readonly Lazy<List<Document>> Analysed = new(Analyse);

    private static List<Document> Analyse()
    {
        var reader = new DocumentReader();
        var pipeline = DefaultPipeline.Create();
        var raws = InputCollector.Collect([RepositoryPaths.Samples]).Files.SelectMany(f => reader.Read(f).Documents);
        return [.. raws.Select(r => pipeline.ProcessDocument(r).Document)];
    }

    private static IEnumerable<(Document Document, CodedEvent Event)> Events() =>
        Analysed.Value.SelectMany(d => d.Events.Select(e => (d, e)));

    [Fact]
    public void Kims_visit_to_Russia_is_coded_as_a_visit_by_the_North_Korean_government()
    {
        var visits = Events().Where(x => x.Event is { Cameo: "042", Source.ActorCode: "PRKGOV", Target.ActorCode: "RUS", Mode: EventMode.Asserted }).ToList();

        Assert.Contains(visits, x => x.Document.Id.StartsWith("003", StringComparison.Ordinal) && x.Event.Source.Name == "Kim Jong-un" && x.Document.TextOf(x.Event.Span) == "visited");
    }

    [Fact]
    public void The_Kim_Putin_meeting_is_coded_between_the_two_governments()
    {
        Assert.Contains(Events(), x => x.Event is { Source.ActorCode: "PRKGOV", Target.ActorCode: "RUSGOV" } && x.Event.Cameo.StartsWith("04", StringComparison.Ordinal));
    }

    [Fact]
    public void The_arrival_for_the_summit_is_coded_with_the_pattern_that_matched()
    {
        var arrival = Assert.Single(Events(), x => x.Event is { Source.ActorCode: "PRKGOV", Target.ActorCode: "RUS" } && x.Document.TextOf(x.Event.Span) == "arrived");

        Assert.Equal("046", arrival.Event.Cameo);
        Assert.Equal("CAMEO.2.0.txt:ARRIVE:- * (IN ^) (FOR SUMMIT) [046:046]", arrival.Event.Rule);
    }

    [Theory]
    [InlineData("may encourage Russia to play a more active role")]
    [InlineData("could be taken as a new chip for both Moscow and Pyongyang")]
    [InlineData("Kim can’t visit Beijing")]
    public void No_asserted_event_comes_from_a_sentence_that_only_speculates(string words)
    {
        var found = Events().Where(x => x.Document.TextOf(x.Document.Sentences[x.Event.Sentence].Span).Contains(words, StringComparison.Ordinal)).ToList();

        Assert.All(found, x => Assert.NotEqual(EventMode.Asserted, x.Event.Mode));
    }

    [Fact]
    public void Every_event_names_its_sentence_verb_actors_and_rule()
    {
        Assert.NotEmpty(Events());
        foreach (var (document, coded) in Events())
        {
            Assert.InRange(coded.Sentence, 0, document.Sentences.Count - 1);
            Assert.True(document.Sentences[coded.Sentence].Span.Contains(coded.Span), $"{document.Id}: verb {coded.Span} outside its sentence");
            Assert.NotNull(coded.Source.Span);
            Assert.Equal(coded.Source.Name, document.TextOf(coded.Source.Span!.Value));
            Assert.StartsWith("CAMEO.2.0.txt:", coded.Rule, StringComparison.Ordinal);
            Assert.Matches("^[0-9]{3,4}$", coded.Cameo);
        }
    }
}
