namespace Dossier.Core.CorpusAnalysis.Clustering;

/// <summary>A unit-length weighted bag of terms, the terms sorted by id.</summary>
public sealed class SparseVector
{
    public SparseVector(int[] terms, double[] weights)
    {
        ArgumentNullException.ThrowIfNull(terms);
        ArgumentNullException.ThrowIfNull(weights);
        Terms = terms;
        Weights = weights;
    }

    public static SparseVector Empty { get; } = new([], []);

    /// <summary>The vector of <paramref name="terms"/> (sorted by id) with <paramref name="weights"/> scaled, in place, to unit length.</summary>
    public static SparseVector Normalised(int[] terms, double[] weights)
    {
        ArgumentNullException.ThrowIfNull(weights);
        double norm = 0;
        foreach (var weight in weights)
        {
            norm += weight * weight;
        }

        norm = Math.Sqrt(norm);
        for (var i = 0; i < weights.Length; i++)
        {
            weights[i] /= norm;
        }

        return new SparseVector(terms, weights);
    }

    public int[] Terms { get; }

    public double[] Weights { get; }

    public int Count => Terms.Length;

    public double Dot(SparseVector other)
    {
        ArgumentNullException.ThrowIfNull(other);
        double sum = 0;
        int i = 0, j = 0;
        while (i < Terms.Length && j < other.Terms.Length)
        {
            if (Terms[i] == other.Terms[j])
            {
                sum += Weights[i++] * other.Weights[j++];
            }
            else if (Terms[i] < other.Terms[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return sum;
    }

    /// <summary>The positions of the <paramref name="count"/> heaviest terms, heaviest first (ties by term id).</summary>
    public int[] Heaviest(int count)
    {
        var order = Enumerable.Range(0, Terms.Length).ToArray();
        Array.Sort(order, (a, b) => Weights[b].CompareTo(Weights[a]) is var c && c != 0 ? c : Terms[a].CompareTo(Terms[b]));
        return order.Length <= count ? order : order[..count];
    }
}
