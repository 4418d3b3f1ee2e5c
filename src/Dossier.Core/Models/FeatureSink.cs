namespace Dossier.Core.Models;

/// <summary>Collects the weight rows of one token's features (hashes folded to the model's row count).</summary>
internal sealed class FeatureSink(int rowMask)
{
    private int[] _rows = new int[128];

    public int Count { get; private set; }

    public ReadOnlySpan<int> Rows => _rows.AsSpan(0, Count);

    public void Clear() => Count = 0;

    public void Add(uint hash)
    {
        if (Count == _rows.Length)
        {
            Array.Resize(ref _rows, _rows.Length * 2);
        }

        _rows[Count++] = (int)(hash & (uint)rowMask);
    }
}
