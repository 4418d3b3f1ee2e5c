using Dossier.Core.Reading;

namespace Dossier.Core.Analysis;

/// <summary>How a run is carried out, and the limits that keep it bounded; each limit hit is reported, never silent.</summary>
public sealed record AnalysisOptions
{
    public static AnalysisOptions Default { get; } = new();

    public ReadingOptions Reading { get; init; } = ReadingOptions.Default;

    /// <summary>How many documents to analyse at once; 0 means one per core.</summary>
    public int MaxParallelism { get; init; }

    /// <summary>Most documents analysed in one run; inputs beyond it are skipped and reported.</summary>
    public int MaxDocuments { get; init; } = 100_000;

    /// <summary>
    /// Longest time spent analysing one document. A document over it is dropped from the dossier
    /// and reported; the run goes on without waiting for it.
    /// </summary>
    public TimeSpan DocumentTimeLimit { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// Content already kept elsewhere (a store): content hash → the id it is stored under. Inputs
    /// with such content are not analysed again and are reported as <see cref="InputStatus.Stored"/>.
    /// </summary>
    public IReadOnlyDictionary<string, string>? StoredContent { get; init; }
}
