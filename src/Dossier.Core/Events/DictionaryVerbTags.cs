namespace Dossier.Core.Events;

/// <summary>
/// Verbs as TABARI finds them: it has no part-of-speech tagger, so a word that starts a form of its verb
/// dictionary is a verb wherever it stands ("Calenardhon has recently raised its voice" is coded on VOICE,
/// "fighting between Eriador and Osgiliath" on FIGHT), except right after an article ("the restore", "an
/// accord") or capitalised inside the sentence ("about To Restore", but not in a sentence all in capitals), which make it a noun — the rules the
/// TABARI validation suite's DEMO-02, DEMO-03 and CONNECT-22 records state.
/// </summary>
public static class DictionaryVerbTags
{
    private const string VerbTag = "VB";
    private const string NounTag = "NN";

    /// <summary>
    /// The tags with dictionary verbs made verbs and shifted ones made nouns; the same list when nothing
    /// changes. Words inside an actor phrase (<paramref name="inActor"/>) keep their tags.
    /// </summary>
    public static IReadOnlyList<string> Apply(IReadOnlyList<string> words, IReadOnlyList<string> tags, VerbLexicon verbs, Func<int, bool> inActor)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(tags);
        ArgumentNullException.ThrowIfNull(verbs);
        ArgumentNullException.ThrowIfNull(inActor);
        string[]? changed = null;
        for (var t = 0; t < words.Count; t++)
        {
            if (inActor(t) || !StartsAForm(words, t, verbs))
            {
                continue;
            }

            var isVerb = tags[t].StartsWith(VerbTag, StringComparison.Ordinal);
            var shifted = IsShiftedToNoun(words, t);
            if (shifted == !isVerb)
            {
                continue;
            }

            changed ??= [.. tags];
            changed[t] = shifted ? NounTag : VerbTag;
        }

        return changed ?? tags;
    }

    private static bool IsShiftedToNoun(IReadOnlyList<string> words, int t) =>
        t > 0 && (words[t - 1].ToLowerInvariant() is "a" or "an" or "the" || IsCapitalised(words[t]));

    /// <summary>Whether a word starts with a capital and has a small letter: "Restore", not "RESTORE" (a sentence in capitals).</summary>
    private static bool IsCapitalised(string word) => char.IsUpper(word[0]) && word.Any(char.IsLower);

    /// <summary>Whether a form of the lexicon (all its words) starts at token <paramref name="t"/>.</summary>
    public static bool StartsAForm(IReadOnlyList<string> words, int t, VerbLexicon verbs)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(verbs);
        foreach (var sense in verbs.FormsStartingWith(words[t]))
        {
            if (t + sense.Words.Count > words.Count)
            {
                continue;
            }

            var matches = true;
            for (var k = 1; k < sense.Words.Count && matches; k++)
            {
                matches = string.Equals(words[t + k], sense.Words[k], StringComparison.OrdinalIgnoreCase);
            }

            if (matches)
            {
                return true;
            }
        }

        return false;
    }
}
