namespace Dossier.Core.Models;

/// <summary>
/// Learns <see cref="WordClusters"/> from unlabelled sentences. Each word seen at least
/// <see cref="MinCount"/> times is described by the words around it (two either side, among the
/// <see cref="ContextWords"/> most frequent words, square-root counts, unit length); words are
/// then grouped by spherical k-means, top-down: <see cref="Branching"/>[0] classes, each split
/// into <see cref="Branching"/>[1], and each of those into <see cref="Branching"/>[2]. The
/// starting centres are drawn from a seeded generator, so the classes are reproducible.
/// </summary>
public sealed class WordClusterBuilder
{
    private const uint SentenceEdge = 0x5EB0u;

    public int MinCount { get; init; } = 2;

    public int ContextWords { get; init; } = 1000;

    public int[] Branching { get; init; } = [32, 16, 4];

    public int Iterations { get; init; } = 10;

    public int Seed { get; init; } = 20031;

    public WordClusters Build(IEnumerable<IReadOnlyList<string>> sentences)
    {
        var corpus = sentences.Select(s => s.Select(w => FeatureHash.Normalized(w)).ToArray()).ToList();
        var counts = new Dictionary<uint, int>();
        foreach (var sentence in corpus)
        {
            foreach (var word in sentence)
            {
                counts[word] = counts.GetValueOrDefault(word) + 1;
            }
        }

        var vocabulary = counts.Where(c => c.Value >= MinCount).Select(c => c.Key).Order().ToArray();
        var wordIndex = vocabulary.Select((w, i) => (w, i)).ToDictionary(p => p.w, p => p.i);
        var contextIndex = counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key).Take(ContextWords)
            .Select((c, i) => (c.Key, i)).ToDictionary(p => p.Key, p => p.i);
        contextIndex[SentenceEdge] = contextIndex.Count;
        var vectors = ContextVectors(corpus, wordIndex, contextIndex);

        var clusters = new WordClusters();
        var random = new Random(Seed);
        var classes = new uint[vocabulary.Length, Branching.Length];
        Split(vectors, [.. Enumerable.Range(0, vocabulary.Length)], 0, 0, classes, random);
        Span<uint> wordClasses = stackalloc uint[WordClusters.Levels];
        for (var i = 0; i < vocabulary.Length; i++)
        {
            for (var level = 0; level < WordClusters.Levels; level++)
            {
                wordClasses[level] = classes[i, Math.Min(level, Branching.Length - 1)];
            }

            clusters.Add(vocabulary[i], wordClasses);
        }

        return clusters;
    }

    private void Split(SparseVectors vectors, int[] members, int level, uint parent, uint[,] classes, Random random)
    {
        var k = Branching[level];
        var assignment = SphericalKMeans.Cluster(vectors, members, k, Iterations, random);
        var children = new List<int>[k];
        for (var c = 0; c < k; c++)
        {
            children[c] = [];
        }

        for (var m = 0; m < members.Length; m++)
        {
            var id = (parent * (uint)k) + (uint)assignment[m] + 1;
            classes[members[m], level] = id;
            children[assignment[m]].Add(members[m]);
        }

        if (level + 1 < Branching.Length)
        {
            for (var c = 0; c < k; c++)
            {
                Split(vectors, [.. children[c]], level + 1, (parent * (uint)k) + (uint)c, classes, random);
            }
        }
    }

    private static SparseVectors ContextVectors(List<uint[]> corpus, Dictionary<uint, int> wordIndex, Dictionary<uint, int> contextIndex)
    {
        ReadOnlySpan<int> offsets = [-2, -1, 1, 2];
        ReadOnlySpan<float> weights = [0.5f, 1f, 1f, 0.5f];
        var width = contextIndex.Count;
        var cells = new Dictionary<long, float>();
        foreach (var sentence in corpus)
        {
            for (var i = 0; i < sentence.Length; i++)
            {
                if (!wordIndex.TryGetValue(sentence[i], out var row))
                {
                    continue;
                }

                for (var o = 0; o < offsets.Length; o++)
                {
                    var j = i + offsets[o];
                    var neighbour = j < 0 || j >= sentence.Length ? SentenceEdge : sentence[j];
                    if (contextIndex.TryGetValue(neighbour, out var column))
                    {
                        var key = ((long)row * offsets.Length * width) + (o * width) + column;
                        cells[key] = cells.GetValueOrDefault(key) + weights[o];
                    }
                }
            }
        }

        // Positive pointwise mutual information: how much more often than by chance the context
        // occurs around the word (context counts smoothed by the power 0.75, as is usual).
        var columns = offsets.Length * width;
        var rowTotals = new double[wordIndex.Count];
        var columnTotals = new double[columns];
        foreach (var (key, count) in cells)
        {
            rowTotals[key / columns] += count;
            columnTotals[key % columns] += count;
        }

        var smoothedTotal = 0.0;
        for (var c = 0; c < columns; c++)
        {
            columnTotals[c] = Math.Pow(columnTotals[c], 0.75);
            smoothedTotal += columnTotals[c];
        }

        foreach (var key in cells.Keys.ToArray())
        {
            var pmi = Math.Log(cells[key] * smoothedTotal / (rowTotals[key / columns] * columnTotals[key % columns]));
            cells[key] = (float)Math.Max(0, pmi);
        }

        return SparseVectors.FromCells(wordIndex.Count, columns, cells);
    }
}
