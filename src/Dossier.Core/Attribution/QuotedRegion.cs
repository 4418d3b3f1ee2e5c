namespace Dossier.Core.Attribution;

/// <summary>
/// A stretch of text between quotation marks. Open is the index of the opening mark, Close that
/// of the closing mark, or the end of the last paragraph when the quote is left open.
/// </summary>
internal readonly record struct QuotedRegion(int Open, int Close, bool Closed)
{
    /// <summary>True when the quote runs over more than one paragraph (each reopened with a mark).</summary>
    public bool MultiParagraph { get; init; }

    /// <summary>How many characters the opening mark takes: 2 for two apostrophes ('').</summary>
    public int OpenWidth { get; init; } = 1;

    /// <summary>How many characters the closing mark takes.</summary>
    public int CloseWidth { get; init; } = 1;
}
