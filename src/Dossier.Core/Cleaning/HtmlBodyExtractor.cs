using System.Text;
using AngleSharp.Dom;
using Dossier.Core.Model;

namespace Dossier.Core.Cleaning;

/// <summary>
/// Finds the article body in a parsed page and returns its paragraphs. Text blocks vote for the
/// containers around them (weighted by length, commas and nearness, discounted by link density and by
/// class names that mark boilerplate); the winning container and its like-minded siblings are then
/// read block by block, skipping link lists, share bars, captions and other marked boilerplate.
/// All passes are iterative and linear in the number of nodes, so deep or huge pages cannot overflow
/// the stack or go quadratic.
/// </summary>
internal sealed class HtmlBodyExtractor
{
    private const int MinUnitChars = 25;
    private const int MaxScoredLevels = 5;

    private static readonly HashSet<string> DroppedTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "svg", "iframe", "object", "embed", "canvas", "video", "audio",
        "button", "input", "select", "textarea", "option", "label", "nav", "aside", "footer", "figcaption", "dialog",
        "head", "title", "meta", "link", "map", "math",
    };

    private static readonly HashSet<string> BlockTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "address", "article", "blockquote", "body", "center", "dd", "details", "div", "dl", "dt", "fieldset", "figure",
        "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "ol", "p", "pre", "section", "summary",
        "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "html", "frameset", "frame",
    };

    /// <summary>Tags whose own text makes them the container of that text rather than its paragraph.</summary>
    private static readonly HashSet<string> ContainerTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "div", "section", "article", "main", "td", "body", "form", "center", "font",
    };

    private readonly Dictionary<INode, NodeStats> _stats = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<IElement, double> _scores = new(ReferenceEqualityComparer.Instance);

    private HtmlBodyExtractor()
    {
    }

    private readonly List<RemovedBlock> _skipped = [];

    /// <summary>The body's paragraphs in reading order (none when the page holds no text worth reading) and the marked boilerplate left out.</summary>
    public static ExtractedBody Extract(IDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.Body is not { } body)
        {
            return new ExtractedBody([], []);
        }

        var extractor = new HtmlBodyExtractor();
        extractor.Measure(body);
        var chosen = extractor.Choose(body);
        var blocks = new List<string>();
        foreach (var element in chosen)
        {
            extractor.Read(element, blocks);
        }

        return new ExtractedBody(blocks, extractor._skipped);
    }

    private void Skip(IElement element, RemovedKind kind)
    {
        var text = TextNormalization.CollapseWhitespace(element.TextContent);
        if (text.Length > 0)
        {
            _skipped.Add(new RemovedBlock(kind, text, "html-" + kind.ToString().ToLowerInvariant()));
        }
    }

    /// <summary>Bottom-up text statistics for every node, in one post-order pass.</summary>
    private void Measure(IElement root)
    {
        var stack = new Stack<(INode Node, bool Done)>();
        stack.Push((root, false));
        while (stack.Count > 0)
        {
            var (node, done) = stack.Pop();
            if (node is IText text)
            {
                _stats[node] = NodeStats.OfText(text.Data);
                continue;
            }

            if (node is not IElement element || IsDropped(element))
            {
                continue;
            }

            // Comment threads are never the article, however much prose they hold.
            if (!done && element != root && ClassNameSignals.KindOf(element) == RemovedKind.Comments)
            {
                Skip(element, RemovedKind.Comments);
                continue;
            }

            if (!done)
            {
                stack.Push((node, true));
                // Indexing ChildNodes, not LastChild/PreviousSibling: AngleSharp's sibling links
                // cost time in proportion to depth, which is quadratic on deeply nested pages.
                var children = node.ChildNodes;
                for (var i = children.Length - 1; i >= 0; i--)
                {
                    stack.Push((children[i], false));
                }

                continue;
            }

            var stats = default(NodeStats);
            var isLink = element.LocalName == "a";
            foreach (var child in node.ChildNodes)
            {
                if (!_stats.TryGetValue(child, out var c))
                {
                    continue;
                }

                var childIsBlock = child is IElement ce && (BlockTags.Contains(ce.LocalName) || c.HasBlock);
                stats = new NodeStats(
                    stats.Chars + c.Chars,
                    stats.LinkChars + c.LinkChars,
                    stats.Commas + c.Commas,
                    stats.HasBlock || childIsBlock,
                    stats.InlineChars + (childIsBlock ? 0 : c.Chars),
                    stats.InlineCommas + (childIsBlock ? 0 : c.Commas));
            }

            if (isLink)
            {
                stats = stats with { LinkChars = stats.Chars };
            }

            _stats[node] = stats;
        }
    }

    private NodeStats StatsOf(INode node) => _stats.GetValueOrDefault(node);

    /// <summary>The best-scored container and those of its siblings that read like more of the article.</summary>
    private List<IElement> Choose(IElement body)
    {
        foreach (var (element, stats) in _stats.Where(kv => kv.Key is IElement).Select(kv => ((IElement)kv.Key, kv.Value)).ToList())
        {
            if (stats.InlineChars < MinUnitChars || element.LocalName is "a" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "li" or "dt")
            {
                continue;
            }

            var vote = 1 + stats.InlineCommas + Math.Min(stats.InlineChars / 100.0, 3);
            var level = 0;
            for (var target = ContainerTags.Contains(element.LocalName) ? element : element.ParentElement;
                 target is not null && level < MaxScoredLevels;
                 target = target.ParentElement, level++)
            {
                if (!_scores.ContainsKey(target))
                {
                    _scores[target] = InitialScore(target);
                }

                _scores[target] += level switch { 0 => vote, 1 => vote / 2, _ => vote / (level * 3) };
                if (target == body)
                {
                    break;
                }
            }
        }

        // No text block anywhere: a page of links, images or frames has no article to read.
        if (_scores.Count == 0)
        {
            return [];
        }

        var final = new Dictionary<IElement, double>(ReferenceEqualityComparer.Instance);
        foreach (var (element, score) in _scores)
        {
            final[element] = score * (1 - LinkDensity(element));
        }

        var top = final.MaxBy(kv => kv.Value).Key;
        var topScore = final[top];
        top = CommonAncestorOfRivals(top, topScore, final);
        if (top.ParentElement is not { } parent)
        {
            return [top];
        }

        var threshold = Math.Max(10, topScore * 0.2);
        var topClass = top.GetAttribute("class");
        var chosen = new List<IElement>();
        foreach (var sibling in parent.Children)
        {
            if (sibling == top)
            {
                chosen.Add(sibling);
                continue;
            }

            var score = final.GetValueOrDefault(sibling);
            if (!string.IsNullOrEmpty(topClass) && sibling.GetAttribute("class") == topClass)
            {
                score += topScore * 0.2;
            }

            if (score >= threshold || IsProseParagraph(sibling))
            {
                chosen.Add(sibling);
            }
        }

        return chosen;
    }

    /// <summary>
    /// Articles cut into chunks (between ads, pull quotes or layout grids) score as several near-equal
    /// containers: when at least two rivals come close to the top, their lowest common ancestor with it is the article.
    /// </summary>
    private static IElement CommonAncestorOfRivals(IElement top, double topScore, Dictionary<IElement, double> final)
    {
        var rivals = final
            .Where(kv => kv.Value >= topScore * 0.75 && kv.Key != top && !kv.Key.Contains(top) && !top.Contains(kv.Key))
            .Select(kv => kv.Key)
            .ToList();
        if (rivals.Count < 2)
        {
            return top;
        }

        var level = 0;
        for (var ancestor = top.ParentElement; ancestor is not null && ancestor.LocalName != "body" && level < 6; ancestor = ancestor.ParentElement, level++)
        {
            if (rivals.Count(ancestor.Contains) >= 2)
            {
                return ancestor;
            }
        }

        return top;
    }

    private bool IsProseParagraph(IElement element)
    {
        if (element.LocalName != "p")
        {
            return false;
        }

        var stats = StatsOf(element);
        var density = LinkDensity(element);
        return stats.Chars > 80
            ? density < 0.25
            : density == 0 && element.TextContent.TrimEnd().EndsWith('.');
    }

    private double LinkDensity(IElement element)
    {
        var stats = StatsOf(element);
        return stats.Chars == 0 ? 0 : stats.LinkChars / (double)stats.Chars;
    }

    private static double InitialScore(IElement element)
    {
        var score = element.LocalName switch
        {
            "div" => 5,
            "article" => 8,
            "main" => 5,
            "pre" or "td" or "blockquote" => 3,
            "address" or "ol" or "ul" or "dl" or "dd" or "dt" or "li" or "form" => -3,
            "th" => -5,
            _ => 0,
        };
        return score + ClassNameSignals.Weight(element);
    }

    /// <summary>Appends the element's text as paragraphs, leaving out boilerplate inside it.</summary>
    private void Read(IElement root, List<string> blocks)
    {
        var rootChars = Math.Max(1, StatsOf(root).Chars);
        var line = new StringBuilder();
        var stack = new Stack<(INode Node, bool Done)>();
        stack.Push((root, false));
        while (stack.Count > 0)
        {
            var (node, done) = stack.Pop();
            if (node is IText text)
            {
                line.Append(text.Data);
                continue;
            }

            if (node is not IElement element || !_stats.ContainsKey(element))
            {
                continue;
            }

            var isBlock = BlockTags.Contains(element.LocalName) || element.LocalName == "br";
            if (done)
            {
                if (isBlock)
                {
                    Flush(line, blocks);
                }

                continue;
            }

            // A date standing alone above or below the text is a dateline; inside a sentence it is part of it.
            if (element.LocalName == "time" && StatsOf(element).Chars < 40 && element.Closest("p") is null)
            {
                Skip(element, RemovedKind.Dateline);
                continue;
            }

            if (element != root && IsBoilerplate(element, rootChars))
            {
                if (ClassNameSignals.KindOf(element) is { } kind)
                {
                    Skip(element, kind);
                }

                continue;
            }

            if (isBlock)
            {
                Flush(line, blocks);
            }

            stack.Push((node, true));
            var children = node.ChildNodes;
            for (var i = children.Length - 1; i >= 0; i--)
            {
                stack.Push((children[i], false));
            }
        }

        Flush(line, blocks);
    }

    private bool IsBoilerplate(IElement element, int rootChars)
    {
        var stats = StatsOf(element);
        if (stats.Chars == 0 || element.LocalName == "h1")
        {
            return stats.Chars == 0 || element.LocalName == "h1";
        }

        // Link lists: related stories, tags, share bars, pagination.
        if (element.LocalName is "ul" or "ol" or "div" or "section" or "p" or "table" or "dl" or "header" or "span" or "li"
            && stats.LinkChars > stats.Chars * 0.5 && stats.Chars < 1000)
        {
            return true;
        }

        // A marked wrapper that holds most of the text is the article itself, whatever its class says.
        return stats.Chars < rootChars * 0.4 && ClassNameSignals.IsBoilerplate(element);
    }

    private static bool IsDropped(IElement element) =>
        DroppedTags.Contains(element.LocalName)
        || element.HasAttribute("hidden")
        || (element.GetAttribute("style") is { } style && IsHiddenStyle(style));

    private static bool IsHiddenStyle(string style)
    {
        var compact = style.Replace(" ", string.Empty, StringComparison.Ordinal);
        return compact.Contains("display:none", StringComparison.OrdinalIgnoreCase)
            || compact.Contains("visibility:hidden", StringComparison.OrdinalIgnoreCase);
    }

    private static void Flush(StringBuilder line, List<string> blocks)
    {
        if (line.Length == 0)
        {
            return;
        }

        var text = TextNormalization.CollapseWhitespace(line.ToString());
        line.Clear();
        if (text.Length > 0)
        {
            blocks.Add(text);
        }
    }

    /// <param name="Chars">Non-space characters of text inside.</param>
    /// <param name="LinkChars">Of those, the ones inside links.</param>
    /// <param name="HasBlock">Whether any block-level element is inside.</param>
    /// <param name="InlineChars">Characters of the element's own text: its text nodes and inline children.</param>
    private readonly record struct NodeStats(int Chars, int LinkChars, int Commas, bool HasBlock, int InlineChars, int InlineCommas)
    {
        public static NodeStats OfText(string text)
        {
            var chars = 0;
            var commas = 0;
            foreach (var c in text)
            {
                if (!char.IsWhiteSpace(c))
                {
                    chars++;
                }

                if (c is ',' or '，' or '、' or '،')
                {
                    commas++;
                }
            }

            return new NodeStats(chars, 0, commas, false, chars, commas);
        }
    }
}

/// <summary>An HTML page's article paragraphs, and the marked boilerplate that was left out of them.</summary>
internal sealed record ExtractedBody(IReadOnlyList<string> Blocks, IReadOnlyList<RemovedBlock> Skipped);
