namespace Dossier.Core.Events;

/// <summary>
/// The forms of a dictionary verb, as PETRARCH generates them: the listed irregular forms when the
/// entry gives some in braces, else the regular -S, -ED and -ING forms of its first word. A phrasal
/// verb (<c>+SHUT_DOWN</c>) keeps its other words after each form.
/// </summary>
public static class VerbForms
{
    public static IEnumerable<string[]> Of(string lemma, string? irregular)
    {
        var words = Words(lemma);
        if (words.Length == 0)
        {
            yield break;
        }

        yield return words;
        if (irregular is not null)
        {
            foreach (var form in irregular.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            {
                var formWords = Words(form);
                if (formWords.Length > 0)
                {
                    yield return formWords.Length == 1 && words.Length > 1 ? [formWords[0], .. words[1..]] : formWords;
                }
            }

            yield break;
        }

        foreach (var regular in Regular(words[0]))
        {
            yield return [regular, .. words[1..]];
        }
    }

    /// <summary>Third person, past and gerund of a regular verb.</summary>
    public static IEnumerable<string> Regular(string verb)
    {
        var last = verb[^1];
        var beforeLast = verb.Length > 1 ? verb[^2] : ' ';
        if (last == 'E')
        {
            yield return verb + "S";
            yield return verb + "D";
            yield return (verb.EndsWith("EE", StringComparison.Ordinal) ? verb : verb[..^1]) + "ING";
        }
        else if (last == 'Y' && !IsVowel(beforeLast))
        {
            yield return verb[..^1] + "IES";
            yield return verb[..^1] + "IED";
            yield return verb + "ING";
        }
        else if (last is 'S' or 'X' or 'Z' || verb.EndsWith("SH", StringComparison.Ordinal) || verb.EndsWith("CH", StringComparison.Ordinal))
        {
            yield return verb + "ES";
            yield return verb + "ED";
            yield return verb + "ING";
        }
        else
        {
            yield return verb + "S";
            yield return verb + "ED";
            yield return verb + "ING";
        }
    }

    private static bool IsVowel(char c) => c is 'A' or 'E' or 'I' or 'O' or 'U';

    private static string[] Words(string raw) =>
        raw.TrimStart('+').Replace('_', ' ').Replace("+", string.Empty, StringComparison.Ordinal).ToUpperInvariant()
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
}
