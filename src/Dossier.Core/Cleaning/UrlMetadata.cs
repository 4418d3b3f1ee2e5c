using System.Globalization;
using System.Text.RegularExpressions;
using Dossier.Core.Model;

namespace Dossier.Core.Cleaning;

/// <summary>
/// What a news URL's path says when the page itself does not: the date in
/// <c>/2019/04/25/</c>, <c>/2019-04-25/</c> or <c>/20190425/</c>, and the section in its first segment
/// (<c>/world/asia/…</c> → "world").
/// </summary>
internal static partial class UrlMetadata
{
    public static PublicationDate? Date(string? url)
    {
        if (Path(url) is not { } path)
        {
            return null;
        }

        var match = DatePath().Match(path);
        if (!match.Success)
        {
            return null;
        }

        var year = int.Parse(match.Groups["y"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);
        var month = int.Parse(match.Groups["m"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);
        var day = match.Groups["d"].Success ? int.Parse(match.Groups["d"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture) : 1;
        if (year is < 1990 or > 2100 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return null;
        }

        return new PublicationDate(new DateTime(year, month, day, 0, 0, 0, DateTimeKind.Unspecified), match.Groups["d"].Success ? DatePrecision.Day : DatePrecision.Month);
    }

    public static string? Section(string? url)
    {
        if (Path(url) is not { } path)
        {
            return null;
        }

        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);

        // A section is a short word with more path after it; the last segment is the article's own slug.
        return segments.Length >= 2 && SectionWord().IsMatch(segments[0]) && !NotSections.Contains(segments[0])
            ? segments[0].ToLowerInvariant()
            : null;
    }

    private static readonly HashSet<string> NotSections = new(StringComparer.OrdinalIgnoreCase)
    {
        "article", "articles", "story", "stories", "news", "en", "english", "www", "amp", "content", "post", "posts", "p", "id", "doc", "html", "index", "archives", "archive", "a",
    };

    private static string? Path(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri.AbsolutePath : null;

    [GeneratedRegex(@"/(?<y>(?:19|20)\d{2})(?:/(?<m>\d{1,2})(?:/(?<d>\d{1,2}))?/|-(?<m>\d{2})-(?<d>\d{2})(?=[/\-_.])|(?<m>\d{2})(?<d>\d{2})(?=[/\-_.]))")]
    private static partial Regex DatePath();

    [GeneratedRegex(@"\A[a-z][a-z\-]{1,24}\z", RegexOptions.IgnoreCase)]
    private static partial Regex SectionWord();
}
