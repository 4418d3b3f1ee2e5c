using System.Text.RegularExpressions;
using Dossier.Core.Model;

namespace Dossier.Core.Recognition;

/// <summary>Descriptions found next to a name: an appositive after it or a title before it.</summary>
internal static partial class NameContext
{
    /// <summary>", a professor at the University of North Korean Studies," after the name, without the commas.</summary>
    public static string? AppositiveAfter(string text, TextSpan name)
    {
        var m = Appositive().Match(text, name.End);
        if (!m.Success)
        {
            return null;
        }

        var phrase = m.Groups["phrase"].Value.Trim();
        var articled = phrase.StartsWith("a ", StringComparison.Ordinal) || phrase.StartsWith("an ", StringComparison.Ordinal)
            || phrase.StartsWith("the ", StringComparison.Ordinal);
        var hasRole = phrase.Split(' ').Any(w => NameLexicon.RoleNouns.Contains(w));
        return articled || (hasRole && m.Groups["close"].Value == ",") ? phrase : null;
    }

    /// <summary>"Russian President" or "North Korean leader" right before the name.</summary>
    public static string? TitleBefore(string text, TextSpan name)
    {
        var m = Title().Match(text, 0, name.Start);
        if (!m.Success)
        {
            return null;
        }

        var words = m.Value.Trim().Split([' ', '\u00a0'], StringSplitOptions.RemoveEmptyEntries);
        var head = words[^1];
        if (!NameLexicon.TitleHeads.Contains(head) && !NameLexicon.RoleNouns.Contains(head))
        {
            return null;
        }

        // Keep the title's own words: demonyms, countries and title modifiers before the head.
        var first = words.Length - 1;
        while (first > 0 && IsTitleWord(words[first - 1]))
        {
            first--;
        }

        return string.Join(' ', words[first..]);
    }

    private static bool IsTitleWord(string word) =>
        NameLexicon.Demonyms.Contains(word) || NameLexicon.TitleModifiers.Contains(word) || NameLexicon.IsCountry(word)
        || word is "North" or "South" or "foreign" or "deputy" or "former" or "policy" or "special";

    [GeneratedRegex(@"\G,\s+(?<phrase>[^,.;:“”""()]{3,120}?)(?<close>,|\.|;|$)")]
    private static partial Regex Appositive();

    [GeneratedRegex(@"(?:[\p{L}.'’]+[ \u00a0]){1,4}$")]
    private static partial Regex Title();
}
