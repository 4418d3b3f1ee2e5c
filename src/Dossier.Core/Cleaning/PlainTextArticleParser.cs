using Dossier.Core.Text;

namespace Dossier.Core.Cleaning;

/// <summary>
/// Cleans a copy-pasted page dump: one paragraph per line (or blank-line separated, hard-wrapped blocks),
/// with the page's title, dateline, byline, captions, notes and comment thread pasted around the article.
/// </summary>
public sealed class PlainTextArticleParser
{
    private const int MinWrappedLines = 4;
    private const int WrapMinLength = 40;
    private const int WrapMaxLength = 100;

    private readonly ArticleBlockCleaner _cleaner;

    public PlainTextArticleParser(CleaningOptions? options = null) =>
        _cleaner = new ArticleBlockCleaner(options ?? CleaningOptions.Default);

    /// <param name="knownTitle">The title from the input's own metadata, removed from the body wherever it is repeated.</param>
    public CleanedArticle Parse(string content, string? knownTitle = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        return _cleaner.Clean(SplitBlocks(PlainTextRepair.Repair(content)), knownTitle, guessTitle: true);
    }

    internal static List<string> SplitBlocks(string content)
    {
        var lines = content.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
        var blocks = new List<string>();
        if (IsHardWrapped(lines))
        {
            var current = new List<string>();
            foreach (var line in lines)
            {
                if (string.IsNullOrWhiteSpace(line))
                {
                    Flush(blocks, current);
                }
                else
                {
                    current.Add(line);
                }
            }

            Flush(blocks, current);
            return blocks;
        }

        foreach (var line in lines)
        {
            var block = TextNormalization.CollapseWhitespace(line);
            if (block.Length > 0)
            {
                blocks.Add(block);
            }
        }

        return blocks;
    }

    /// <summary>True when paragraphs are wrapped over several lines (mail or terminal copies) rather than one line each.</summary>
    private static bool IsHardWrapped(string[] lines)
    {
        var nonEmpty = lines.Select(l => l.TrimEnd()).Where(l => l.Length > 0).ToList();
        var hasBlankLines = nonEmpty.Count < lines.Length;
        if (nonEmpty.Count < MinWrappedLines || !hasBlankLines || nonEmpty.Any(l => l.Length > WrapMaxLength + 10))
        {
            return false;
        }

        var wrapped = 0;
        for (var i = 0; i + 1 < lines.Length; i++)
        {
            if (lines[i].Trim().Length >= WrapMinLength && lines[i + 1].Trim().Length > 0)
            {
                wrapped++;
            }
        }

        return wrapped >= nonEmpty.Count * 0.3;
    }

    private static void Flush(List<string> blocks, List<string> current)
    {
        if (current.Count > 0)
        {
            blocks.Add(TextNormalization.CollapseWhitespace(string.Join(' ', current)));
            current.Clear();
        }
    }
}
