using System.Text.RegularExpressions;

namespace Dossier.Core.CorpusAnalysis;

/// <summary>The content words of a statement: lower-cased, crudely singularised, function words dropped.</summary>
internal static partial class ClaimWords
{
    private static readonly HashSet<string> FunctionWords = new(
        """
        a an the and or but nor so yet for of to in on at by with from into onto upon about as than then that this these those
        there here it its it's he him his she her they them their we us our you your i me my who whom whose which what when where
        why how is are was were be been being am do does did done have has had having will would shall should can could may might
        must not no also just very more most less least much many such own same other another some any each every all both either
        neither only even still again too out up down over under after before since until while during through between among
        against without within along across per via if because though although whether said says say told according also
        one ones s t new last first second third year years month months week weeks day days time times mr ms mrs dr
        """.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries),
        StringComparer.Ordinal);

    /// <summary>Every word of the text, lower-cased, in order (function words included).</summary>
    public static IEnumerable<(string Word, int Start, int Length)> Tokens(string text)
    {
        foreach (Match m in Word().Matches(text))
        {
            yield return (m.Value.ToLowerInvariant(), m.Index, m.Length);
        }
    }

    /// <summary>The content words of the text as matching keys.</summary>
    public static HashSet<string> Content(string text)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (word, _, _) in Tokens(text))
        {
            if (IsContent(word))
            {
                words.Add(Key(word));
            }
        }

        return words;
    }

    public static bool IsContent(string lowerWord) =>
        lowerWord.Length > 1 && !FunctionWords.Contains(lowerWord) && !char.IsDigit(lowerWord[0]);

    /// <summary>A word's matching key: possessive and plural endings off, so "summits" meets "summit".</summary>
    public static string Key(string lowerWord)
    {
        var word = lowerWord.Replace('’', '\'');
        if (word.EndsWith("'s", StringComparison.Ordinal))
        {
            word = word[..^2];
        }

        if (word.Length > 4 && word.EndsWith("ies", StringComparison.Ordinal))
        {
            return word[..^3] + "y";
        }

        return word.Length > 3 && word[^1] == 's' && word[^2] is not 's' and not 'u' and not 'i' ? word[..^1] : word;
    }

    [GeneratedRegex(@"\p{L}[\p{L}\p{Mn}'’]*(?:-\p{L}[\p{L}\p{Mn}'’]*)*|\d[\d,.]*\d|\d")]
    private static partial Regex Word();
}
