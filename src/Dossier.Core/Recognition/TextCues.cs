using System.Buffers;
using System.Text.RegularExpressions;

namespace Dossier.Core.Recognition;

/// <summary>
/// Cheap checks run before a family of regular expressions: a sentence holding none of the words
/// that every match of the family contains is not searched at all. Words are looked for ignoring
/// case, so a check may let through more than its expressions accept, never less.
/// </summary>
internal static class TextCues
{
    // Letters that .NET's case-insensitive expressions fold onto ASCII ones (the Kelvin sign onto
    // "k", the long s onto "s", the Turkish i's, the Angstrom sign): a sentence holding one is searched.
    private static readonly SearchValues<char> FoldedLetters = SearchValues.Create("\u017F\u0130\u0131\u212A\u212B");

    /// <summary>The month names and abbreviations of the expressions (all start with one of these).</summary>
    public static readonly SearchValues<string> MonthNames = Of("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec");

    /// <summary>The calendar units that relative periods count in.</summary>
    public static readonly SearchValues<string> WeekMonthYear = Of("week", "month", "year");

    public static SearchValues<string> Of(params string[] words) => SearchValues.Create(words, StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether <paramref name="text"/> may hold one of <paramref name="words"/>.</summary>
    public static bool MayHold(string text, SearchValues<string> words) =>
        text.AsSpan().ContainsAny(words) || text.AsSpan().ContainsAny(FoldedLetters);

    /// <summary>The matches of <paramref name="pattern"/> in <paramref name="text"/>, or none without searching when the text holds none of <paramref name="words"/>.</summary>
    public static IReadOnlyList<Match> Matches(Regex pattern, string text, SearchValues<string> words) =>
        MayHold(text, words) ? pattern.Matches(text) : [];
}
