namespace Dossier.Core.Resolution;

/// <summary>Precision, recall and F1 of one coreference metric.</summary>
public readonly record struct PrecisionRecall(double Precision, double Recall)
{
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

/// <summary>
/// The standard coreference metrics over gold and predicted partitions of the same mentions: MUC (links),
/// B-cubed (per mention), CEAF-e (entity alignment) and the CoNLL F1, their average. Every mention must be
/// in both maps (a mention the system left out is its own singleton).
/// </summary>
public static class CoreferenceScores
{
    public static PrecisionRecall BCubed(IReadOnlyDictionary<string, string> gold, IReadOnlyDictionary<string, string> predicted)
    {
        var goldSets = Clusters(gold);
        var predSets = Clusters(predicted);
        double p = 0, r = 0;
        foreach (var mention in gold.Keys)
        {
            var g = goldSets[gold[mention]];
            var s = predSets[predicted[mention]];
            var overlap = g.Count < s.Count ? g.Count(s.Contains) : s.Count(g.Contains);
            p += (double)overlap / s.Count;
            r += (double)overlap / g.Count;
        }

        return gold.Count == 0 ? new(0, 0) : new(p / gold.Count, r / gold.Count);
    }

    public static PrecisionRecall Muc(IReadOnlyDictionary<string, string> gold, IReadOnlyDictionary<string, string> predicted)
    {
        var r = MucSide(Clusters(gold).Values, predicted);
        var p = MucSide(Clusters(predicted).Values, gold);
        return new(p, r);
    }

    /// <summary>CEAF with the entity-based similarity φ4 = 2|K∩R| / (|K| + |R|).</summary>
    public static PrecisionRecall CeafE(IReadOnlyDictionary<string, string> gold, IReadOnlyDictionary<string, string> predicted)
    {
        var g = Clusters(gold).Values.ToList();
        var s = Clusters(predicted).Values.ToList();
        if (g.Count == 0 || s.Count == 0)
        {
            return new(0, 0);
        }

        var similarity = new double[g.Count, s.Count];
        var predIndex = s.Select((set, i) => (set, i)).SelectMany(x => x.set.Select(m => (m, x.i))).ToDictionary(x => x.m, x => x.i, StringComparer.Ordinal);
        for (var i = 0; i < g.Count; i++)
        {
            foreach (var group in g[i].Where(predIndex.ContainsKey).GroupBy(m => predIndex[m]))
            {
                similarity[i, group.Key] = 2.0 * group.Count() / (g[i].Count + s[group.Key].Count);
            }
        }

        var best = Assignment.MaxWeight(similarity);
        return new(best / s.Count, best / g.Count);
    }

    public static double ConllF1(IReadOnlyDictionary<string, string> gold, IReadOnlyDictionary<string, string> predicted) =>
        (Muc(gold, predicted).F1 + BCubed(gold, predicted).F1 + CeafE(gold, predicted).F1) / 3;

    private static double MucSide(IEnumerable<HashSet<string>> keys, IReadOnlyDictionary<string, string> other)
    {
        double numerator = 0, denominator = 0;
        foreach (var key in keys)
        {
            var partitions = key.Select(m => other.TryGetValue(m, out var c) ? c : "\0" + m).Distinct(StringComparer.Ordinal).Count();
            numerator += key.Count - partitions;
            denominator += key.Count - 1;
        }

        return denominator == 0 ? 0 : numerator / denominator;
    }

    private static Dictionary<string, HashSet<string>> Clusters(IReadOnlyDictionary<string, string> assignment)
    {
        var sets = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var (mention, cluster) in assignment)
        {
            if (!sets.TryGetValue(cluster, out var set))
            {
                sets[cluster] = set = new HashSet<string>(StringComparer.Ordinal);
            }

            set.Add(mention);
        }

        return sets;
    }
}
