using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Dossier.Core.Model;

namespace Dossier.Core.Cleaning;

/// <summary>
/// Cleans an HTML page: metadata from the head (title, meta tags, JSON-LD, canonical link, lang) and the
/// body from the container holding the most paragraph text, with the same boilerplate rules as plain text.
/// </summary>
public sealed partial class HtmlArticleParser
{
    private const int MinParagraphChars = 25;

    private static readonly string[] JunkSelectors =
    [
        "script", "style", "noscript", "template", "iframe", "svg", "form", "button", "select", "nav", "aside", "footer",
    ];

    private static readonly HashSet<string> BlockTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "P", "H1", "H2", "H3", "H4", "H5", "H6", "LI", "BLOCKQUOTE", "PRE",
    };

    private static readonly HashSet<string> ArticleTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle",
        "BackgroundNewsArticle", "ReviewNewsArticle", "BlogPosting", "Report",
    };

    private readonly ArticleBlockCleaner _cleaner;
    private readonly PlainTextArticleParser _plainText;

    public HtmlArticleParser(CleaningOptions? options = null)
    {
        _cleaner = new ArticleBlockCleaner(options ?? CleaningOptions.Default);
        _plainText = new PlainTextArticleParser(options);
    }

    /// <param name="knownTitle">The title from the input's own metadata; it wins over the page's.</param>
    public CleanedArticle Parse(string html, string? knownTitle = null)
    {
        ArgumentNullException.ThrowIfNull(html);
        using var document = new HtmlParser().ParseDocument(html);
        var head = ReadHeadMetadata(document);
        var removed = new List<RemovedBlock>();
        var authors = new List<string>(head.Authors);

        foreach (var caption in document.QuerySelectorAll("figcaption").ToList())
        {
            AddRemoved(removed, RemovedKind.Caption, caption.TextContent, "figcaption");
            caption.Remove();
        }

        foreach (var junk in document.QuerySelectorAll(string.Join(',', JunkSelectors)).ToList())
        {
            junk.Remove();
        }

        RemoveMarkedSections(document, removed, authors);

        var title = knownTitle ?? head.Title;
        var container = ChooseContainer(document);
        var blocks = container is null ? [] : Blocks(container);
        var cleaned = blocks.Count > 0
            ? _cleaner.Clean(blocks, title, guessTitle: title is null)
            : _plainText.Parse(LineText(document), title);

        var inferred = cleaned.Metadata;
        var published = head.Published ?? TimeElementDate(document) ?? inferred.Published;
        var language = head.Language is { } lang && lang.StartsWith("en", StringComparison.OrdinalIgnoreCase)
            ? "en"
            : inferred.Language;
        var metadata = inferred with
        {
            Title = head.Title ?? inferred.Title,
            Authors = authors.Count > 0 ? [.. authors.Distinct(StringComparer.Ordinal)] : inferred.Authors,
            Published = published,
            Outlet = head.Outlet ?? inferred.Outlet,
            Section = head.Section ?? inferred.Section,
            Language = language,
            Url = head.Url,
        };
        return new CleanedArticle(cleaned.Text, metadata, [.. removed, .. cleaned.Removed]);
    }

    private static HeadMetadata ReadHeadMetadata(IDocument document)
    {
        var ld = ReadJsonLd(document);
        var metaAuthors = Meta(document, "author") is { } author && !author.StartsWith("http", StringComparison.OrdinalIgnoreCase)
            ? SplitAuthors(author)
            : [];
        var siteName = Meta(document, "og:site_name");
        var pageTitle = Clean(document.QuerySelector("title")?.TextContent);
        var title = Clean(Meta(document, "og:title")) ?? ld.Headline ?? StripSiteSuffix(pageTitle, siteName);
        var published = PublicationDateParser.Parse(ld.Published)
            ?? PublicationDateParser.Parse(Meta(document, "article:published_time"))
            ?? PublicationDateParser.Parse(Meta(document, "pubdate") ?? Meta(document, "publishdate") ?? Meta(document, "date"));
        var canonical = document.QuerySelector("link[rel~='canonical']")?.GetAttribute("href");
        return new HeadMetadata(
            title,
            ld.Authors.Count > 0 ? ld.Authors : metaAuthors,
            published,
            OutletNames.Normalize(siteName ?? ld.Publisher),
            Clean(Meta(document, "article:section")) ?? ld.Section,
            document.DocumentElement?.GetAttribute("lang"),
            Clean(canonical) ?? Clean(Meta(document, "og:url")) ?? ld.Url);
    }

    private static string? Meta(IDocument document, string name)
    {
        foreach (var meta in document.QuerySelectorAll("meta"))
        {
            var key = meta.GetAttribute("property") ?? meta.GetAttribute("name") ?? meta.GetAttribute("itemprop");
            if (key is not null && key.Equals(name, StringComparison.OrdinalIgnoreCase) && Clean(meta.GetAttribute("content")) is { } content)
            {
                return content;
            }
        }

        return null;
    }

    private static JsonLdArticle ReadJsonLd(IDocument document)
    {
        foreach (var script in document.QuerySelectorAll("script[type='application/ld+json']"))
        {
            try
            {
                using var json = JsonDocument.Parse(script.TextContent);
                if (FindArticle(json.RootElement) is { } article)
                {
                    return new JsonLdArticle(
                        Clean(StringOf(article, "headline")),
                        PeopleOf(article),
                        StringOf(article, "datePublished"),
                        article.TryGetProperty("publisher", out var publisher) ? Clean(NameOf(publisher)) : null,
                        Clean(StringOf(article, "articleSection")),
                        Clean(StringOf(article, "url")));
                }
            }
            catch (JsonException)
            {
                // A broken JSON-LD block says nothing we can trust; the meta tags still may.
            }
        }

        return new JsonLdArticle(null, [], null, null, null, null);
    }

    private static JsonElement? FindArticle(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                if (FindArticle(item) is { } found)
                {
                    return found;
                }
            }

            return null;
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        if (element.TryGetProperty("@type", out var type) && TypeNames(type).Any(ArticleTypes.Contains))
        {
            return element;
        }

        return element.TryGetProperty("@graph", out var graph) ? FindArticle(graph) : null;
    }

    private static IEnumerable<string> TypeNames(JsonElement type) => type.ValueKind switch
    {
        JsonValueKind.String => [type.GetString()!],
        JsonValueKind.Array => type.EnumerateArray().Where(t => t.ValueKind == JsonValueKind.String).Select(t => t.GetString()!),
        _ => [],
    };

    private static string? StringOf(JsonElement element, string property)
    {
        if (!element.TryGetProperty(property, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Array => value.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()).FirstOrDefault(),
            _ => null,
        };
    }

    private static string? NameOf(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Object => StringOf(element, "name"),
        JsonValueKind.Array => element.EnumerateArray().Select(NameOf).FirstOrDefault(n => n is not null),
        _ => null,
    };

    private static List<string> PeopleOf(JsonElement article)
    {
        if (!article.TryGetProperty("author", out var author))
        {
            return [];
        }

        var people = author.ValueKind == JsonValueKind.Array ? author.EnumerateArray().ToList() : [author];
        return [.. people.Select(NameOf).Select(Clean).OfType<string>().Distinct(StringComparer.Ordinal)];
    }

    private static List<string> SplitAuthors(string text) =>
        [.. AuthorSeparatorRegex().Split(text).Select(Clean).OfType<string>()];

    /// <summary>Removes comment threads, related-link boxes, share bars and bylines marked as such by class or id.</summary>
    private static void RemoveMarkedSections(IDocument document, List<RemovedBlock> removed, List<string> authors)
    {
        var bodyLength = document.Body?.TextContent.Length ?? 0;
        foreach (var element in document.QuerySelectorAll("[class],[id]").ToList())
        {
            if (element.ParentElement is null || element.LocalName is "body" or "html" or "article")
            {
                continue;
            }

            var marks = $"{element.GetAttribute("class")} {element.GetAttribute("id")}";
            var kind = CommentsMarkRegex().IsMatch(marks) ? RemovedKind.Comments
                : RelatedMarkRegex().IsMatch(marks) ? RemovedKind.Related
                : BylineMarkRegex().IsMatch(marks) ? RemovedKind.Byline
                : NavigationMarkRegex().IsMatch(marks) ? RemovedKind.Navigation
                : (RemovedKind?)null;

            // A wrapper that holds most of the page is the article itself, whatever its class says.
            if (kind is null || element.TextContent.Length > bodyLength / 2)
            {
                continue;
            }

            if (kind == RemovedKind.Byline && Clean(element.TextContent) is { } byline)
            {
                if (authors.Count == 0 && BoilerplateRules.BylineNames(byline) is { } names)
                {
                    authors.AddRange(names);
                }
            }

            AddRemoved(removed, kind.Value, element.TextContent, "html-" + kind.Value.ToString().ToLowerInvariant());
            element.Remove();
        }
    }

    /// <summary>The element with the most paragraph text directly inside it (half credit to the grandparent), preferring &lt;article&gt;.</summary>
    private static IElement? ChooseContainer(IDocument document)
    {
        var scores = new Dictionary<IElement, double>();
        foreach (var paragraph in document.QuerySelectorAll("p"))
        {
            var length = Clean(paragraph.TextContent)?.Length ?? 0;
            if (length < MinParagraphChars || paragraph.ParentElement is not { } parent)
            {
                continue;
            }

            scores[parent] = scores.GetValueOrDefault(parent) + length;
            if (parent.ParentElement is { } grandparent)
            {
                scores[grandparent] = scores.GetValueOrDefault(grandparent) + (length / 2.0);
            }
        }

        if (scores.Count == 0)
        {
            return document.QuerySelector("article") ?? document.QuerySelector("main") ?? document.Body;
        }

        var best = scores.MaxBy(kv => kv.Key.LocalName is "article" or "main" || kv.Key.HasAttribute("itemprop") ? kv.Value * 1.2 : kv.Value).Key;

        // Headings and the byline usually sit beside the paragraphs' own wrapper inside the <article>.
        return best.Closest("article") is { } article && article.TextContent.Length < best.TextContent.Length * 2 ? article : best;
    }

    private static List<string> Blocks(IElement container) =>
        [.. container.QuerySelectorAll("*")
            .Where(e => BlockTags.Contains(e.TagName) && !e.QuerySelectorAll("*").Any(d => BlockTags.Contains(d.TagName)))
            .Select(e => Clean(e.TextContent))
            .OfType<string>()];

    /// <summary>The body's text with line breaks kept, for pages that put their text in bare divs and &lt;br&gt;s.</summary>
    private static string LineText(IDocument document)
    {
        if (document.Body is not { } body)
        {
            return string.Empty;
        }

        foreach (var element in body.QuerySelectorAll("br, div, section, td, tr").ToList())
        {
            element.Parent?.InsertBefore(document.CreateTextNode("\n"), element);
            if (element.LocalName != "br")
            {
                element.AppendChild(document.CreateTextNode("\n"));
            }
        }

        return body.TextContent;
    }

    private static PublicationDate? TimeElementDate(IDocument document)
    {
        var time = document.QuerySelector("time[itemprop='datePublished'], time[pubdate]") ?? document.QuerySelector("time[datetime]");
        return PublicationDateParser.Parse(time?.GetAttribute("datetime"));
    }

    private static string? StripSiteSuffix(string? title, string? siteName)
    {
        if (title is null || siteName is null)
        {
            return title;
        }

        var m = SiteSuffixRegex().Match(title);
        return m.Success && m.Groups["site"].Value.Trim().Equals(siteName.Trim(), StringComparison.OrdinalIgnoreCase)
            ? title[..m.Index].Trim()
            : title;
    }

    private static void AddRemoved(List<RemovedBlock> removed, RemovedKind kind, string text, string rule)
    {
        if (Clean(text) is { } clean)
        {
            removed.Add(new RemovedBlock(kind, clean, rule));
        }
    }

    private static string? Clean(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var clean = TextNormalization.CollapseWhitespace(text);
        return clean.Length == 0 ? null : clean;
    }

    [GeneratedRegex(@"\s*(?:,|;|\band\b|&)\s*")]
    private static partial Regex AuthorSeparatorRegex();

    [GeneratedRegex(@"\s+[|\-–—:]\s+(?<site>[^|\-–—:]+)$")]
    private static partial Regex SiteSuffixRegex();

    [GeneratedRegex(@"(?:^|[\s_\-])(?:comments?|comment-list|disqus|respond|replies)(?:$|[\s_\-])", RegexOptions.IgnoreCase)]
    private static partial Regex CommentsMarkRegex();

    [GeneratedRegex(@"(?:^|[\s_\-])(?:related|recommended|more-stories|read-more|most-popular|trending|outbrain|taboola)(?:$|[\s_\-])", RegexOptions.IgnoreCase)]
    private static partial Regex RelatedMarkRegex();

    [GeneratedRegex(@"(?:^|[\s_\-])(?:byline|author-name|author)(?:$|[\s])", RegexOptions.IgnoreCase)]
    private static partial Regex BylineMarkRegex();

    [GeneratedRegex(@"(?:^|[\s_\-])(?:share|sharing|social|newsletter|subscribe|advert|advertisement|ads?|promo|breadcrumbs?|cookie|cookies|sidebar|menu|masthead|skip-link)(?:$|[\s_\-])", RegexOptions.IgnoreCase)]
    private static partial Regex NavigationMarkRegex();

    private sealed record HeadMetadata(
        string? Title,
        IReadOnlyList<string> Authors,
        PublicationDate? Published,
        string? Outlet,
        string? Section,
        string? Language,
        string? Url);

    private sealed record JsonLdArticle(
        string? Headline,
        IReadOnlyList<string> Authors,
        string? Published,
        string? Publisher,
        string? Section,
        string? Url);
}
