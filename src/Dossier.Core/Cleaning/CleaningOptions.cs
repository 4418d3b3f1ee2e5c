namespace Dossier.Core.Cleaning;

/// <summary>Tuning for the article parsers.</summary>
/// <param name="MaxHeaderBlocks">How many leading blocks may hold the title, dateline, byline and section.</param>
/// <param name="ProseWords">A block with at least this many words is body prose and ends the header.</param>
/// <param name="MinRepeatedParagraphWords">A body paragraph pasted twice is dropped the second time only when it has at least this many words.</param>
public sealed record CleaningOptions(int MaxHeaderBlocks = 12, int ProseWords = 25, int MinRepeatedParagraphWords = 6)
{
    public static CleaningOptions Default { get; } = new();
}
