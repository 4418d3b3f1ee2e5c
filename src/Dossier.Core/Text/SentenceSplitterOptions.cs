namespace Dossier.Core.Text;

/// <summary>Settings for <see cref="SentenceSplitter"/>.</summary>
public sealed record SentenceSplitterOptions
{
    public static SentenceSplitterOptions Default { get; } = new();

    /// <summary>
    /// More abbreviations, written without their final period ("Gov't", "Sq"); a period after one of
    /// these (case-insensitive) never ends a sentence.
    /// </summary>
    public IReadOnlyCollection<string> ExtraAbbreviations { get; init; } = [];

    /// <summary>
    /// The text is hard-wrapped (PDF extractions, e-mail): a single line break continues the
    /// sentence; a blank line, or a line break before a list item or bullet, still ends one.
    /// </summary>
    public bool WrappedLines { get; init; }

    /// <summary>
    /// Whether a quotation of several sentences is split into them (news corpora such as MEANTIME
    /// do), or kept whole inside its sentence (pragmatic_segmenter's convention).
    /// </summary>
    public bool SplitInsideQuotations { get; init; } = true;
}
