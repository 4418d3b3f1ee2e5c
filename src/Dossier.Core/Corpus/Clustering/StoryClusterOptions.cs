namespace Dossier.Core.CorpusAnalysis.Clustering;

/// <summary>How stories are formed from term vectors. <see cref="Articles"/> suits whole articles, <see cref="Headlines"/> bare headlines.</summary>
public sealed record StoryClusterOptions
{
    public static StoryClusterOptions Articles { get; } = new();

    /// <summary>
    /// Short texts share few words, so each lends weight to the words that keep company with it in
    /// the batch, lower bars join and merge them, and stories merged through one shared word are
    /// cut apart again. Chosen on half A of the UCI News Aggregator
    /// headlines with the words of their URLs as body, averaged over three shuffles of the rows
    /// (<c>dossier eval clustering</c>, docs/evaluation.md).
    /// </summary>
    public static StoryClusterOptions Headlines { get; } = new() { MinSimilarity = 0.2, MergeSimilarity = 0.3, ExpansionWeight = 0.4, SplitSimilarity = 0.4, MixturePasses = 2 };

    /// <summary>How many times a headline word counts against a body word.</summary>
    public double TitleWeight { get; init; } = 3;

    /// <summary>An entity id weighs this many times its IDF in a document's vector.</summary>
    public double EntityWeight { get; init; } = 1.5;

    /// <summary>Cosine between a document and a story's centroid that lets the document join the story.</summary>
    public double MinSimilarity { get; init; } = 0.2;

    /// <summary>Cosine between two stories' centroids that merges them after the first pass.</summary>
    public double MergeSimilarity { get; init; } = 0.3;

    /// <summary>Each merge round pairs every story with at most one other, so a large story forms over several rounds.</summary>
    public int MaxMergeRounds { get; init; } = 10;

    /// <summary>A document published this many days before or after every member of a story starts a story of its own.</summary>
    public double MaxDaysApart { get; init; } = 7;

    /// <summary>A document looks for stories through this many of its heaviest terms.</summary>
    public int IndexedTerms { get; init; } = 20;

    /// <summary>Per term, only the stories most recently indexed under it are looked at, which bounds the work on common terms.</summary>
    public int MaxStoriesPerTerm { get; init; } = 200;

    /// <summary>How many of the stories sharing most heavy terms with a document are compared with it in full.</summary>
    public int MaxCandidates { get; init; } = 10;

    /// <summary>
    /// Share of a term's weight lent to the terms that keep company with it in the batch
    /// (<see cref="CooccurrenceExpansion"/>); 0 leaves the vectors as they are.
    /// </summary>
    public double ExpansionWeight { get; init; }

    /// <summary>How many partners each term lends weight to.</summary>
    public int ExpansionNeighbours { get; init; } = 10;

    /// <summary>How many of a document's heaviest terms count towards which terms keep company.</summary>
    public int ExpansionTerms { get; init; } = 20;

    /// <summary>
    /// Cosine between the two halves of a story (2-means, <see cref="StorySplitter"/>) below which
    /// they become stories of their own; 0 never cuts a story.
    /// </summary>
    public double SplitSimilarity { get; init; }

    /// <summary>Stories with fewer documents are never cut.</summary>
    public int MinSplitSize { get; init; } = 20;

    /// <summary>
    /// Sweeps over the documents that move each to the story whose word counts best explain its
    /// words (<see cref="StoryMixtureRefiner"/>); 0 leaves the stories as the passes before made them.
    /// </summary>
    public int MixturePasses { get; init; }

    /// <summary>Pseudo-count added to every word of every story: the larger, the less one shared word decides.</summary>
    public double MixtureSmoothing { get; init; } = 0.4;

    /// <summary>Pseudo-count of documents added to every story's size, which is what a new story starts from.</summary>
    public double MixtureSizePrior { get; init; } = 0.1;
}
