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
}
