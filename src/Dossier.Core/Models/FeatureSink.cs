namespace Dossier.Core.Models;

/// <summary>Collects the weight rows of features (hashes folded to the model's row count), for one token or, appended, for a whole sentence.</summary>
internal sealed class FeatureSink(int rowMask, int capacity = 128)
{
    private int[] _rows = new int[Math.Max(capacity, 16)];

    public int Count { get; private set; }

    public ReadOnlySpan<int> Rows => _rows.AsSpan(0, Count);

    /// <summary>The array the rows are written to (its first <see cref="Count"/> entries are used), handed over without a copy.</summary>
    public int[] Buffer => _rows;

    public void Clear() => Count = 0;

    public void Add(uint hash)
    {
        if (Count == _rows.Length)
        {
            Array.Resize(ref _rows, _rows.Length * 2);
        }

        _rows[Count++] = (int)(hash & (uint)rowMask);
    }

    /// <summary>Appends rows already folded to this sink's row count.</summary>
    public void AddRows(ReadOnlySpan<int> rows)
    {
        if (Count + rows.Length > _rows.Length)
        {
            Array.Resize(ref _rows, Math.Max(_rows.Length * 2, Count + rows.Length));
        }

        rows.CopyTo(_rows.AsSpan(Count));
        Count += rows.Length;
    }
}
