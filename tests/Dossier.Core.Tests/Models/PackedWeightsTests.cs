using Dossier.Core.Models;

namespace Dossier.Core.Tests.Models;

public class PackedWeightsTests
{
    private const int Rows = 300;
    private const int Tags = 9;

    [Fact]
    public void Packed_rows_score_exactly_as_the_dense_rows_they_were_made_from()
    {
        var random = new Random(7);
        var dense = new DenseWeights(Rows, Tags);
        var stored = new List<int>();
        var values = new List<float>();
        for (var row = 0; row < Rows; row++)
        {
            if (random.Next(3) != 0)
            {
                continue;
            }

            stored.Add(row);
            for (var k = 0; k < Tags; k++)
            {
                var value = (random.NextSingle() - 0.5f) * 40;
                dense.Values[(row * Tags) + k] = value;
                values.Add(value);
            }
        }

        var packed = PackedWeights.FromSortedRows(Rows, Tags, [.. stored], [.. values]);
        int[] features = [.. Enumerable.Range(0, 80).Select(_ => random.Next(Rows))];
        var expected = new float[Tags];
        var actual = new float[Tags];

        dense.AddRows(features, expected);
        packed.AddRows(features, actual);

        Assert.Equal(stored.Count, packed.StoredRows);
        Assert.Equal(expected, actual);
        var row1 = new float[Tags];
        var row2 = new float[Tags];
        for (var row = 0; row < Rows; row++)
        {
            Assert.Equal(dense.TryCopyRow(row, row1), packed.TryCopyRow(row, row2));
            Assert.Equal(row1, row2);
        }
    }

    [Fact]
    public void Rows_out_of_order_are_refused()
    {
        Assert.Throws<InvalidDataException>(() => PackedWeights.FromSortedRows(Rows, 1, [5, 3], [1, 2]));
        Assert.Throws<InvalidDataException>(() => PackedWeights.FromSortedRows(Rows, 1, [Rows], [1]));
    }
}
