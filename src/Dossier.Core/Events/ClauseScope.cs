namespace Dossier.Core.Events;

/// <summary>
/// Keeps the events of the first coded verb in each clause (or in the sentence), as TABARI codes by
/// default. A clause ends at a semicolon or at a coordinating conjunction that a verb follows: "X accepts … or
/// assails Y but Z promised aid" has three.
/// </summary>
public static class ClauseScope
{
    public static List<SentenceEvent> Filter(List<SentenceEvent> events, IReadOnlyList<string> words, IReadOnlyList<string> tags, EventScope scope)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(tags);
        if (scope == EventScope.All || events.Count < 2)
        {
            return events;
        }

        var clauses = events.Select(e => scope == EventScope.FirstPerSentence ? 0 : ClauseOf(e.VerbStart, words, tags)).ToList();
        var firstVerbOfClause = new Dictionary<int, int>();
        for (var i = 0; i < events.Count; i++)
        {
            if (!firstVerbOfClause.TryGetValue(clauses[i], out var first) || events[i].VerbStart < first)
            {
                firstVerbOfClause[clauses[i]] = events[i].VerbStart;
            }
        }

        return [.. events.Where((e, i) => firstVerbOfClause[clauses[i]] == e.VerbStart)];
    }

    /// <summary>How many clause breaks come before <paramref name="token"/>.</summary>
    private static int ClauseOf(int token, IReadOnlyList<string> words, IReadOnlyList<string> tags)
    {
        var clause = 0;
        for (var t = 0; t < token && t < words.Count; t++)
        {
            if (words[t] is ";" || (tags[t] is "CC" && OpensAClause(words, tags, t)))
            {
                clause++;
            }
        }

        return clause;
    }

    /// <summary>
    /// Whether the conjunction at <paramref name="t"/> joins clauses rather than nouns: a finite verb (or a base
    /// form, "or assail Arnor") follows it before the next conjunction. "Eriadori and Calenardhon leaders during
    /// a brief private visit" joins two actors, and the visit stays in the clause of "will meet".
    /// </summary>
    private static bool OpensAClause(IReadOnlyList<string> words, IReadOnlyList<string> tags, int t)
    {
        for (var k = t + 1; k < words.Count; k++)
        {
            if (tags[k] is "CC" || words[k] is ";")
            {
                return false;
            }

            if (tags[k] is "VB" or "VBD" or "VBZ" or "VBP" or "MD")
            {
                return true;
            }
        }

        return false;
    }
}
