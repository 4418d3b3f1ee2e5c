namespace Dossier.Cli.Eval;

/// <summary>B-cubed precision and recall of a clustering against gold labels, averaged over items (Bagga and Baldwin 1998).</summary>
internal sealed record BCubed(double Precision, double Recall)
{
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <param name="predicted">The predicted cluster of each item.</param>
    /// <param name="gold">The gold class of each item, position for position.</param>
    public static BCubed Score(IReadOnlyList<int> predicted, IReadOnlyList<string> gold)
    {
        ArgumentNullException.ThrowIfNull(predicted);
        ArgumentNullException.ThrowIfNull(gold);
        if (predicted.Count != gold.Count)
        {
            throw new ArgumentException("one gold label per item", nameof(gold));
        }

        if (predicted.Count == 0)
        {
            return new BCubed(0, 0);
        }

        var clusterSize = predicted.CountBy(c => c).ToDictionary();
        var classSize = gold.CountBy(g => g, StringComparer.Ordinal).ToDictionary(StringComparer.Ordinal);
        var both = Enumerable.Range(0, predicted.Count).CountBy(i => (predicted[i], gold[i])).ToDictionary();
        double precision = 0, recall = 0;
        for (var i = 0; i < predicted.Count; i++)
        {
            var shared = both[(predicted[i], gold[i])];
            precision += (double)shared / clusterSize[predicted[i]];
            recall += (double)shared / classSize[gold[i]];
        }

        return new BCubed(precision / predicted.Count, recall / predicted.Count);
    }
}
