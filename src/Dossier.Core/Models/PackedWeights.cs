using System.Numerics;

namespace Dossier.Core.Models;

/// <summary>
/// The weights of a loaded model, for tagging: only the non-zero rows, one after another. A bit per row says whether it is stored, and
/// its position is the count of stored rows before it (a running count per 64 rows plus a
/// popcount), so the index of an entity model is 192 KB instead of a 38 MB float table. Most
/// features of a sentence hit empty rows, which now cost one read of that small index.
/// </summary>
internal sealed class PackedWeights : RowWeights
{
    private readonly ulong[] _present;
    private readonly int[] _storedBefore;
    private readonly float[] _values;

    private PackedWeights(int rowCount, int tagCount, ulong[] present, int[] storedBefore, float[] values)
        : base(rowCount, tagCount)
    {
        _present = present;
        _storedBefore = storedBefore;
        _values = values;
    }

    public int StoredRows => _values.Length / TagCount;

    /// <summary>Rows given in increasing order with their weights (TagCount per row, concatenated).</summary>
    public static PackedWeights FromSortedRows(int rowCount, int tagCount, ReadOnlySpan<int> rows, float[] values)
    {
        if (values.Length != rows.Length * tagCount)
        {
            throw new ArgumentException("One row of weights is needed per row number.", nameof(values));
        }

        var present = new ulong[(rowCount + 63) / 64];
        var previous = -1;
        foreach (var row in rows)
        {
            if (row <= previous || row >= rowCount)
            {
                throw new InvalidDataException("Weight rows must be distinct, increasing and within the row count.");
            }

            present[row >> 6] |= 1UL << (row & 63);
            previous = row;
        }

        var storedBefore = new int[present.Length];
        var stored = 0;
        for (var w = 0; w < present.Length; w++)
        {
            storedBefore[w] = stored;
            stored += BitOperations.PopCount(present[w]);
        }

        return new PackedWeights(rowCount, tagCount, present, storedBefore, values);
    }

    public override void AddRows(ReadOnlySpan<int> rows, Span<float> scores)
    {
        var t = TagCount;
        foreach (var row in rows)
        {
            var index = StoredIndex(row);
            if (index >= 0)
            {
                AddRow(_values.AsSpan(index * t, t), scores);
            }
        }
    }

    public override bool TryCopyRow(int row, Span<float> weights)
    {
        weights[..TagCount].Clear();
        var index = StoredIndex(row);
        if (index < 0)
        {
            return false;
        }

        _values.AsSpan(index * TagCount, TagCount).CopyTo(weights);
        return weights[..TagCount].ContainsAnyExcept(0f);
    }

    private int StoredIndex(int row)
    {
        var word = _present[row >> 6];
        var bit = 1UL << (row & 63);
        return (word & bit) == 0 ? -1 : _storedBefore[row >> 6] + BitOperations.PopCount(word & (bit - 1));
    }
}
