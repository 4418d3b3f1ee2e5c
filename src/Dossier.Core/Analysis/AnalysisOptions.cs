using Dossier.Core.Reading;

namespace Dossier.Core.Analysis;

public sealed record AnalysisOptions
{
    public static AnalysisOptions Default { get; } = new();

    public ReadingOptions Reading { get; init; } = ReadingOptions.Default;

    /// <summary>How many documents to analyse at once; 0 means one per core.</summary>
    public int MaxParallelism { get; init; }
}
