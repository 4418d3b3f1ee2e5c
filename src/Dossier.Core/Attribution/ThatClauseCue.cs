namespace Dossier.Core.Attribution;

/// <summary>
/// A verb that no cue list holds but that takes a "that" clause ("the judge ruled that …", "the
/// campaign worries that …", "Rubio anticipated that …"): the clause is what its subject holds or
/// says. Verbs whose "that" clause states a condition or a consequence ("means that", "ensure that")
/// and forms of be, have and do are not cues.
/// </summary>
internal static class ThatClauseCue
{
    private static readonly HashSet<string> NotCues = new(StringComparer.Ordinal)
    {
        "is", "are", "was", "were", "be", "been", "being", "'s", "’s", "am", "has", "have", "had", "having", "do", "does", "did",
        "mean", "means", "meant", "meaning", "ensure", "ensures", "ensured", "ensuring", "require", "requires", "required", "requiring",
        "make", "makes", "made", "making", "provide", "provides", "provided", "providing", "given", "so", "such", "now", "except",
        "insure", "insures", "insured", "guarantee", "guarantees", "guaranteed", "order", "ordered", "matter", "matters", "happen",
        "happens", "happened", "turn", "turns", "turned", "follow", "follows", "followed", "get", "gets", "got", "seem", "seems", "seemed",
        "appear", "appears", "appeared",
    };

    /// <summary>
    /// True when word <paramref name="verb"/> is a lower-case verb followed by "that" and a clause: a subject, then a finite verb.
    /// "bought that plane" (a determiner) has no finite verb after it, and "a tool that monitors" (a relative clause) no subject.
    /// </summary>
    public static bool Opens(string[] words, string[] lower, string[] tags, int verb)
    {
        var subject = verb + 2;
        if (subject >= words.Length || lower[verb + 1] != "that" || !char.IsLower(words[verb][0]) || NotCues.Contains(lower[verb]) || !StartsSubject(tags[subject]))
        {
            return false;
        }

        for (var i = subject + 1; i < words.Length; i++)
        {
            if (tags[i] is "VBD" or "VBZ" or "VBP" or "MD")
            {
                return true;
            }
        }

        return false;
    }

    private static bool StartsSubject(string tag) =>
        tag.StartsWith("NN", StringComparison.Ordinal) || tag.StartsWith("JJ", StringComparison.Ordinal) || tag is "DT" or "PRP" or "PRP$" or "CD" or "EX";

    /// <summary>"It turns out that …", "This shows that …": a subject that names nobody.</summary>
    public static bool IsExpletive(string source) => source is "it" or "It" or "this" or "This" or "that" or "That" or "there" or "There" or "which" or "what" or "What";
}
