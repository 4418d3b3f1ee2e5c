namespace Dossier.Core.CorpusAnalysis.Clustering;

/// <summary>One story found by <see cref="StoryClusterer"/>: positions of its documents in the input, ascending.</summary>
/// <param name="Central">The member closest to the story's centroid.</param>
public sealed record StoryCluster(IReadOnlyList<int> Members, int Central);
