namespace Dossier.Core.Events;

/// <summary>
/// The lengths, in words, of the comma-delimited clauses a coder drops before coding, as TABARI's
/// <c>COMMA:</c> option and PETRARCH's <c>comma_*</c> settings give them: an internal clause (between
/// two commas), an initial one (before the first comma) and a terminal one (after the last comma)
/// is dropped when its length is within its bounds; a maximum of 0 turns that kind off.
/// </summary>
/// <param name="NounPhrasesKept">
/// True for PETRARCH, which checks the clauses on the parse: commas inside a noun phrase set off no clause.
/// TABARI reads words only and drops any comma-delimited stretch of the right length, a distinction the
/// PETRARCH suite notes ("the first comma is absorbed [in] the noun phrase, which is a distinction TABARI would not have made").
/// </param>
public sealed record CommaClauseLimits(int Min, int Max, int BeginMin, int BeginMax, int EndMin, int EndMax, bool NounPhrasesKept = false)
{
    /// <summary>TABARI's defaults: internal and terminal clauses of 2 to 8 words, initial ones kept.</summary>
    public static CommaClauseLimits TabariDefault { get; } = new(2, 8, 0, 0, 2, 8);

    /// <summary>PETRARCH's defaults, TABARI's lengths checked on noun phrases.</summary>
    public static CommaClauseLimits PetrarchDefault { get; } = TabariDefault with { NounPhrasesKept = true };

    /// <summary>No clause is dropped.</summary>
    public static CommaClauseLimits Off { get; } = new(0, 0, 0, 0, 0, 0);

    /// <summary>A copy with one setting changed, by its PETRARCH (<c>comma_bmax</c>) or TABARI (<c>BMAX</c>) name; null when the name is not one.</summary>
    public CommaClauseLimits? With(string name, int value) => name.ToUpperInvariant().Replace("COMMA_", string.Empty, StringComparison.Ordinal) switch
    {
        "MIN" => this with { Min = value },
        "MAX" => this with { Max = value },
        "BMIN" => this with { BeginMin = value },
        "BMAX" => this with { BeginMax = value },
        "EMIN" => this with { EndMin = value },
        "EMAX" => this with { EndMax = value },
        _ => null,
    };
}

/// <summary>
/// Drops comma-delimited clauses from a tagged sentence (<see cref="CommaClauseLimits"/>). When noun
/// phrases are kept (PETRARCH), only a stretch holding a verb is a clause: commas inside a noun phrase
/// ("Osgiliath, the state's fiercest foe,", lists of actors) delimit no clause, and neither does a
/// comma between coordinated adjectives ("complete, full diplomatic ties").
/// </summary>
public static class CommaClauses
{
    /// <summary>The indices of the tokens kept, in order; every index when nothing is dropped.</summary>
    public static List<int> Kept(IReadOnlyList<string> words, IReadOnlyList<string> tags, CommaClauseLimits limits)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(tags);
        ArgumentNullException.ThrowIfNull(limits);
        var commas = new List<int>();
        for (var t = 0; t < words.Count; t++)
        {
            if (words[t] == "," && !(limits.NounPhrasesKept && JoinsAdjectives(tags, t)))
            {
                commas.Add(t);
            }
        }

        var dropped = new bool[words.Count];
        if (commas.Count > 0)
        {
            var end = words.Count;
            while (end > 0 && IsFinalPunctuation(words[end - 1]))
            {
                end--;
            }

            // Each clause goes with the comma that sets it off: the initial one with the comma after it, the others with the comma before.
            var needsVerb = limits.NounPhrasesKept;
            Drop(words, tags, 0, commas[0] + 1, limits.BeginMin, limits.BeginMax, needsVerb, dropped);
            for (var i = 0; i + 1 < commas.Count; i++)
            {
                Drop(words, tags, commas[i], commas[i + 1], limits.Min, limits.Max, needsVerb, dropped);
            }

            Drop(words, tags, commas[^1], end, limits.EndMin, limits.EndMax, needsVerb, dropped);
        }

        var kept = new List<int>(words.Count);
        for (var t = 0; t < words.Count; t++)
        {
            if (!dropped[t])
            {
                kept.Add(t);
            }
        }

        return kept;
    }

    private static void Drop(IReadOnlyList<string> words, IReadOnlyList<string> tags, int from, int to, int min, int max, bool needsVerb, bool[] dropped)
    {
        if (max <= 0)
        {
            return;
        }

        var length = 0;
        var hasVerb = false;
        for (var t = from; t < to; t++)
        {
            if (IsWord(words[t]))
            {
                length++;
            }

            hasVerb |= tags[t].StartsWith("VB", StringComparison.Ordinal) || tags[t] is "MD";
        }

        // A stretch closed by ", and" or ", or" is a member of a list ("Mordor, the awful Fornost, and Gondor"), not a clause.
        var listMember = to + 1 < words.Count && words[to] == "," && tags[to + 1] is "CC";
        if ((needsVerb && !hasVerb) || listMember || length < min || length > max)
        {
            return;
        }

        for (var t = from; t < to; t++)
        {
            dropped[t] = true;
        }
    }

    /// <summary>A comma between an adjective and the rest of its noun phrase ("complete, full diplomatic ties") sets off no clause.</summary>
    private static bool JoinsAdjectives(IReadOnlyList<string> tags, int comma) =>
        comma > 0 && comma + 1 < tags.Count && tags[comma - 1].StartsWith("JJ", StringComparison.Ordinal) && tags[comma + 1] is "JJ" or "JJR" or "JJS" or "NN" or "NNS";

    private static bool IsWord(string token) => token.Any(char.IsLetterOrDigit);

    private static bool IsFinalPunctuation(string token) => token is "." or "!" or "?" or "\"" or "'" or "''" or "”";
}
