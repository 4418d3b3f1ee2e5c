using Dossier.Core.CorpusAnalysis.Clustering;
using Dossier.Core.Model;
using Dossier.Core.Pipeline;

namespace Dossier.Core.CorpusAnalysis;

/// <summary>
/// Groups documents into stories and writes each story an extractive summary of cited sentences.
/// Copies of one article are found first (<see cref="NearDuplicateDetector"/>) and kept in one
/// story; stories are formed by <see cref="StoryClusterer"/> from the documents' content words,
/// headlines, resolved entities and publication dates. A story's title is the headline of its most
/// central document. Summary sentences are those naming the entities most sources share, without
/// repeats.
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
        var copies = new NearDuplicateDetector(Options.NearDuplicates).Find([.. documents.Select(d => d.Text)], cancellationToken);
        var inputs = documents.Select((d, i) => new ClusterDocument(d.Id, d.Metadata.Title ?? string.Empty, d.Text, [.. entitySets[i].Order(StringComparer.Ordinal)], d.Metadata.Published?.Value)).ToList();
        var clusters = new StoryClusterer(Options.Clustering).Cluster(inputs, copies, cancellationToken);
        var storyOf = new Dictionary<int, int>();
        for (var c = 0; c < clusters.Count; c++)
        {
            foreach (var member in clusters[c].Members)
            {
                storyOf[member] = c;
            }
        }

        // A story's summary reads its own documents only: the summaries are written on every core.
        var summaries = new List<CitedStatement>[clusters.Count];
        Parallel.For(0, clusters.Count, new ParallelOptions { CancellationToken = cancellationToken }, c =>
        {
            var members = clusters[c].Members.Select(i => documents[i]).ToList();
            var documentFrequency = clusters[c].Members.SelectMany(i => entitySets[i]).GroupBy(e => e, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
            summaries[c] = Summarise(members, mentionsByDoc, documentFrequency);
        });

        var copiesByStory = copies.ToLookup(g => storyOf[g[0]]);
        var stories = new List<Story>();
        for (var c = 0; c < clusters.Count; c++)
        {
            var cluster = clusters[c];
            var central = documents[cluster.Central];
            var title = central.Metadata.Title is { Length: > 0 } t ? t : central.Id;
            var storyCopies = copiesByStory[c].Select(g => (IReadOnlyList<string>)[.. g.Select(i => documents[i].Id)]).ToList();
            stories.Add(new Story($"story-{c + 1}", title, [.. cluster.Members.Select(i => documents[i].Id)], summaries[c], [], [], [], [], storyCopies));
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

    private List<CitedStatement> Summarise(List<Document> members, Dictionary<string, List<(TextSpan Span, string Entity)>> mentionsByDoc, Dictionary<string, int> documentFrequency)
    {
        var candidates = new List<(double Score, Document Doc, int Sentence, string Text, HashSet<string> Words)>();
        foreach (var doc in members)
        {
            var mentions = mentionsByDoc.GetValueOrDefault(doc.Id) ?? [];
            for (var s = 0; s < doc.Sentences.Count; s++)
            {
                var span = doc.Sentences[s].Span;
                var entities = mentions.Where(m => span.Contains(m.Span)).Select(m => m.Entity).Distinct(StringComparer.Ordinal);
                var score = entities.Sum(e => documentFrequency.GetValueOrDefault(e)) / (1.0 + (0.15 * s));
                if (score <= 0)
                {
                    continue;
                }

                var text = Normalise(doc.TextOf(span));
                var words = Words(text);
                if (words.Count >= Options.MinSummaryWords && !text.Contains('“', StringComparison.Ordinal) && !text.Contains('"', StringComparison.Ordinal))
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
