namespace Dossier.Core.CorpusAnalysis.Clustering;

/// <summary>
/// Moves each document to the story that best explains its words, read as a mixture of word
/// distributions, one per story (a Dirichlet multinomial mixture, as used for short texts): a
/// story scores by its size and by how likely its own word counts, smoothed by
/// <see cref="StoryClusterOptions.MixtureSmoothing"/>, make the document's words. Unlike cosine to
/// a centroid, a word the story uses often counts for more than a word it used once, and a story's
/// many rare words do not dilute the match. The document may also start a story of its own.
/// Starting from the stories found by the passes before, it sweeps over the documents
/// <see cref="StoryClusterOptions.MixturePasses"/> times, always taking the best story (no
/// sampling, so the result does not depend on a seed). Each document scores only its current
/// story and the few that share most of its words, found through an index from words to stories,
/// so the work is linear in the corpus. Near-copies stay where they are.
/// </summary>
internal static class StoryMixtureRefiner
{
    public static List<StoryCentroid> Refine(List<StoryCentroid> stories, SparseVector[] vectors, IReadOnlyList<ClusterDocument> documents, IReadOnlyDictionary<int, int> groupOf, StoryClusterOptions options, CancellationToken cancellationToken)
    {
        if (options.MixturePasses <= 0 || stories.Count == 0)
        {
            return stories;
        }

        var words = WordCounts(documents);
        var mixture = new StoryMixture(words, options);
        for (var s = 0; s < stories.Count; s++)
        {
            mixture.AddStory();
            foreach (var member in stories[s].Members)
            {
                mixture.Place(member, s);
            }
        }

        for (var pass = 0; pass < options.MixturePasses; pass++)
        {
            var spans = Spans(mixture, documents);
            for (var d = 0; d < documents.Count; d++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (groupOf.ContainsKey(d) || words[d].Length == 0)
                {
                    continue;
                }

                var current = mixture.StoryOf(d);
                mixture.Remove(d);
                var best = current;
                var bestScore = mixture.Score(d, current);
                foreach (var candidate in mixture.Candidates(d, options.MaxStoriesPerTerm, options.MaxCandidates))
                {
                    if (candidate != current && IsNear(spans[candidate], documents[d].Published, options.MaxDaysApart) && mixture.Score(d, candidate) is var score && score > bestScore)
                    {
                        (best, bestScore) = (candidate, score);
                    }
                }

                if (mixture.NewStoryScore(d) > bestScore)
                {
                    best = mixture.AddStory();
                    spans.Add((null, null));
                }

                mixture.Place(d, best);
            }
        }

        var refined = new Dictionary<int, StoryCentroid>();
        for (var d = 0; d < documents.Count; d++)
        {
            var story = mixture.StoryOf(d);
            if (!refined.TryGetValue(story, out var centroid))
            {
                refined[story] = centroid = new StoryCentroid();
            }

            centroid.Add(d, vectors[d], documents[d].Published);
        }

        return [.. refined.OrderBy(r => r.Key).Select(r => r.Value)];
    }

    /// <summary>Each document's content words (headline and body, each occurrence once) as word ids and counts.</summary>
    private static (int Word, int Count)[][] WordCounts(IReadOnlyList<ClusterDocument> documents)
    {
        var vocabulary = new Dictionary<string, int>(StringComparer.Ordinal);
        var counts = new (int Word, int Count)[documents.Count][];
        for (var d = 0; d < documents.Count; d++)
        {
            var bag = new Dictionary<int, int>();
            foreach (var word in ContentWords.Of(documents[d].Title).Concat(ContentWords.Of(documents[d].Body)))
            {
                if (!vocabulary.TryGetValue(word, out var id))
                {
                    vocabulary[word] = id = vocabulary.Count;
                }

                bag[id] = bag.GetValueOrDefault(id) + 1;
            }

            counts[d] = [.. bag.OrderBy(b => b.Key).Select(b => (b.Key, b.Value))];
        }

        return counts;
    }

    private static List<(DateTime? First, DateTime? Last)> Spans(StoryMixture mixture, IReadOnlyList<ClusterDocument> documents)
    {
        var spans = Enumerable.Repeat<(DateTime? First, DateTime? Last)>((null, null), mixture.StoryCount).ToList();
        for (var d = 0; d < documents.Count; d++)
        {
            if (documents[d].Published is { } date)
            {
                var s = mixture.StoryOf(d);
                var (first, last) = spans[s];
                spans[s] = (first is { } f && f < date ? f : date, last is { } l && l > date ? l : date);
            }
        }

        return spans;
    }

    private static bool IsNear((DateTime? First, DateTime? Last) span, DateTime? published, double maxDaysApart)
    {
        if (published is not { } date || span.First is not { } first || span.Last is not { } last)
        {
            return true;
        }

        var gap = date < first ? first - date : date > last ? date - last : TimeSpan.Zero;
        return gap.TotalDays <= maxDaysApart;
    }
}
