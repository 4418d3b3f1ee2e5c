using Dossier.Core.Model;
using Dossier.Core.Pipeline;

namespace Dossier.Core.CorpusAnalysis;

/// <summary>
/// Compares what the documents of each story say: claims aligned across outlets (agreements and
/// exclusives), numbers that disagree (conflicts), words an outlet adds to judge a shared fact
/// (framing), a cited multi-document summary, and the story's own timeline.
/// </summary>
public sealed class StoryAnalyzer(StoryAnalyzerOptions options) : ICorpusStep
{
    public StoryAnalyzer()
        : this(new StoryAnalyzerOptions())
    {
    }

    public string Name => "StoryAnalyzer";

    public IReadOnlySet<Layer> Requires { get; } = Layers.Of(Layer.Stories, Layer.Entities, Layer.Timeline, Layer.Amounts, Layer.TimeMentions, Layer.Quotes);

    public IReadOnlySet<Layer> Produces { get; } = Layers.None;

    public StoryAnalyzerOptions Options { get; } = options;

    public void Process(Corpus corpus, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        var entities = ClaimExtractor.EntitiesBySentence(corpus);
        var entityTypes = corpus.Entities.ToDictionary(e => e.Id, e => e.Type, StringComparer.Ordinal);
        var mentionsByDoc = corpus.Entities
            .SelectMany(e => e.Mentions.Select(m => (m.Doc, m.Span, Entity: e)))
            .GroupBy(m => m.Doc, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(m => (m.Span, m.Entity)).OrderBy(m => m.Span.Start).ToList(), StringComparer.Ordinal);
        var timelineByDoc = corpus.Timeline.Select((item, position) => (item, position)).ToLookup(t => t.item.Doc, StringComparer.Ordinal);

        // Stories are analysed independently, on every core; each keeps its place in the list.
        var stories = new Story[corpus.Stories.Count];
        var parallel = new ParallelOptions { CancellationToken = cancellationToken };
        Parallel.For(0, stories.Length, parallel, s => stories[s] = Analyse(corpus, corpus.Stories[s], entities, entityTypes, mentionsByDoc, timelineByDoc));
        corpus.Stories = stories;
    }

    private Story Analyse(
        Corpus corpus,
        Story story,
        Dictionary<(string Doc, int Sentence), HashSet<string>> entities,
        Dictionary<string, EntityType> entityTypes,
        Dictionary<string, List<(TextSpan Span, Entity Entity)>> mentionsByDoc,
        ILookup<string, (TimelineItem Item, int Position)> timelineByDoc)
    {
        var documents = story.Documents.Where(corpus.ById.ContainsKey).Select(id => corpus.ById[id]).ToList();
        var outlets = ClaimOutlets.Assign(documents);
        var claims = ClaimExtractor.Extract(documents, outlets, entities);
        var aligner = new ClaimAligner(claims, Options.AlignmentThreshold);
        var framing = FramingFinder.Find(aligner);
        var framed = framing.Select(f => new Citation(f.Doc, corpus.ById[f.Doc].SentenceAt(f.Span.Start))).ToHashSet();
        return story with
        {
            Summary = StorySummarizer.Summarise(aligner, entityTypes, framed, Options.SummarySentences),
            Agreements = ClaimAgreements.Agreements(aligner, framed),
            Exclusives = ClaimAgreements.Exclusives(aligner, Options.MaxExclusivesPerOutlet),
            Conflicts = ConflictFinder.Find(aligner, mentionsByDoc),
            Framing = framing,
            Timeline = StoryTimeline(story, timelineByDoc),
        };
    }

    /// <summary>The corpus timeline's items from the story's documents, in the corpus timeline's order.</summary>
    private static List<TimelineItem> StoryTimeline(Story story, ILookup<string, (TimelineItem Item, int Position)> timelineByDoc)
    {
        return [.. story.Documents.Distinct(StringComparer.Ordinal).SelectMany(d => timelineByDoc[d]).OrderBy(t => t.Position).Select(t => t.Item)];
    }
}
