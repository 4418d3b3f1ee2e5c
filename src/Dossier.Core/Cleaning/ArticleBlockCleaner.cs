using Dossier.Core.Model;

namespace Dossier.Core.Cleaning;

/// <summary>
/// Sorts an article's blocks (paragraph-sized lines) into body and boilerplate and reads the metadata the
/// boilerplate states. Shared by the plain-text and HTML parsers. When a rule is unsure, the block stays in the body.
/// </summary>
internal sealed class ArticleBlockCleaner(CleaningOptions options)
{
    private enum Tail
    {
        None,
        Comments,
        Related,
    }

    public CleanedArticle Clean(IReadOnlyList<string> blocks, string? knownTitle, bool guessTitle)
    {
        var state = new State(knownTitle is null ? null : TextNormalization.ComparisonKey(knownTitle), !guessTitle);
        var tailStart = FindTailStart(blocks);
        var tail = Tail.None;
        for (var i = 0; i < blocks.Count; i++)
        {
            var line = blocks[i];
            if (line.Length == 0)
            {
                continue;
            }

            if (i >= tailStart)
            {
                tail = ClassifyTail(state, line, tail);
                continue;
            }

            // The header rules end with the rules for any block, so a header block is read by one or the other.
            var key = TextNormalization.ComparisonKey(line);
            var inHeader = state.InHeader && i < options.MaxHeaderBlocks;
            if (!(inHeader ? ClassifyHeader(state, line, key) : ClassifyAnywhere(state, line, key)))
            {
                AddBody(state, line, key);
            }
        }

        var text = string.Join("\n\n", state.Body);
        var metadata = new ArticleMetadata
        {
            Title = state.Title,
            Authors = [.. state.Authors.Distinct(StringComparer.Ordinal)],
            Published = state.Published ?? state.Updated ?? state.BodyDate,
            Outlet = state.Outlet ?? state.CopyrightOutlet,
            OriginalOutlet = state.OriginalOutlet,
            Section = state.Section,
            Language = EnglishDetector.IsClearlyEnglish(text) ? "en" : null,
        };
        return new CleanedArticle(text, metadata, state.Removed);
    }

    private static Tail ClassifyTail(State state, string line, Tail tail)
    {
        if (BoilerplateRules.IsCommentsMarker(line) || BoilerplateRules.IsCommenterLine(line, out _))
        {
            tail = Tail.Comments;
        }
        else if (BoilerplateRules.IsRelatedMarker(line))
        {
            tail = Tail.Related;
        }

        if (BoilerplateRules.IsCopyright(line))
        {
            state.CopyrightOutlet ??= BoilerplateRules.OutletFromCopyright(line);
            state.Remove(RemovedKind.Copyright, line, "copyright");
        }
        else if (tail == Tail.None)
        {
            // Only copyright lines can precede the first marker of a tail.
            state.Remove(RemovedKind.Other, line, "tail");
        }
        else
        {
            state.Remove(
                tail == Tail.Comments ? RemovedKind.Comments : RemovedKind.Related,
                line,
                tail == Tail.Comments ? "comments-section" : "related-section");
        }

        return tail;
    }

    private bool ClassifyHeader(State state, string line, string key)
    {
        if (BoilerplateRules.IsTagLine(line))
        {
            state.Remove(RemovedKind.Navigation, line, "tag-line");
            return true;
        }

        if (TryDateline(state, line, inHeader: true))
        {
            return true;
        }

        if (state.Section is null && !state.TitleDecided && BoilerplateRules.IsSection(line))
        {
            state.Section = line.TrimEnd(':');
            state.Remove(RemovedKind.Navigation, line, "section");
            return true;
        }

        if (key == state.TitleKey || key == state.KnownTitleKey)
        {
            state.Remove(RemovedKind.Title, line, "repeated-title");
            return true;
        }

        if (ClassifyAnywhere(state, line, key))
        {
            return true;
        }

        if (!state.TitleDecided)
        {
            state.TitleDecided = true;
            if (LooksLikeTitle(line))
            {
                state.Title = line;
                state.TitleKey = key;
                state.Remove(RemovedKind.Title, line, "first-line-title");
                return true;
            }
        }

        if (BoilerplateRules.BylineNames(line) is { } names)
        {
            state.Authors.AddRange(names);
            state.Remove(RemovedKind.Byline, line, "byline");
            return true;
        }

        return false;
    }

