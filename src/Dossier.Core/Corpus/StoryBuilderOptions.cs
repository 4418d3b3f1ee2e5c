using Dossier.Core.CorpusAnalysis.Clustering;

namespace Dossier.Core.CorpusAnalysis;

public sealed record StoryBuilderOptions
{
    public StoryClusterOptions Clustering { get; init; } = StoryClusterOptions.Articles;

    public NearDuplicateOptions NearDuplicates { get; init; } = new();

    public int MaxSummarySentences { get; init; } = 5;

    /// <summary>Shorter sentences (headings, fragments) are not summary material.</summary>
    public int MinSummaryWords { get; init; } = 8;
}
