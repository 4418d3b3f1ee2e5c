namespace Dossier.Core.CorpusAnalysis.Clustering;

/// <summary>
/// Widens each document's term vector with the terms that keep company with its own in the same
/// batch, so that two headlines of one story that share few words ("Mt. Gox", "bitcoin exchange")
/// still meet. Two terms are related by the normalised pointwise mutual information of their
/// appearing together among documents' heaviest terms; each term lends
/// <see cref="StoryClusterOptions.ExpansionWeight"/> of its weight, scaled by that relatedness, to
/// its <see cref="StoryClusterOptions.ExpansionNeighbours"/> closest partners. Only the heaviest
/// <see cref="StoryClusterOptions.ExpansionTerms"/> of each document are paired, so the work is
/// linear in the number of documents.
/// </summary>
public static class CooccurrenceExpansion
{
    // A pair seen once, or a term in fewer than three documents, is chance rather than company.
    private const int MinPairCount = 2;
    private const int MinDocumentFrequency = 3;

    public static SparseVector[] Expand(SparseVector[] vectors, StoryClusterOptions options)
    {
        ArgumentNullException.ThrowIfNull(vectors);
        ArgumentNullException.ThrowIfNull(options);
        if (options.ExpansionWeight <= 0 || vectors.Length == 0)
        {
            return vectors;
        }

        var neighbours = Neighbours(vectors, options);
        var expanded = new SparseVector[vectors.Length];
        for (var d = 0; d < vectors.Length; d++)
        {
            expanded[d] = Widen(vectors[d], neighbours, options.ExpansionWeight);
        }

        return expanded;
    }

    /// <summary>For each term, its closest partners and their relatedness, closest first.</summary>
    private static Dictionary<int, (int Term, double Relatedness)[]> Neighbours(SparseVector[] vectors, StoryClusterOptions options)
    {
        var documentFrequency = new Dictionary<int, int>();
        var pairCount = new Dictionary<long, int>();
        var paired = new int[options.ExpansionTerms];
        foreach (var vector in vectors)
        {
            var heaviest = vector.Heaviest(options.ExpansionTerms);
            for (var i = 0; i < heaviest.Length; i++)
            {
                paired[i] = vector.Terms[heaviest[i]];
            }

            Array.Sort(paired, 0, heaviest.Length);
            for (var i = 0; i < heaviest.Length; i++)
            {
                documentFrequency[paired[i]] = documentFrequency.GetValueOrDefault(paired[i]) + 1;
                for (var j = i + 1; j < heaviest.Length; j++)
                {
                    var key = PairKey(paired[i], paired[j]);
                    pairCount[key] = pairCount.GetValueOrDefault(key) + 1;
                }
            }
        }

        double documents = vectors.Length;
        var candidates = new Dictionary<int, List<(int Term, double Relatedness)>>();
        foreach (var (key, count) in pairCount)
        {
            var (first, second) = ((int)(key >> 32), (int)(key & 0xFFFFFFFF));
            if (count < MinPairCount || documentFrequency[first] < MinDocumentFrequency || documentFrequency[second] < MinDocumentFrequency || count >= documents)
            {
                continue;
            }

            var pmi = Math.Log(count * documents / ((double)documentFrequency[first] * documentFrequency[second]));
            if (pmi <= 0)
            {
                continue;
            }

            var relatedness = pmi / -Math.Log(count / documents);
            Add(candidates, first, second, relatedness);
            Add(candidates, second, first, relatedness);
        }

        return candidates.ToDictionary(
            c => c.Key,
            c => c.Value.OrderByDescending(n => n.Relatedness).ThenBy(n => n.Term).Take(options.ExpansionNeighbours).ToArray());
    }

    private static void Add(Dictionary<int, List<(int Term, double Relatedness)>> candidates, int term, int partner, double relatedness)
    {
        if (!candidates.TryGetValue(term, out var list))
        {
            candidates[term] = list = [];
        }

        list.Add((partner, relatedness));
    }

    private static long PairKey(int first, int second) => ((long)first << 32) | (uint)second;

    private static SparseVector Widen(SparseVector vector, Dictionary<int, (int Term, double Relatedness)[]> neighbours, double weight)
    {
        if (vector.Count == 0)
        {
            return vector;
        }

        var widened = new Dictionary<int, double>(vector.Count * 2);
        for (var i = 0; i < vector.Count; i++)
        {
            widened[vector.Terms[i]] = widened.GetValueOrDefault(vector.Terms[i]) + vector.Weights[i];
            if (neighbours.TryGetValue(vector.Terms[i], out var partners))
            {
                foreach (var (partner, relatedness) in partners)
                {
                    widened[partner] = widened.GetValueOrDefault(partner) + (weight * vector.Weights[i] * relatedness);
                }
            }
        }

        var terms = widened.Keys.Order().ToArray();
        return SparseVector.Normalised(terms, [.. terms.Select(t => widened[t])]);
    }
}
