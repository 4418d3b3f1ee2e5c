namespace Dossier.Core.Models;

/// <summary>Every row as floats, row-major: what training updates in place.</summary>
internal sealed class DenseWeights(int rowCount, int tagCount, float[] values) : RowWeights(rowCount, tagCount)
{
    public DenseWeights(int rowCount, int tagCount)
        : this(rowCount, tagCount, new float[rowCount * tagCount])
    {
    }

    /// <summary>The weights of row r are Values[r * TagCount .. (r + 1) * TagCount].</summary>
    public float[] Values { get; } = values;

    public override void AddRows(ReadOnlySpan<int> rows, Span<float> scores)
    {
        var t = TagCount;
        var weights = Values.AsSpan();
        foreach (var row in rows)
        {
            AddRow(weights.Slice(row * t, t), scores);
        }
    }

    public override bool TryCopyRow(int row, Span<float> weights)
    {
        var values = Values.AsSpan(row * TagCount, TagCount);
        values.CopyTo(weights);
        return values.ContainsAnyExcept(0f);
    }
}
