namespace Dossier.Core.Models;

/// <summary>The weight rows of each token's features: token i owns Rows[Offsets[i]..Offsets[i + 1]].</summary>
internal sealed record FeatureMatrix(int[] Rows, int[] Offsets)
{
    public int Length => Offsets.Length - 1;

    public ReadOnlySpan<int> Token(int i) => Rows.AsSpan(Offsets[i], Offsets[i + 1] - Offsets[i]);

    public static FeatureMatrix Extract(ModelTask task, SentenceInput input, int rowMask)
    {
        var sink = new FeatureSink(rowMask);
        var rows = new List<int>(input.Length * 48);
        var offsets = new int[input.Length + 1];
        for (var i = 0; i < input.Length; i++)
        {
            sink.Clear();
            FeatureTemplates.Extract(task, input, i, sink);
            foreach (var row in sink.Rows)
            {
                rows.Add(row);
            }

            offsets[i + 1] = rows.Count;
        }

        return new FeatureMatrix([.. rows], offsets);
    }
}
