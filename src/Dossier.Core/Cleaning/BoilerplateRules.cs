using System.Text.RegularExpressions;

namespace Dossier.Core.Cleaning;

/// <summary>Recognisers for the kinds of lines that pages put around an article's body.</summary>
internal static partial class BoilerplateRules
{
    private static readonly HashSet<string> SectionNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "opinion", "opinions", "op-ed", "op-eds", "commentary", "editorial", "editorials", "analysis", "perspective",
        "perspectives", "viewpoint", "viewpoints", "column", "columns", "blog", "blogs", "features", "feature",
        "news", "world", "world news", "china", "asia", "asia pacific", "asia-pacific", "europe", "americas", "africa",
        "middle east", "politics", "business", "economy", "markets", "sports", "sport", "culture", "tech",
        "technology", "science", "health", "society", "nation", "national", "international", "diplomacy",
        "defense", "defence", "military", "north korea", "korea", "latest", "breaking news", "top news", "top stories",
        "video", "insight", "interview", "environment", "global", "region", "local",
    };

    private static readonly HashSet<string> NavigationLines = new(StringComparer.OrdinalIgnoreCase)
    {
        "home", "menu", "share", "share this", "share this article", "share this story", "share on facebook",
        "share on twitter", "tweet", "facebook", "twitter", "email", "e-mail", "print", "whatsapp", "linkedin",
        "reddit", "telegram", "copy link", "link copied", "subscribe", "sign in", "sign up", "log in", "login",
        "register", "search", "skip to content", "skip to main content", "back to top", "next", "previous",
        "next article", "previous article", "next post", "previous post", "advertisement", "ad", "close", "more",
        "follow us", "top", "print this page", "font size", "listen", "listen to this article", "a", "a+", "a-",
    };

    private static readonly HashSet<string> NameStopWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "of", "in", "on", "to", "for", "with", "at", "from", "after", "before", "is", "are",
        "was", "will", "how", "what", "why", "who", "when", "where", "news", "summit", "update", "updated",
        "opinion", "editor", "photo", "video", "says", "said", "comments", "related", "more", "read", "share",
    };

    private static readonly HashSet<string> NameParticles = new(StringComparer.Ordinal)
    {
        "de", "van", "von", "der", "den", "da", "del", "di", "du", "al", "el", "la", "le", "bin", "ibn",
    };

    public static bool IsTagLine(string line) => TagLineRegex().IsMatch(line);

    public static bool IsSection(string line) => SectionNames.Contains(line.Trim().TrimEnd(':'));

    public static bool IsNavigation(string line)
    {
        var trimmed = line.Trim().TrimEnd(':');
        if (NavigationLines.Contains(trimmed) || SymbolsOnlyRegex().IsMatch(trimmed))
        {
            return true;
        }

        // "Home | World | Asia" or "News > Asia": short pieces joined by separators.
        var pieces = NavSeparatorRegex().Split(trimmed);
        return pieces.Length >= 3 && pieces.All(p => TextNormalization.WordCount(p) <= 3);
    }

    /// <summary>The names in a byline line ("By Jane Doe and John Roe", "Xu Fangqing"), or null when the line is not one.</summary>
    public static IReadOnlyList<string>? BylineNames(string line)
    {
        var text = line.Trim();
        var prefixed = ByPrefixRegex().Match(text);
        if (prefixed.Success)
        {
            text = text[prefixed.Length..];
        }

        text = BylineTailRegex().Replace(text, string.Empty).Trim();
        if (text.Length == 0 || text.Length > 80 || text.Any(char.IsDigit))
        {
            return null;
        }

        var names = NameSeparatorRegex().Split(text).Select(n => n.Trim()).Where(n => n.Length > 0).ToList();
        if (names.Count == 0 || names.Count > (prefixed.Success ? 4 : 2) || !names.All(IsPersonName))
        {
            return null;
        }

        return names;
    }

    public static bool IsEditorNote(string line) => EditorNoteRegex().IsMatch(line) || ContributorNoteRegex().IsMatch(line);

    /// <summary>The outlet a disclaimer names ("…and not necessarily those of CGTN."), if any.</summary>
    public static string? OutletFromDisclaimer(string line)
    {
        var m = DisclaimerOutletRegex().Match(line);
        return m.Success ? OutletNames.Normalize(m.Groups["o"].Value) : null;
    }

    public static bool IsCaption(string line) =>
        CaptionCreditRegex().IsMatch(line) || CaptionLabelRegex().IsMatch(line) || CaptionAgencyRegex().IsMatch(line);

    public static bool IsCopyright(string line) =>
        CopyrightStartRegex().IsMatch(line)
        || (line.Contains("all rights reserved", StringComparison.OrdinalIgnoreCase) && TextNormalization.WordCount(line) <= 30);

    public static string? OutletFromCopyright(string line)
    {
        var m = CopyrightOutletRegex().Match(line);
        return m.Success ? OutletNames.Normalize(m.Groups["o"].Value) : null;
    }

    public static bool IsRelatedMarker(string line) => RelatedMarkerRegex().IsMatch(line.Trim());

    public static bool IsCommentsMarker(string line) => CommentsMarkerRegex().IsMatch(line.Trim());

    /// <summary>"Bobby English says" or "2. Bobby English says:": the head of one comment.</summary>
    public static bool IsCommenterLine(string line, out bool numbered)
    {
        var m = CommenterRegex().Match(line.Trim());
        numbered = m.Success && m.Groups["n"].Success;
        return m.Success && TextNormalization.WordCount(m.Groups["name"].Value) <= 4;
    }

    /// <summary>A short "this content was originally published…" note; <paramref name="outlet"/> is set when it names the outlet.</summary>
    public static bool IsSyndicationNote(string line, out string? outlet)
    {
        outlet = null;
        if (TextNormalization.WordCount(line) > 25 || !SyndicationRegex().IsMatch(line))
        {
            return false;
        }

        var m = SyndicationOutletRegex().Match(line);
        if (m.Success && !m.Groups["o"].Value.Trim().Equals("here", StringComparison.OrdinalIgnoreCase))
        {
            outlet = OutletNames.Normalize(m.Groups["o"].Value);
        }

        return true;
    }

    /// <summary>"Source: Hankyoreh": the outlet a re-post credits.</summary>
    public static string? SourceLineOutlet(string line)
    {
        var m = SourceLineRegex().Match(line.Trim());
        return m.Success && TextNormalization.WordCount(m.Groups["o"].Value) <= 6 ? OutletNames.Normalize(m.Groups["o"].Value) : null;
    }

    /// <summary>The date a dateline states ("Updated 10:07, 25-Apr-2019"), and whether it is an update time.</summary>
    public static Model.PublicationDate? DatelineDate(string line, out bool isUpdate)
    {
        isUpdate = false;
        var text = line.Trim();
        if (text.Length > 90)
        {
            return null;
        }

        var prefix = DatePrefixRegex().Match(text);
        if (prefix.Success)
        {
            isUpdate = prefix.Groups["update"].Success;
            text = text[prefix.Length..];
        }

        return PublicationDateParser.Parse(text);
    }

    private static bool IsPersonName(string name)
    {
        var tokens = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (tokens.Length is < 2 or > 4)
        {
            return false;
        }

        return tokens.All(t => NameParticles.Contains(t) || (NameTokenRegex().IsMatch(t) && !NameStopWords.Contains(t)));
    }

    [GeneratedRegex(@"^\[\s*""[^""\]]*""(?:\s*,\s*""[^""\]]*"")*\s*\]$")]
    private static partial Regex TagLineRegex();

    [GeneratedRegex(@"^[\p{P}\p{S}\s]+$")]
    private static partial Regex SymbolsOnlyRegex();

    [GeneratedRegex(@"\s*(?:\||»|›|>|•|·)\s*")]
    private static partial Regex NavSeparatorRegex();

    [GeneratedRegex(@"^by\s+", RegexOptions.IgnoreCase)]
    private static partial Regex ByPrefixRegex();

    [GeneratedRegex(@"\s*(?:[|,]\s*)?(?:staff\s+)?(?:reporter|correspondent|writer|contributor|editor)s?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex BylineTailRegex();

    [GeneratedRegex(@"\s*(?:,|&|\band\b)\s*")]
    private static partial Regex NameSeparatorRegex();

    [GeneratedRegex(@"^\p{Lu}[\p{L}'’.\-]*$")]
    private static partial Regex NameTokenRegex();

    [GeneratedRegex(@"^\(?\s*(?:editor['’]?s['’]?|editorial)\s+note\s*[:：\-–]", RegexOptions.IgnoreCase)]
    private static partial Regex EditorNoteRegex();

    [GeneratedRegex(@"^\(?\s*(?:if you (?:would like|want) to contribute|the (?:views|opinions) expressed (?:in|here)|this article reflects the (?:author|writer))", RegexOptions.IgnoreCase)]
    private static partial Regex ContributorNoteRegex();

    [GeneratedRegex(@"not\s+necessarily\s+(?:reflect\s+)?(?:those|the\s+(?:\w+\s+)?(?:views?|opinions?|positions?|polic(?:y|ies)))\s+of\s+(?<o>[^.()]{2,40}?)\s*[.)]*\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex DisclaimerOutletRegex();

    [GeneratedRegex(@"/\s*(?:[\p{Lu}][\p{L}&.'\-]*\s*){1,4}(?:Photos?|Images?|Pictures?|Graphics?|Video|Screenshot|Handout)\s*\)?\s*$")]
    private static partial Regex CaptionCreditRegex();

    [GeneratedRegex(@"(?:^|[\s(\[])(?:file\s+)?(?:photo|image|picture)s?(?:\s+credit)?\s*[:/]\s*[^.:]{1,50}[)\]]?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex CaptionLabelRegex();

    [GeneratedRegex(@"\(\s*(?:AP|AFP|EPA|Reuters|Getty Images|Xinhua|Yonhap|VCG)(?:\s+Photos?)?(?:\s*/[^)]{0,50})?\s*\)\s*$")]
    private static partial Regex CaptionAgencyRegex();

    [GeneratedRegex(@"^\s*(?:copyright\b|©|\(c\)\s*\d{4})", RegexOptions.IgnoreCase)]
    private static partial Regex CopyrightStartRegex();

    [GeneratedRegex(@"(?:©|copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?(?<o>\p{Lu}[^.,|©]{1,50}?)\s*(?:[.,|]|\s+all\s+rights\s+reserved|$)", RegexOptions.IgnoreCase)]
    private static partial Regex CopyrightOutletRegex();

    [GeneratedRegex(@"^(?:related(?:\s+(?:posts?|stories|articles?|news|content|coverage|links?|reading|topics))?|read\s+(?:more|also|next)|see\s+also|more\s+(?:stories|news|articles)|more\s+(?:from|on)\s+[^.]{1,40}|you\s+(?:may|might)\s+also\s+like|recommended(?:\s+for\s+you)?|most\s+(?:read|popular|viewed)|trending(?:\s+now)?|further\s+reading)\s*:?$", RegexOptions.IgnoreCase)]
    private static partial Regex RelatedMarkerRegex();

    [GeneratedRegex(@"^(?:leave\s+a\s+(?:reply|comment)|\d*\s*comments?|add\s+(?:a\s+)?comment|post\s+(?:a\s+)?comment|join\s+the\s+(?:discussion|conversation)|reply|cancel\s+reply|your\s+email\s+address\s+will\s+not\s+be\s+published\.?|comments\s+are\s+closed\.?|(?:show|view|load)\s+(?:all\s+)?comments)\s*:?$", RegexOptions.IgnoreCase)]
    private static partial Regex CommentsMarkerRegex();

    [GeneratedRegex(@"^(?:(?<n>\d+)[.)]\s*)?(?<name>\p{L}[\p{L}'’.\- ]{0,40}?)\s+says:?$")]
    private static partial Regex CommenterRegex();

    [GeneratedRegex(@"(?:originally|first)\s+(?:published|appeared|posted)|republished\s+(?:with\s+permission\s+)?from", RegexOptions.IgnoreCase)]
    private static partial Regex SyndicationRegex();

    [GeneratedRegex(@"(?:published|appeared|posted|republished[^.]*?)\s+(?:on|in|by|at|from)\s+(?<o>[^.\[\]]{2,40}?)\s*[.\[\]…]*\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex SyndicationOutletRegex();

    [GeneratedRegex(@"^(?:source|via|courtesy(?:\s+of)?)\s*[:：]\s*(?<o>[^.:]{2,60}?)\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex SourceLineRegex();

    [GeneratedRegex(@"^(?:(?<update>(?:last\s+)?(?:updated|modified))|(?:first\s+)?published|posted|released|date)(?:\s+(?:on|at))?\s*[:：]?\s*", RegexOptions.IgnoreCase)]
    private static partial Regex DatePrefixRegex();
}
