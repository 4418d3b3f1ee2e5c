namespace Dossier.Core.CorpusAnalysis.Clustering;

public sealed record NearDuplicateOptions
{
    /// <summary>Words per shingle.</summary>
    public int ShingleWords { get; init; } = 4;

    /// <summary>LSH bands; the signature holds <see cref="Bands"/> × <see cref="RowsPerBand"/> minimum hashes.</summary>
    public int Bands { get; init; } = 16;

    public int RowsPerBand { get; init; } = 4;

    /// <summary>Estimated Jaccard overlap of two documents' shingles that makes them copies of one article.</summary>
    public double MinJaccard { get; init; } = 0.5;

    /// <summary>How many earlier members of an LSH bucket each document is checked against, which bounds the work on large buckets.</summary>
    public int MaxComparisonsPerBucket { get; init; } = 8;
}
