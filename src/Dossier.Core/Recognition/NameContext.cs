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
        var words = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > 14 || words.Any(w => Auxiliaries.Contains(w)))
        {
            return null;
        }

        // "a professor at …" describes; "the DPRK" after "Pyongyang," is a list, unless it names a role.
        var indefinite = words[0] is "a" or "an";
        var hasRole = words.Any(w => NameLexicon.RoleNouns.Contains(w)) && (char.IsLower(words[0][0]) || IsTitleWord(words[0]));
        return indefinite || hasRole ? phrase : null;
    }

    /// <summary>"Russian President" or "North Korean leader" right before the name.</summary>
    public static string? TitleBefore(string text, TextSpan name)
    {
        if (WordsBefore(text, name.Start) is not { } words)
        {
            return null;
        }

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

    /// <summary>
    /// The one to four words, each of letters, dots and apostrophes and each followed by one space,
    /// that end right before <paramref name="end"/> (or before a line break there), read backwards:
    /// entity descriptions ask this for every mention of a name in the corpus.
    /// </summary>
    internal static string[]? WordsBefore(string text, int end)
    {
        if (end > 0 && text[end - 1] == '\n')
        {
            end--;
        }

        var start = end;
        var position = end;
        for (var count = 0; count < MaxTitleWords && position > 0 && text[position - 1] is ' ' or '\u00a0'; count++)
        {
            var wordStart = position - 1;
            while (wordStart > 0 && IsTitleChar(text[wordStart - 1]))
            {
                wordStart--;
            }

            if (wordStart == position - 1)
            {
                break;
            }

            start = position = wordStart;
        }

        return start == end ? null : text[start..end].Split([' ', '\u00a0'], StringSplitOptions.RemoveEmptyEntries);
    }

    private const int MaxTitleWords = 4;

    private static bool IsTitleChar(char c) => char.IsLetter(c) || c is '.' or '\'' or '’';

    private static readonly HashSet<string> Auxiliaries = new(StringComparer.Ordinal)
    {
        "is", "are", "was", "were", "will", "would", "has", "have", "had", "can", "could", "may", "might", "should", "must", "said", "says",
    };

    private static bool IsTitleWord(string word) =>
        NameLexicon.Demonyms.Contains(word) || NameLexicon.TitleModifiers.Contains(word) || NameLexicon.IsCountry(word)
        || word is "North" or "South" or "foreign" or "deputy" or "former" or "policy" or "special";

    [GeneratedRegex(@"\G,\s+(?<phrase>[^,.;:“”""()]{3,120}?)(?<close>,|\.|;|$)")]
    private static partial Regex Appositive();
}
