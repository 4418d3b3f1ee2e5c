namespace Dossier.Core.CorpusAnalysis.Clustering;

/// <summary>
/// Cuts apart stories that the merging joined through one shared word ("gas" in Russian gas
/// supplies and in pump prices; "American" in an airline deal and a clothing retailer): a story of
/// at least <see cref="StoryClusterOptions.MinSplitSize"/> documents is divided by 2-means, and
/// the halves become stories of their own when their centroids' cosine is below
/// <see cref="StoryClusterOptions.SplitSimilarity"/>. Near-copies stay on one side. Each story is
/// visited a bounded number of times, so the work is linear in its documents.
/// </summary>
internal static class StorySplitter
{
    // A half holding fewer than this share of the story is a few outliers, not a second story.
    private const double MinHalfShare = 0.15;

    // A story may be cut, and its halves cut again, but no further.
    private const int MaxDepth = 2;

    private const int Iterations = 6;

    public static List<StoryCentroid> Split(List<StoryCentroid> stories, SparseVector[] vectors, IReadOnlyList<ClusterDocument> documents, IReadOnlyDictionary<int, int> groupOf, StoryClusterOptions options, CancellationToken cancellationToken)
    {
        if (options.SplitSimilarity <= 0)
        {
            return stories;
        }

        var done = new List<StoryCentroid>();
        var pending = new Stack<(StoryCentroid Story, int Depth)>(stories.Select(s => (s, 0)).Reverse());
        while (pending.TryPop(out var item))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (story, depth) = item;
            if (depth < MaxDepth && story.Members.Count >= options.MinSplitSize
                && TwoMeans(story, vectors, documents, groupOf) is { } halves
                && Math.Min(halves.First.Members.Count, halves.Second.Members.Count) >= MinHalfShare * story.Members.Count
                && halves.First.Cosine(halves.Second) < options.SplitSimilarity)
            {
                pending.Push((halves.Second, depth + 1));
                pending.Push((halves.First, depth + 1));
            }
            else
            {
                done.Add(story);
            }
        }

        return done;
    }

    // Seeds: the member least like the story, then the member least like that one.
    private static (StoryCentroid First, StoryCentroid Second)? TwoMeans(StoryCentroid story, SparseVector[] vectors, IReadOnlyList<ClusterDocument> documents, IReadOnlyDictionary<int, int> groupOf)
    {
        var members = story.Members.Order().ToList();
        var outlier = members.MinBy(m => story.Cosine(vectors[m]));
        var opposite = members.MinBy(m => vectors[outlier].Dot(vectors[m]));
        var first = Seed(outlier, vectors, documents);
        var second = Seed(opposite, vectors, documents);
        for (var iteration = 0; iteration < Iterations; iteration++)
        {
            var (nextFirst, nextSecond) = (new StoryCentroid(), new StoryCentroid());
            var sideOfGroup = new Dictionary<int, bool>();
            foreach (var m in members)
            {
                var toFirst = first.Cosine(vectors[m]) >= second.Cosine(vectors[m]);
                if (groupOf.TryGetValue(m, out var group) && !sideOfGroup.TryAdd(group, toFirst))
                {
                    toFirst = sideOfGroup[group];
                }

                (toFirst ? nextFirst : nextSecond).Add(m, vectors[m], documents[m].Published);
            }

            if (nextFirst.Members.Count == 0 || nextSecond.Members.Count == 0)
            {
                return null;
            }

            (first, second) = (nextFirst, nextSecond);
        }

        return (first, second);
    }

    private static StoryCentroid Seed(int member, SparseVector[] vectors, IReadOnlyList<ClusterDocument> documents)
    {
        var seed = new StoryCentroid();
        seed.Add(member, vectors[member], documents[member].Published);
        return seed;
    }
}
