using Dossier.Core.Model;

namespace Dossier.Core.Events;

/// <summary>
/// How a sentence presents the event of one verb: negated ("did not meet"), denied ("denied
/// sending"), speculated ("may", "could", "if"), planned ("will", "plans to", "is due to") or
/// reported ("reportedly", "according to"), looking at the verb's auxiliaries and its clause.
/// </summary>
public static class ModeRules
{
    private static readonly HashSet<string> Negations = new(StringComparer.OrdinalIgnoreCase) { "not", "n't", "never", "no", "neither", "nor", "cannot" };
    private static readonly HashSet<string> SpeculativeModals = new(StringComparer.OrdinalIgnoreCase) { "may", "might", "could", "would", "should", "can" };
    private static readonly HashSet<string> FutureModals = new(StringComparer.OrdinalIgnoreCase) { "will", "'ll", "shall", "wo" };
    private static readonly HashSet<string> PlanWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "plan", "plans", "planned", "planning", "intend", "intends", "intended", "expected", "expects", "scheduled", "due",
        "about", "going", "set", "prepares", "preparing", "aims", "hopes", "wants", "seeks", "agreed", "agree", "agrees", "promised", "vowed",
    };

    private static readonly HashSet<string> DenialWords = new(StringComparer.OrdinalIgnoreCase) { "denied", "denies", "deny", "denying", "rejected", "dismissed" };
    private static readonly HashSet<string> ConditionWords = new(StringComparer.OrdinalIgnoreCase) { "if", "whether", "unless", "perhaps", "possibly", "maybe", "possible", "likely" };
    private static readonly HashSet<string> ReportWords = new(StringComparer.OrdinalIgnoreCase) { "reportedly", "allegedly", "purportedly", "rumoured", "rumored" };

    /// <summary>Whether the word announces a plan when "to" and a verb follow ("plans", "due", "intends").</summary>
    public static bool IsPlanWord(string word) => PlanWords.Contains(word);

    /// <param name="auxiliaryStart">The first token of the verb's auxiliaries ("will not have" in "will not have met").</param>
    /// <param name="clauseStart">Where the verb's clause starts (its subject, or the sentence start).</param>
    /// <param name="negationCodedFrom">Negations from this token on are part of the matched pattern, whose code already says them.</param>
    public static EventMode Of(IReadOnlyList<string> words, int auxiliaryStart, int verbStart, int clauseStart, int negationCodedFrom = int.MaxValue)
    {
        var hasNegation = false;
        var hasSpeculation = false;
        var hasPlan = false;
        for (var t = auxiliaryStart; t < verbStart; t++)
        {
            var word = words[t];
            hasNegation |= Negations.Contains(word) && t < negationCodedFrom;
            hasSpeculation |= SpeculativeModals.Contains(word);
            hasPlan |= FutureModals.Contains(word) || (PlanWords.Contains(word) && t + 1 < verbStart && words[t + 1] is "to");
            if (word is "is" or "are" or "was" or "were" && t + 1 < verbStart && words[t + 1] is "to")
            {
                hasPlan = true;
            }
        }

        if (hasNegation)
        {
            return EventMode.Negated;
        }

        var clauseFrom = Math.Max(0, Math.Min(clauseStart, auxiliaryStart) - 1);
        for (var t = verbStart - 1; t >= clauseFrom; t--)
        {
            if (DenialWords.Contains(words[t]))
            {
                return EventMode.Denied;
            }
        }

        // A condition or a modal anywhere before the verb puts the whole sentence up to it in doubt
        // ("perhaps the engagement could be taken as a chip for both to bargain with").
        for (var t = 0; t < auxiliaryStart; t++)
        {
            hasSpeculation |= ConditionWords.Contains(words[t]) || (t >= clauseFrom && SpeculativeModals.Contains(words[t]) && words[t] is not "can");
        }

        if (hasSpeculation)
        {
            return EventMode.Speculated;
        }

        if (hasPlan)
        {
            return EventMode.Planned;
        }

        for (var t = 0; t < words.Count; t++)
        {
            if (ReportWords.Contains(words[t]) || (words[t] is "according" or "According" && t + 1 < words.Count && words[t + 1] is "to"))
            {
                return EventMode.Reported;
            }
        }

        return EventMode.Asserted;
    }
}
