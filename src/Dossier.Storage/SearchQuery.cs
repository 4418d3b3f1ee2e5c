using System.Text.RegularExpressions;

namespace Dossier.Storage;

/// <summary>
/// Turns what a user typed into plain search terms (letters and digits), so neither FTS5 nor
/// tsquery syntax can be injected and a stray quote or colon cannot make the query fail.
/// </summary>
public static partial class SearchQuery
{
    public const int MaxTerms = 16;

    public const int MaxLength = 500;

    public static IReadOnlyList<string> Terms(string? query)
    {
        if (string.IsNullOrWhiteSpace(query))
        {
            return [];
        }

        var text = query.Length > MaxLength ? query[..MaxLength] : query;
        return [.. Word().Matches(text).Select(m => m.Value).Distinct(StringComparer.OrdinalIgnoreCase).Take(MaxTerms)];
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();
}
