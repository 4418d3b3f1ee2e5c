using System.Numerics;

namespace Dossier.Core.Models;

/// <summary>The weight rows of a <see cref="SequenceModel"/>: one weight per (hashed feature row, tag).</summary>
internal abstract class RowWeights(int rowCount, int tagCount)
{
    public int RowCount { get; } = rowCount;

    public int TagCount { get; } = tagCount;

    /// <summary>Adds the weights of every row in <paramref name="rows"/> to <paramref name="scores"/>, in order (so sums are the same for every storage).</summary>
    public abstract void AddRows(ReadOnlySpan<int> rows, Span<float> scores);

    /// <summary>Copies row <paramref name="row"/> into <paramref name="weights"/>; false when the row is all zeros.</summary>
    public abstract bool TryCopyRow(int row, Span<float> weights);

    protected static void AddRow(ReadOnlySpan<float> row, Span<float> scores)
    {
        var k = 0;
        if (Vector.IsHardwareAccelerated)
        {
            for (; k <= row.Length - Vector<float>.Count; k += Vector<float>.Count)
            {
                (new Vector<float>(scores[k..]) + new Vector<float>(row[k..])).CopyTo(scores[k..]);
            }
        }

        for (; k < row.Length; k++)
        {
            scores[k] += row[k];
        }
    }
}
