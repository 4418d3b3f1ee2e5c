namespace Dossier.Core.Models;

/// <summary>Rows of a sparse matrix in compressed form, each scaled to unit length.</summary>
internal sealed class SparseVectors
{
    private SparseVectors(int width, int[] offsets, int[] columns, float[] values)
    {
        Width = width;
        Offsets = offsets;
        Columns = columns;
        Values = values;
    }

    public int Width { get; }

    public int Count => Offsets.Length - 1;

    public int[] Offsets { get; }

    public int[] Columns { get; }

    public float[] Values { get; }

    /// <summary>Rows from (row × width + column) → weight cells; each row normalised.</summary>
    public static SparseVectors FromCells(int rows, int width, Dictionary<long, float> cells)
    {
        var keys = cells.Where(c => c.Value > 0).Select(c => c.Key).Order().ToArray();
        var offsets = new int[rows + 1];
        var columns = new int[keys.Length];
        var values = new float[keys.Length];
        for (var n = 0; n < keys.Length; n++)
        {
            var row = (int)(keys[n] / width);
            offsets[row + 1]++;
            columns[n] = (int)(keys[n] % width);
            values[n] = cells[keys[n]];
        }

        for (var r = 0; r < rows; r++)
        {
            offsets[r + 1] += offsets[r];
            var row = values.AsSpan(offsets[r], offsets[r + 1] - offsets[r]);
            var norm = 0f;
            foreach (var v in row)
            {
                norm += v * v;
            }

            if (norm > 0)
            {
                var scale = 1 / MathF.Sqrt(norm);
                foreach (ref var v in row)
                {
                    v *= scale;
                }
            }
        }

        return new SparseVectors(width, offsets, columns, values);
    }

    public float Dot(int row, ReadOnlySpan<float> dense)
    {
        var sum = 0f;
        for (var n = Offsets[row]; n < Offsets[row + 1]; n++)
        {
            sum += Values[n] * dense[Columns[n]];
        }

        return sum;
    }

    public void AddTo(int row, Span<float> dense)
    {
        for (var n = Offsets[row]; n < Offsets[row + 1]; n++)
        {
            dense[Columns[n]] += Values[n];
        }
    }
}
