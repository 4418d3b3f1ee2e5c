using Dossier.Core.Model;
using Dossier.Core.Pipeline;

namespace Dossier.Core.CorpusAnalysis;

/// <summary>
/// Groups documents into stories by the entities they share, and writes each story an
/// extractive summary of cited sentences. A first version: documents join one story when the
/// Jaccard overlap of their entity sets reaches <see cref="StoryBuilderOptions.MinEntityOverlap"/>;
/// summary sentences are those naming the entities most sources share, without repeats.
/// </summary>
public sealed class StoryBuilder(StoryBuilderOptions options) : ICorpusStep
{
    public StoryBuilder()
        : this(new StoryBuilderOptions())
    {
    }

    public string Name => "StoryBuilder";

    public IReadOnlySet<Layer> Requires { get; } = Layers.Of(Layer.Sentences, Layer.Entities);

    public IReadOnlySet<Layer> Produces { get; } = Layers.Of(Layer.Stories);

    public StoryBuilderOptions Options { get; } = options;

    public void Process(Corpus corpus, CancellationToken cancellationToken)
    {
        var documents = corpus.Documents.Where(d => d.Sentences.Count > 0).ToList();
        var mentionsByDoc = MentionsByDocument(corpus);
        var entitySets = documents.Select(d => mentionsByDoc.TryGetValue(d.Id, out var m) ? m.Select(x => x.Entity).ToHashSet(StringComparer.Ordinal) : []).ToList();
        var groups = Group(entitySets);
        var stories = new List<Story>();
        foreach (var group in groups)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var members = group.Select(i => documents[i]).ToList();
            var documentFrequency = group.SelectMany(i => entitySets[i]).GroupBy(e => e, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
            var title = Medoid(group, entitySets) is var medoid && documents[medoid].Metadata.Title is { Length: > 0 } t ? t : documents[medoid].Id;
            var summary = Summarise(members, mentionsByDoc, documentFrequency);
            stories.Add(new Story($"story-{stories.Count + 1}", title, [.. members.Select(d => d.Id)], summary, [], [], [], []));
        }

        corpus.Stories = stories;
    }

    private static Dictionary<string, List<(TextSpan Span, string Entity)>> MentionsByDocument(Corpus corpus)
    {
        var byDoc = new Dictionary<string, List<(TextSpan Span, string Entity)>>(StringComparer.Ordinal);
        foreach (var entity in corpus.Entities)
        {
            foreach (var mention in entity.Mentions)
            {
                if (!byDoc.TryGetValue(mention.Doc, out var list))
                {
                    byDoc[mention.Doc] = list = [];
                }

                list.Add((mention.Span, entity.Id));
            }
        }

        return byDoc;
    }

    // Single-link grouping: a document joins every group it overlaps enough with (union-find).
    private List<List<int>> Group(List<HashSet<string>> entitySets)
    {
        var parent = Enumerable.Range(0, entitySets.Count).ToArray();
        int Find(int i) => parent[i] == i ? i : parent[i] = Find(parent[i]);
        for (var i = 0; i < entitySets.Count; i++)
        {
            for (var j = i + 1; j < entitySets.Count; j++)
            {
                if (Jaccard(entitySets[i], entitySets[j]) >= Options.MinEntityOverlap)
                {
                    parent[Find(j)] = Find(i);
                }
            }
        }

        return [.. Enumerable.Range(0, entitySets.Count).GroupBy(Find).Select(g => g.ToList())];
    }

    private static int Medoid(List<int> group, List<HashSet<string>> entitySets) =>
        group.OrderByDescending(i => group.Where(j => j != i).Sum(j => Jaccard(entitySets[i], entitySets[j]))).ThenBy(i => i).First();

    private List<CitedStatement> Summarise(List<Document> members, Dictionary<string, List<(TextSpan Span, string Entity)>> mentionsByDoc, Dictionary<string, int> documentFrequency)
    {
        var candidates = new List<(double Score, Document Doc, int Sentence, string Text, HashSet<string> Words)>();
        foreach (var doc in members)
        {
            var mentions = mentionsByDoc.GetValueOrDefault(doc.Id) ?? [];
            for (var s = 0; s < doc.Sentences.Count; s++)
            {
                var span = doc.Sentences[s].Span;
                var text = Normalise(doc.TextOf(span));
                var words = Words(text);
                if (words.Count < Options.MinSummaryWords || text.Contains('“', StringComparison.Ordinal) || text.Contains('"', StringComparison.Ordinal))
                {
                    continue;
                }

                var entities = mentions.Where(m => span.Contains(m.Span)).Select(m => m.Entity).Distinct(StringComparer.Ordinal);
                var score = entities.Sum(e => documentFrequency.GetValueOrDefault(e)) / (1.0 + (0.15 * s));
                if (score > 0)
                {
                    candidates.Add((score, doc, s, text, words));
                }
            }
        }

        var chosen = new List<(double Score, Document Doc, int Sentence, string Text, HashSet<string> Words)>();
        foreach (var candidate in candidates.OrderByDescending(c => c.Score).ThenBy(c => c.Doc.Id, StringComparer.Ordinal).ThenBy(c => c.Sentence))
        {
            if (chosen.Count == Options.MaxSummarySentences)
            {
                break;
            }

            if (chosen.All(c => Jaccard(c.Words, candidate.Words) < 0.5))
            {
                chosen.Add(candidate);
            }
        }

        return [.. chosen.Select(c => new CitedStatement(c.Text, [new Citation(c.Doc.Id, c.Sentence)]))];
    }

    private static HashSet<string> Words(string text) =>
        text.Split([' ', ',', '.', ';', ':', '?', '!', '(', ')'], StringSplitOptions.RemoveEmptyEntries).Select(w => w.ToUpperInvariant()).ToHashSet(StringComparer.Ordinal);

    private static string Normalise(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static double Jaccard(HashSet<string> a, HashSet<string> b)
    {
        if (a.Count == 0 || b.Count == 0)
        {
            return 0;
        }

        var shared = a.Count(b.Contains);
        return shared / (double)(a.Count + b.Count - shared);
    }
}
