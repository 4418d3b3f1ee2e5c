namespace Dossier.Core.CorpusAnalysis;

public sealed record StoryBuilderOptions
{
    /// <summary>Jaccard overlap of two documents' entity sets that puts them in one story.</summary>
    public double MinEntityOverlap { get; init; } = 0.15;

    public int MaxSummarySentences { get; init; } = 5;

    /// <summary>Shorter sentences (headings, fragments) are not summary material.</summary>
    public int MinSummaryWords { get; init; } = 8;
}
