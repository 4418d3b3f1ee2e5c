using Dossier.Core.Model;

namespace Dossier.Core.Output;

/// <summary>Turns an analysed corpus into the <c>dossier/1</c> JSON contract.</summary>
public static class DossierJsonMapper
{
    public const string Schema = "dossier/1";

    public static DossierJson Map(Corpus corpus, string generatorVersion)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        var entityAt = EntityIndex(corpus);
        var documents = corpus.Documents;
        return new DossierJson(
            Schema,
            new GeneratorJson("dossier", generatorVersion),
            [.. documents.Select(MapDocument)],
            [.. corpus.Entities.Select(MapEntity)],
            [.. documents.SelectMany(d => d.Quotes.Select(q => MapQuote(d, q, entityAt)))],
            [.. documents.SelectMany(d => d.Amounts.Select(a => MapAmount(d, a)))],
            [.. corpus.Timeline.Select(t => new TimelineItemJson(t.Date, t.Doc, t.Sentence, t.Text))],
            [.. corpus.Events.Select(MapEvent)],
            [.. corpus.Stories.Select(MapStory)]);
    }

    public static string Name(EntityType type) => type switch
    {
        EntityType.Person => "person",
        EntityType.Organization => "organization",
        EntityType.Country => "country",
        EntityType.Location => "location",
        _ => "other",
    };

    public static string Name(QuoteKind kind) => kind switch
    {
        QuoteKind.Direct => "direct",
        QuoteKind.Partial => "partial",
        QuoteKind.Belief => "belief",
        QuoteKind.Intention => "intention",
        QuoteKind.Finding => "finding",
        _ => "indirect",
    };

    public static string Name(RemovedKind kind) => kind switch
    {
        RemovedKind.EditorNote => "editorNote",
        _ => kind.ToString().ToLowerInvariant(),
    };

    /// <summary>One document's part of the contract; it depends on that document alone.</summary>
    public static DocumentJson MapDocument(Document d) => new(
        d.Id,
        d.Source,
        d.ContentHash,
        d.Metadata.Title,
        d.Metadata.Authors,
        d.Metadata.Published?.ToIso(),
        d.Metadata.Outlet,
        d.Metadata.OriginalOutlet,
        d.Metadata.Section,
        d.Metadata.Language,
        d.Metadata.Url,
        d.Text,
        [.. d.Removed.Select(r => new RemovedJson(Name(r.Kind), r.Text, r.Rule))],
        [.. d.Sentences.Select(s => new SpanJson(s.Span.Start, s.Span.End))],
        [.. d.Warnings.Select(w => w.ToString())]);

    private static EntityJson MapEntity(Entity e) => new(
        e.Id,
        e.Name,
        Name(e.Type),
        e.ActorCode,
        e.Description,
        e.Aliases,
        [.. e.Mentions.Select(m => new MentionJson(m.Doc, m.Span.Start, m.Span.End))]);

    private static QuoteJson MapQuote(Document d, Quote q, Dictionary<(string Doc, TextSpan Span), string> entityAt)
    {
        SpeakerJson? speaker = null;
        if (q.Speaker is { } s)
        {
            var entity = s.Span is { } span ? FindEntity(entityAt, d.Id, span) : null;
            speaker = new SpeakerJson(entity, s.Name, s.Description);
        }

        return new QuoteJson(d.Id, q.Span.Start, q.Span.End, q.Text, Name(q.Kind), speaker, q.Cue, q.Sentence);
    }

    private static AmountJson MapAmount(Document d, Amount a) =>
        new(d.Id, a.Span.Start, a.Span.End, a.Text, a.Value, a.Unit, a.About, a.Qualifier, a.Sentence, a.Kind.ToString().ToLowerInvariant());

    public static string Name(EventMode mode) => mode switch
    {
        EventMode.Asserted => "asserted",
        _ => mode.ToString().ToLowerInvariant(),
    };

    private static EventJson MapEvent(PoliticalEvent e) => new(
        MapActor(e.Source),
        e.Target is { } target ? MapActor(target) : null,
        e.Cameo,
        e.RootCode,
        e.QuadClass,
        e.Goldstein,
        e.Plover,
        e.Date,
        e.Location is { } l ? new LocationJson(l.Name, l.Country, l.Lat, l.Lon) : null,
        [.. e.Evidence.Select(c => new CitationJson(c.Doc, c.Sentence))],
        e.Rule,
        e.PloverMode,
        Name(e.Mode));

    private static EventActorJson MapActor(EventActor a) => new(a.Entity, a.ActorCode, a.Name);

    private static StoryJson MapStory(Story s) => new(
        s.Id,
        s.Title,
        s.Documents,
        [.. s.Summary.Select(MapStatement)],
        [.. s.Agreements.Select(MapStatement)],
        [.. s.Exclusives.Select(MapStatement)],
        [.. s.Conflicts.Select(c => new ConflictJson(c.About, [.. c.Claims.Select(k => new ClaimJson(k.Value, k.Doc, k.Sentence))]))],
        [.. s.Framing.Select(f => new FramingJson(f.Doc, f.Span.Start, f.Span.End, f.Text, f.Kind, f.Note))],
        s.Copies,
        [.. s.Timeline.Select(t => new TimelineItemJson(t.Date, t.Doc, t.Sentence, t.Text))]);

    private static CitedStatementJson MapStatement(CitedStatement s) =>
        new(s.Text, [.. s.Citations.Select(c => new CitationJson(c.Doc, c.Sentence))]);

    private static Dictionary<(string Doc, TextSpan Span), string> EntityIndex(Corpus corpus)
    {
        var index = new Dictionary<(string Doc, TextSpan Span), string>();
        foreach (var entity in corpus.Entities)
        {
            foreach (var mention in entity.Mentions)
            {
                index.TryAdd((mention.Doc, mention.Span), entity.Id);
            }
        }

        return index;
    }

    // The speaker's span may be wider or narrower than the entity mention ("Mr. Cho" vs "Cho").
    private static string? FindEntity(Dictionary<(string Doc, TextSpan Span), string> entityAt, string doc, TextSpan span)
    {
        if (entityAt.TryGetValue((doc, span), out var exact))
        {
            return exact;
        }

        return entityAt
            .Where(kv => kv.Key.Doc == doc && kv.Key.Span.Overlaps(span))
            .OrderByDescending(kv => Math.Min(kv.Key.Span.End, span.End) - Math.Max(kv.Key.Span.Start, span.Start))
            .ThenBy(kv => kv.Value, StringComparer.Ordinal)
            .Select(kv => kv.Value)
            .FirstOrDefault();
    }
}
