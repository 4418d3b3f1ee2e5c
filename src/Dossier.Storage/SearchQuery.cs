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

    /// <summary>
    /// The terms without English function words ("the", "of", "said" is kept), unless nothing else is left:
    /// a function word matches nearly every row, so it narrows nothing and costs the most to rank.
    /// PostgreSQL's <c>plainto_tsquery('english', …)</c> drops the same kind of words.
    /// </summary>
    public static IReadOnlyList<string> WithoutFunctionWords(IReadOnlyList<string> terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        var kept = terms.Where(t => !FunctionWords.Contains(t)).ToList();
        return kept.Count > 0 ? kept : terms;
    }

    private static readonly HashSet<string> FunctionWords = new(
        [
            "a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "for", "from", "by", "with",
            "as", "into", "onto", "than", "that", "this", "these", "those", "is", "are", "was", "were", "be", "been",
            "being", "am", "it", "its", "he", "she", "they", "them", "his", "her", "their", "we", "our", "you", "your",
            "i", "me", "my", "do", "does", "did", "has", "have", "had", "not", "no", "so", "if", "then", "there",
            "which", "who", "whom", "what", "when", "where", "how", "will", "would", "can", "could", "should", "may",
            "might", "must", "shall", "about", "after", "before", "over", "under", "up", "down", "out", "off",
        ],
        StringComparer.OrdinalIgnoreCase);

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();
}
