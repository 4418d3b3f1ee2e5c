namespace Dossier.Core.CorpusAnalysis;

public sealed record StoryAnalyzerOptions
{
    /// <summary>Similarity (weighted word overlap plus shared entities, numbers, dates) at which two sentences state one claim.</summary>
    public double AlignmentThreshold { get; init; } = 0.3;

    public int SummarySentences { get; init; } = 7;

    /// <summary>Exclusives shown per outlet, the most substantive (numbers, dates, entities) first.</summary>
    public int MaxExclusivesPerOutlet { get; init; } = 5;
}
