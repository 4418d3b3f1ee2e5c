namespace Dossier.Core.CorpusAnalysis.Clustering;

/// <summary>
/// Single-pass centroid clustering of documents into stories, in order of publication. Each
/// document finds candidate stories through an inverted index from its heaviest terms to the
/// stories that contain them (only the most recent stories per term are scanned), compares itself
/// in full with the few best candidates, and joins the most similar one whose centroid it reaches
/// <see cref="StoryClusterOptions.MinSimilarity"/> and whose dates are near its own; otherwise it
/// starts a story. Rounds of centroid linkage then merge stories whose centroids reach
/// <see cref="StoryClusterOptions.MergeSimilarity"/>, found through the same kind of index, and
/// stories whose two halves lie apart are cut (<see cref="StorySplitter"/>); documents may then move
/// to the story that best explains their words (<see cref="StoryMixtureRefiner"/>). Term vectors may first
/// be widened by the words that keep company in the batch (<see cref="CooccurrenceExpansion"/>).
/// The work per document and per story is bounded, so the whole is linear in the corpus.
/// </summary>
public sealed class StoryClusterer(StoryClusterOptions options)
{
    public StoryClusterOptions Options { get; } = options;

    /// <summary>
    /// Stories, largest first (ties: earliest first member). <paramref name="linked"/> holds groups of
    /// positions that must share a story (near-copies of one article).
    /// </summary>
    public IReadOnlyList<StoryCluster> Cluster(IReadOnlyList<ClusterDocument> documents, IReadOnlyList<IReadOnlyList<int>>? linked = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var vectors = CooccurrenceExpansion.Expand(TermVectorizer.Vectorize(documents, Options), Options);
        var groupOf = new Dictionary<int, int>();
        for (var g = 0; g < (linked?.Count ?? 0); g++)
        {
            foreach (var member in linked![g])
            {
                groupOf.TryAdd(member, g);
            }
        }

        var clusters = new List<StoryCentroid>();
        var clusterOf = new int[documents.Count];
        var groupCluster = new Dictionary<int, int>();
        var index = new Dictionary<int, List<int>>();
        foreach (var d in PublicationOrder(documents))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var vector = vectors[d];
            var heaviest = vector.Heaviest(Options.IndexedTerms);
            var published = documents[d].Published;
            int chosen;
            if (groupOf.TryGetValue(d, out var group) && groupCluster.TryGetValue(group, out var linkedCluster))
            {
                chosen = linkedCluster;
            }
            else
            {
                chosen = BestCluster(vector, heaviest, published, clusters, index);
                if (chosen < 0)
                {
                    chosen = clusters.Count;
                    clusters.Add(new StoryCentroid());
                }

                if (groupOf.TryGetValue(d, out group))
                {
                    groupCluster[group] = chosen;
                }
            }

            var cluster = clusters[chosen];
            cluster.Add(d, vector, published);
            clusterOf[d] = chosen;
            foreach (var position in heaviest)
            {
                var term = vector.Terms[position];
                if (cluster.IndexedTerms.Add(term))
                {
                    if (!index.TryGetValue(term, out var postings))
                    {
                        index[term] = postings = [];
                    }

                    postings.Add(chosen);
                }
            }
        }

        clusters = StorySplitter.Split(Merge(clusters, cancellationToken), vectors, documents, groupOf, Options, cancellationToken);
        clusters = StoryMixtureRefiner.Refine(clusters, vectors, documents, groupOf, Options, cancellationToken);
        return [.. clusters
            .Select(c => new StoryCluster([.. c.Members.Order()], Central(c, vectors)))
            .OrderByDescending(c => c.Members.Count)
            .ThenBy(c => c.Members[0])];
    }

    // Rounds of centroid linkage: each round pairs every story with its most similar candidate
    // (pairs taken best first, a story in one pair a round) and merges the pairs that reach
    // MergeSimilarity, undoing the splits that the single pass makes when a story's first
    // documents have few words in common.
    private List<StoryCentroid> Merge(List<StoryCentroid> clusters, CancellationToken cancellationToken)
    {
        for (var round = 0; round < Options.MaxMergeRounds; round++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var heaviest = clusters.Select(c => c.Heaviest(Options.IndexedTerms)).ToList();
            var index = new Dictionary<int, List<int>>();
            var pairs = new List<(double Similarity, int First, int Second)>();
            for (var c = 0; c < clusters.Count; c++)
            {
                var overlap = new Dictionary<int, double>();
                foreach (var (term, weight) in heaviest[c])
                {
                    if (!index.TryGetValue(term, out var postings))
                    {
                        index[term] = postings = [];
                    }

                    for (var p = Math.Max(0, postings.Count - Options.MaxStoriesPerTerm); p < postings.Count; p++)
                    {
                        overlap[postings[p]] = overlap.GetValueOrDefault(postings[p]) + weight;
                    }

                    postings.Add(c);
                }

                foreach (var other in overlap.OrderByDescending(o => o.Value).ThenBy(o => o.Key).Take(Options.MaxCandidates).Select(o => o.Key))
                {
                    if (clusters[c].IsNear(clusters[other], Options.MaxDaysApart) && clusters[c].Cosine(clusters[other]) is var similarity && similarity >= Options.MergeSimilarity)
                    {
                        pairs.Add((similarity, other, c));
                    }
                }
            }

            if (pairs.Count == 0)
            {
                break;
            }

            var merged = new HashSet<int>();
            foreach (var (_, first, second) in pairs.OrderByDescending(p => p.Similarity).ThenBy(p => p.First).ThenBy(p => p.Second))
            {
                if (!merged.Contains(first) && !merged.Contains(second))
                {
                    clusters[first].Absorb(clusters[second]);
                    merged.Add(first);
                    merged.Add(second);
                    clusters[second] = null!;
                }
            }

            clusters = [.. clusters.Where(c => c is not null)];
        }

        return clusters;
    }

    private static IEnumerable<int> PublicationOrder(IReadOnlyList<ClusterDocument> documents) =>
        Enumerable.Range(0, documents.Count)
            .OrderBy(i => documents[i].Published is null ? 1 : 0)
            .ThenBy(i => documents[i].Published ?? DateTime.MinValue)
            .ThenBy(i => i);

    private int BestCluster(SparseVector vector, int[] heaviest, DateTime? published, List<StoryCentroid> clusters, Dictionary<int, List<int>> index)
    {
        var overlap = new Dictionary<int, double>();
        foreach (var position in heaviest)
        {
            if (!index.TryGetValue(vector.Terms[position], out var postings))
            {
                continue;
            }

            for (var p = Math.Max(0, postings.Count - Options.MaxStoriesPerTerm); p < postings.Count; p++)
            {
                overlap[postings[p]] = overlap.GetValueOrDefault(postings[p]) + vector.Weights[position];
            }
        }

        var best = -1;
        var bestSimilarity = Options.MinSimilarity;
        foreach (var candidate in overlap.OrderByDescending(o => o.Value).ThenBy(o => o.Key).Take(Options.MaxCandidates).Select(o => o.Key))
        {
            var cluster = clusters[candidate];
            if (!cluster.IsNear(published, Options.MaxDaysApart))
            {
                continue;
            }

            var similarity = cluster.Cosine(vector);
            if (similarity >= bestSimilarity)
            {
                (best, bestSimilarity) = (candidate, similarity);
            }
        }

        return best;
    }

    private static int Central(StoryCentroid cluster, SparseVector[] vectors) =>
        cluster.Members.OrderByDescending(m => cluster.Cosine(vectors[m])).ThenBy(m => m).First();
}