    private bool ClassifyAnywhere(State state, string line, string key)
    {
        if (BoilerplateRules.IsEditorNote(line))
        {
            state.Outlet ??= BoilerplateRules.OutletFromDisclaimer(line);
            state.Remove(RemovedKind.EditorNote, line, "editor-note");
            return true;
        }

        if (BoilerplateRules.IsCaption(line))
        {
            state.Remove(RemovedKind.Caption, line, "photo-caption");
            return true;
        }

        if (state.RemovedKeys.TryGetValue(key, out var earlier) && earlier is RemovedKind.Caption or RemovedKind.Title)
        {
            state.Remove(earlier, line, earlier == RemovedKind.Caption ? "repeated-caption" : "repeated-title");
            return true;
        }

        if (key == state.KnownTitleKey)
        {
            state.Remove(RemovedKind.Title, line, "title");
            return true;
        }

        if (BoilerplateRules.IsCopyright(line))
        {
            state.CopyrightOutlet ??= BoilerplateRules.OutletFromCopyright(line);
            state.Remove(RemovedKind.Copyright, line, "copyright");
            return true;
        }

        if (BoilerplateRules.IsSyndicationNote(line, out var syndicated))
        {
            state.OriginalOutlet ??= syndicated;
            state.Remove(RemovedKind.Other, line, "syndication-note");
            return true;
        }

        if (BoilerplateRules.SourceLineOutlet(line) is { } source)
        {
            state.OriginalOutlet ??= source;
            state.Remove(RemovedKind.Other, line, "source-line");
            return true;
        }

        if (BoilerplateRules.IsNavigation(line))
        {
            state.Remove(RemovedKind.Navigation, line, "navigation");
            return true;
        }

        if (BoilerplateRules.IsRelatedMarker(line))
        {
            state.Remove(RemovedKind.Related, line, "related-marker");
            return true;
        }

        if (BoilerplateRules.IsCommentsMarker(line))
        {
            state.Remove(RemovedKind.Comments, line, "comments-marker");
            return true;
        }

        if (TryDateline(state, line, inHeader: false))
        {
            return true;
        }

        if (state.BodyKeys.Contains(key) && TextNormalization.WordCount(line) >= options.MinRepeatedParagraphWords)
        {
            state.Remove(RemovedKind.Other, line, "repeated-paragraph");
            return true;
        }

        return false;
    }

    private static bool TryDateline(State state, string line, bool inHeader)
    {
        if (BoilerplateRules.DatelineDate(line, out var isUpdate) is not { } date)
        {
            return false;
        }

        if (!inHeader)
        {
            state.BodyDate ??= date;
        }
        else if (isUpdate)
        {
            state.Updated ??= date;
        }
        else
        {
            state.Published ??= date;
        }

        state.Remove(RemovedKind.Dateline, line, inHeader ? "dateline" : "date-line");
        return true;
    }

    private void AddBody(State state, string line, string key)
    {
        state.Body.Add(line);
        state.BodyKeys.Add(key);
        if (TextNormalization.WordCount(line) >= options.ProseWords)
        {
            state.InHeader = false;
        }
    }

    private static bool LooksLikeTitle(string line)
    {
        var words = TextNormalization.WordCount(line);
        return words is >= 1 and <= 30
            && line.Length <= 250
            && !line.EndsWith('.')
            && !char.IsLower(line[0]);
    }

    /// <summary>
    /// Where a trailing comments or related-links section starts: a marker in the second half of the
    /// article (earlier markers remove only themselves, so a stray "Comments" line cannot eat the body).
    /// </summary>
    private static int FindTailStart(IReadOnlyList<string> blocks)
    {
        for (var i = Math.Max(1, blocks.Count / 2); i < blocks.Count; i++)
        {
            var line = blocks[i];
            if (BoilerplateRules.IsCommentsMarker(line) || BoilerplateRules.IsRelatedMarker(line))
            {
                return i;
            }

            if (BoilerplateRules.IsCommenterLine(line, out var numbered) && (numbered || HasCommentAfter(blocks, i + 1)))
            {
                return i;
            }
        }

        return int.MaxValue;
    }

    private static bool HasCommentAfter(IReadOnlyList<string> blocks, int from)
    {
        for (var j = from; j < blocks.Count; j++)
        {
            if (BoilerplateRules.IsCommentsMarker(blocks[j]) || BoilerplateRules.IsCommenterLine(blocks[j], out _))
            {
                return true;
            }
        }

        return false;
    }

    private sealed class State(string? knownTitleKey, bool titleDecided)
    {
        public string? KnownTitleKey { get; } = knownTitleKey;

        public bool TitleDecided { get; set; } = titleDecided;

        public bool InHeader { get; set; } = true;

        public string? Title { get; set; }

        public string? TitleKey { get; set; }

        public List<string> Authors { get; } = [];

        public PublicationDate? Published { get; set; }

        public PublicationDate? Updated { get; set; }

        public PublicationDate? BodyDate { get; set; }

        public string? Outlet { get; set; }

        public string? CopyrightOutlet { get; set; }

        public string? OriginalOutlet { get; set; }

        public string? Section { get; set; }

        public List<string> Body { get; } = [];

        public HashSet<string> BodyKeys { get; } = new(StringComparer.Ordinal);

        public List<RemovedBlock> Removed { get; } = [];

        public Dictionary<string, RemovedKind> RemovedKeys { get; } = new(StringComparer.Ordinal);

        public void Remove(RemovedKind kind, string text, string rule)
        {
            Removed.Add(new RemovedBlock(kind, text, rule));
            RemovedKeys.TryAdd(TextNormalization.ComparisonKey(text), kind);
        }
    }
}
