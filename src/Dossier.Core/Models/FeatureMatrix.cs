namespace Dossier.Core.Models;

/// <summary>The weight rows of each token's features: token i owns Rows[Offsets[i]..Offsets[i + 1]] (Rows may be longer than used).</summary>
internal sealed record FeatureMatrix(int[] Rows, int[] Offsets)
{
    // About as many rows as the entity templates write for a token, so a sentence rarely regrows.
    private const int RowsPerToken = 48;

    public int Length => Offsets.Length - 1;

    public ReadOnlySpan<int> Token(int i) => Rows.AsSpan(Offsets[i], Offsets[i + 1] - Offsets[i]);

    public static FeatureMatrix Extract(ModelTask task, SentenceInput input, int rowMask)
    {
        var sink = new FeatureSink(rowMask, input.Length * RowsPerToken);
        var offsets = new int[input.Length + 1];
        for (var i = 0; i < input.Length; i++)
        {
            FeatureTemplates.Extract(task, input, i, sink);
            offsets[i + 1] = sink.Count;
        }

        return new FeatureMatrix(sink.Buffer, offsets);
    }

    /// <summary>
    /// These rows (a first entity pass's, extracted before <paramref name="input"/> had priors)
    /// with each token's prior features appended: the rows the second pass would extract itself.
    /// </summary>
    public FeatureMatrix WithPriors(SentenceInput input, int rowMask)
    {
        var sink = new FeatureSink(rowMask, Offsets[^1] + (input.Length * 4));
        var offsets = new int[Offsets.Length];
        for (var i = 0; i < Length; i++)
        {
            sink.AddRows(Token(i));
            FeatureTemplates.EntityPriors(input, i, sink);
            offsets[i + 1] = sink.Count;
        }

        return new FeatureMatrix(sink.Buffer, offsets);
    }
}
