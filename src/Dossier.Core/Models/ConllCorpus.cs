namespace Dossier.Core.Models;

/// <summary>
/// A CoNLL-style file: its lines as read (so that a tagger can write them back with one more
/// column) and the documents and sentences found in them.
/// </summary>
public sealed record ConllCorpus(IReadOnlyList<string> Lines, IReadOnlyList<ConllDocument> Documents, ConllLayout Layout)
{
    public IEnumerable<ConllSentence> Sentences => Documents.SelectMany(d => d.Sentences);

    public int TokenCount => Documents.Sum(d => d.Sentences.Sum(s => s.Length));
}

/// <summary>The sentences between two document separators (<c>-DOCSTART-</c> or <c># newdoc</c>).</summary>
public sealed record ConllDocument(IReadOnlyList<ConllSentence> Sentences);

/// <summary>One sentence: the index of each token's line in the file and its whitespace-separated fields.</summary>
public sealed record ConllSentence(int[] LineIndexes, string[][] Fields, ConllLayout Layout)
{
    public int Length => LineIndexes.Length;

    public string[] Words => Column(Layout.WordColumn);

    /// <summary>The values of column <paramref name="index"/> (negative counts from the last column).</summary>
    public string[] Column(int index) =>
        [.. Fields.Select(f => f[index >= 0 ? index : f.Length + index])];
}
