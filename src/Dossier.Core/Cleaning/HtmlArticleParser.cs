using System.Text;
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

        foreach (var caption in document.QuerySelectorAll("figcaption"))
        {
            AddRemoved(removed, RemovedKind.Caption, caption.TextContent, "figcaption");
        }

        if (FindByline(document) is { } byline)
        {
            AddRemoved(removed, RemovedKind.Byline, byline.Text, "html-byline");
            if (authors.Count == 0)
            {
                authors.AddRange(byline.Names);
            }
        }

        if (Clean(document.QuerySelector("h1")?.TextContent) is { } heading)
        {
            AddRemoved(removed, RemovedKind.Title, heading, "html-h1");
        }

        var title = knownTitle ?? head.Title ?? Clean(document.QuerySelector("h1")?.TextContent);
        var body = HtmlBodyExtractor.Extract(document);
        removed.AddRange(body.Skipped);
        var cleaned = body.Blocks.Count > 0
            ? _cleaner.Clean(body.Blocks, title, guessTitle: false)
            : _plainText.Parse(IsMostlyLinks(document) ? string.Empty : LineText(document), title);
        if (title is null && body.Blocks.Count > 0)
        {
            // A page with no stated title: the plain-text reading of the whole page guesses it from the first lines.
            cleaned = cleaned with { Metadata = cleaned.Metadata with { Title = _plainText.Parse(LineText(document), null).Metadata.Title } };
        }

        var inferred = cleaned.Metadata;
        var published = head.Published ?? TimeElementDate(document) ?? inferred.Published ?? UrlMetadata.Date(head.Url);
        var language = head.Language is { } lang && lang.StartsWith("en", StringComparison.OrdinalIgnoreCase)
            ? "en"
            : inferred.Language;
        var metadata = inferred with
        {
            Title = title ?? inferred.Title,
            Authors = authors.Count > 0 ? [.. authors.Distinct(StringComparer.Ordinal)] : inferred.Authors,
            Published = published,
            Outlet = head.Outlet ?? inferred.Outlet,
            Section = head.Section ?? inferred.Section ?? UrlMetadata.Section(head.Url),
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

    /// <summary>The first element marked as a byline that reads like one, and the names in it.</summary>
    private static (string Text, IReadOnlyList<string> Names)? FindByline(IDocument document)
    {
        foreach (var element in document.QuerySelectorAll("[class],[id],[rel='author']"))
        {
            var marks = $"{element.GetAttribute("class")} {element.GetAttribute("id")} {element.GetAttribute("rel")}";
            if (BylineMarkRegex().IsMatch(marks) && Clean(element.TextContent) is { Length: < 200 } byline
                && BoilerplateRules.BylineNames(byline) is { Count: > 0 } names)
            {
                return (byline, names);
            }
        }

        return null;
    }

    private static bool IsMostlyLinks(IDocument document)
    {
        var all = document.Body?.TextContent.Length ?? 0;
        var linked = document.QuerySelectorAll("body a").Sum(a => a.TextContent.Length);
        return linked * 2 > all;
    }

    /// <summary>The body's text with line breaks kept, for pages that put their text in bare divs and &lt;br&gt;s.</summary>
    /// <remarks>
    /// One iterative walk over ChildNodes that never changes the DOM, so that a deeply nested page
    /// (a pile of nested tables) costs time in proportion to its size.
    /// </remarks>
    private static string LineText(IDocument document)
    {
        if (document.Body is not { } body)
        {
            return string.Empty;
        }

        var text = new StringBuilder();
        var stack = new Stack<(INode Node, bool Closing)>();
        stack.Push((body, false));
        while (stack.Count > 0)
        {
            var (node, closing) = stack.Pop();
            if (node is IText textNode)
            {
                text.Append(textNode.Data);
                continue;
            }

            var breaks = node is IElement { LocalName: "br" or "div" or "section" or "td" or "tr" } && node != body;
            if (closing)
            {
                text.Append('\n');
                continue;
            }

            if (breaks)
            {
                text.Append('\n');
                if (node is IElement { LocalName: not "br" })
                {
                    stack.Push((node, true));
                }
            }

            var children = node.ChildNodes;
            for (var i = children.Length - 1; i >= 0; i--)
            {
                if (children[i] is IText or IElement)
                {
                    stack.Push((children[i], false));
                }
            }
        }

        return text.ToString();
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

    [GeneratedRegex(@"(?:^|[\s_\-])(?:byline|author-name|author)(?:$|[\s])", RegexOptions.IgnoreCase)]
    private static partial Regex BylineMarkRegex();

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
