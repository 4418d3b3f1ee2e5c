namespace Dossier.Core.Models;

/// <summary>
/// One sentence prepared for feature extraction: the words with their hashes computed once,
/// and whatever else a task's features read (part-of-speech tags, gazetteer matches, what the
/// rest of the document says about each word).
/// </summary>
internal sealed class SentenceInput
{
    public SentenceInput(IReadOnlyList<string> words)
    {
        Words = words;
        var n = words.Count;
        Exact = new uint[n];
        Normalized = new uint[n];
        Shapes = new uint[n];
        var upper = n > 2;
        for (var i = 0; i < n; i++)
        {
            var word = words[i].AsSpan();
            Exact[i] = FeatureHash.Exact(word);
            Normalized[i] = FeatureHash.Normalized(word);
            Shapes[i] = FeatureHash.Shape(word);
            foreach (var c in word)
            {
                upper &= !char.IsLower(c);
            }
        }

        IsAllUpperCase = upper;
    }

    /// <summary>The normalised hash of the document's first word, which in news wires often names the topic (SOCCER, CRICKET).</summary>
    public uint DocumentTopic { get; set; }

    public IReadOnlyList<string> Words { get; }

    public int Length => Words.Count;

    public uint[] Exact { get; }

    public uint[] Normalized { get; }

    public uint[] Shapes { get; }

    /// <summary>A headline or a table row in capitals, where case says nothing about names.</summary>
    public bool IsAllUpperCase { get; }

    /// <summary>Hashes of the part-of-speech tags, when the task reads them.</summary>
    public uint[]? PartsOfSpeech { get; set; }

    /// <summary>Per token, the gazetteer matches it is part of (see <see cref="Gazetteer.Match"/>).</summary>
    public int[]? GazetteerMatches { get; set; }

    /// <summary>Per token, its packed word classes (see <see cref="WordClusters"/>), when the model has them.</summary>
    public ulong[]? Clusters { get; set; }

    /// <summary>Per token, the code of its word in the model's <see cref="LabelLexicon"/>, when the model has one.</summary>
    public uint[]? Lexicon { get; set; }

    /// <summary>Per token, what the other sentences of the document say about the same word (see <see cref="DocumentContext"/>).</summary>
    public int[]? DocumentFlags { get; set; }

    /// <summary>Per token, the hashed features of the words its word stands beside across the document (see <see cref="DocumentContext"/>).</summary>
    public uint[][]? DocumentNeighbours { get; set; }

    /// <summary>Per token, what a first entity pass predicted for the same word in the document (see <see cref="DocumentPriors"/>).</summary>
    public int[]? Priors { get; set; }
}
