using Dossier.Core.Model;
using Dossier.Core.Pipeline;

namespace Dossier.Core.Events;

/// <summary>
/// Turns the coder's per-sentence events into corpus event records: actors linked to resolved
/// entities (their codes filling in what the coder left out), CAMEO table values, PLOVER type and
/// mode, a date (the sentence's, else the publication day), a place from the gazetteer, and the
/// same event from several documents merged into one record (<see cref="EventRecordMerger"/>).
/// </summary>
/// <remarks>
/// It reads <see cref="Document.Events"/> but does not require <see cref="Layer.Events"/>: a
/// document step always runs before every corpus step, so the order needs no check, and a
/// pipeline without a coder gets no event records rather than a configuration error.
/// </remarks>
public sealed class EventRecordBuilder(CameoTable cameo, PloverMap plover, PlaceGazetteer gazetteer) : ICorpusStep
{
    public EventRecordBuilder()
        : this(CameoTable.Default, PloverMap.Default, PlaceGazetteer.Default)
    {
    }

    public string Name => "EventRecordBuilder";

    public IReadOnlySet<Layer> Requires { get; } = Layers.Of(Layer.Events, Layer.Entities, Layer.NameMentions);

    public IReadOnlySet<Layer> Produces { get; } = Layers.Of(Layer.EventRecords);

    public void Process(Corpus corpus, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        var linker = new EventActorLinker(corpus.Entities);
        var places = new EventPlaceFinder(gazetteer);
        var reports = new List<EventReport>();
        foreach (var document in corpus.Documents)
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var coded in document.Events)
            {
                reports.Add(new EventReport(
                    linker.Link(document.Id, coded.Source),
                    coded.Target is { } target ? linker.Link(document.Id, target) : null,
                    coded.Cameo.Trim(),
                    EventDates.Of(coded, document),
                    places.Find(document, coded),
                    new Citation(document.Id, coded.Sentence),
                    coded.Rule,
                    coded.Mode));
            }
        }

        corpus.Events = new EventRecordMerger(cameo, plover).Merge(reports);
    }
}
