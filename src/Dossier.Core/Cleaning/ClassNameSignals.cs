using AngleSharp.Dom;
using Dossier.Core.Model;

namespace Dossier.Core.Cleaning;

/// <summary>What an element's class and id words say about it: article text, or boilerplate around it.</summary>
internal static class ClassNameSignals
{
    private static readonly HashSet<string> ArticleWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "article", "articlebody", "body", "content", "entry", "hentry", "main", "post", "story", "storybody", "text", "blog", "prose",
    };

    private static readonly HashSet<string> WeakBoilerplateWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "banner", "combx", "comment", "comments", "contact", "foot", "footer", "footnote", "masthead", "media", "meta", "outbrain",
        "promo", "related", "scroll", "share", "sharing", "shoutbox", "sidebar", "skyscraper", "sponsor", "sponsored", "shopping",
        "tags", "tool", "tools", "toolbar", "widget", "ad", "ads", "advert", "advertisement", "social", "popup", "modal", "menu",
        "nav", "navigation", "breadcrumb", "breadcrumbs", "cookie", "cookies", "newsletter", "subscribe", "signup", "recirc",
        "recommended", "trending", "popular", "taboola", "disqus", "caption", "credit", "credits", "byline", "author", "hidden",
        "print", "email", "follow", "pagination", "pager", "rail", "login", "gdpr", "consent", "teaser", "teasers", "more",
    };

    /// <summary>+25 for article words, −25 for boilerplate words, in the class and again in the id.</summary>
    public static double Weight(IElement element)
    {
        var weight = 0.0;
        if (element.GetAttribute("itemprop") is { } itemprop && itemprop.Contains("articleBody", StringComparison.OrdinalIgnoreCase))
        {
            weight += 50;
        }

        foreach (var attribute in (string[])["class", "id"])
        {
            if (element.GetAttribute(attribute) is not { Length: > 0 } value)
            {
                continue;
            }

            var words = Words(value);
            if (words.Any(WeakBoilerplateWords.Contains))
            {
                weight -= 25;
            }

            if (words.Any(ArticleWords.Contains))
            {
                weight += 25;
            }
        }

        return weight;
    }

    /// <summary>Whether the class or id names the element as boilerplate (and not also as article text).</summary>
    public static bool IsBoilerplate(IElement element)
    {
        var words = Words($"{element.GetAttribute("class")} {element.GetAttribute("id")}");
        return words.Any(WeakBoilerplateWords.Contains) && !words.Any(ArticleWords.Contains);
    }

    /// <summary>What kind of boilerplate the class or id names, when it names one this record keeps.</summary>
    public static RemovedKind? KindOf(IElement element)
    {
        var words = Words($"{element.GetAttribute("class")} {element.GetAttribute("id")}");
        bool Has(params string[] names) => words.Any(w => names.Contains(w, StringComparer.OrdinalIgnoreCase));
        return Has("comment", "comments", "disqus", "respond", "replies") ? RemovedKind.Comments
            : Has("related", "recommended", "trending", "popular", "outbrain", "taboola", "recirc", "teaser", "teasers", "more") ? RemovedKind.Related
            : Has("byline", "author") ? RemovedKind.Byline
            : Has("caption", "credit", "credits") ? RemovedKind.Caption
            : Has("share", "sharing", "social", "nav", "navigation", "menu", "breadcrumb", "breadcrumbs", "tags", "pagination", "pager") ? RemovedKind.Navigation
            : null;
    }

    /// <summary>Class and id split into words at spaces, dashes, underscores and lower-to-upper case changes.</summary>
    internal static List<string> Words(string value)
    {
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= value.Length; i++)
        {
            var boundary = i == value.Length || !char.IsLetterOrDigit(value[i])
                || (i > 0 && char.IsLower(value[i - 1]) && char.IsUpper(value[i]));
            if (boundary)
            {
                if (start >= 0)
                {
                    words.Add(value[start..i]);
                }

                start = i < value.Length && char.IsLetterOrDigit(value[i]) ? i : -1;
            }
            else if (start < 0)
            {
                start = i;
            }
        }

        return words;
    }
}
