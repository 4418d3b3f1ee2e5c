using Dossier.Core.Actors;

namespace Dossier.Core.Events;

/// <summary>
/// Finds the actors of a sentence: lexicon phrases (longest first), actors joined with the agents of
/// their noun phrase ("Arnor's foreign minister" → ARN + GOVFRM), and compounds joined by commas and
/// "and" ("Arnor, Osgiliath and Gondor"), an agent before "of" going to every member.
/// </summary>
public static class ActorFinder
{
    private const int MaxWordsBetweenActorAndAgent = 3;
    private const int MaxListSeparatorLength = 5;
    private const string FormerAgentCode = "ELI";

    /// <summary>The lexicon phrases of <paramref name="words"/>, each aligned on whole tokens, left to right.</summary>
    /// <param name="tags">The words' part-of-speech tags, which say what a gap in a phrase may hold (<see cref="ActorLexicon.HasGaps"/>); null: no gaps.</param>
    public static List<ActorHit> Hits(IReadOnlyList<string> words, ActorLexicon lexicon, IReadOnlyList<string>? tags = null)
    {
        var keys = new List<string>(words.Count + 4);
        var keyToken = new List<int>(words.Count + 4);
        var firstKey = new int[words.Count + 1];
        for (var t = 0; t < words.Count; t++)
        {
            firstKey[t] = keys.Count;
            if (IsPlainWord(words[t]))
            {
                // Its own key: the lexicon ignores case, and NameKey would change nothing else.
                keys.Add(words[t]);
                keyToken.Add(t);
                continue;
            }

            foreach (var key in NameKey.Words(words[t]))
            {
                keys.Add(key);
                keyToken.Add(t);
            }
        }

        firstKey[words.Count] = keys.Count;
        List<bool>? gapWords = null;
        if (lexicon.HasGaps && tags is not null)
        {
            gapWords = new List<bool>(keys.Count);
            foreach (var t in keyToken)
            {
                gapWords.Add(MayStandInAGap(words[t], tags[t]));
            }
        }

        var hits = new List<ActorHit>();
        var token = 0;
        while (token < words.Count)
        {
            var start = firstKey[token];
            if (start < firstKey[token + 1])
            {
                var (entry, length) = lexicon.LongestAt(keys, start, gapWords);
                var endKey = start + length;
                // A phrase must end where a token ends ("KIM" must not match the start of "Kim-led").
                if (entry is not null && (endKey == keys.Count || keyToken[endKey] != keyToken[endKey - 1]))
                {
                    var end = keyToken[endKey - 1] + 1;
                    hits.Add(new ActorHit(token, end, entry));
                    token = end;
                    continue;
                }
            }

            token++;
        }

        return hits;
    }

    /// <summary>Whether a word may come between the words of a gapped phrase: "of" or a word of a noun phrase.</summary>
    private static bool MayStandInAGap(string word, string tag) =>
        word is "of" || tag is "DT" or "JJ" or "JJR" or "JJS" or "NN" or "NNS" or "NNP" or "NNPS" or "POS" or "CD" or "HYPH";

    private static bool IsPlainWord(string word)
    {
        foreach (var c in word)
        {
            if (!char.IsAsciiLetterOrDigit(c))
            {
                return false;
            }
        }

        return word.Length > 0;
    }

    /// <summary>The actor units of a sentence from its hits (in token order).</summary>
    /// <param name="splitJointCodes">Whether a code naming several actors ("FRO/BIL/SAM") becomes one code per actor.</param>
    /// <param name="agentsAlone">Whether agents with no actor are units of their own, coded <c>---</c> plus the agent ("a senior official": <c>---GOV</c>).</param>
    /// <param name="adjacentAgentsOnly">
    /// Whether an agent refines an actor only with nothing but a possessive, "of" or an article between them, as
    /// TABARI codes ("Bree Prime Minister Romendacil" is BREGOV, "Dagolath's first Deputy Prime Minister Telemar"
    /// DAG); an agent further away still belongs to the actor's phrase, but adds nothing to its code.
    /// </param>
    public static List<ActorUnit> Units(IReadOnlyList<string> words, IReadOnlyList<string> tags, IReadOnlyList<ActorHit> hits, DateOnly? date, bool splitJointCodes = true, bool agentsAlone = false, bool adjacentAgentsOnly = false)
    {
        var groups = new List<Group>();
        for (var h = 0; h < hits.Count; h++)
        {
            var hit = IsFormer(words, hits, h) ? hits[h] with { Entry = hits[h].Entry with { AgentCode = FormerAgentCode, AgentFirst = false } } : hits[h];
            var last = groups.Count > 0 ? groups[^1] : null;
            if (last is not null && InsideOneNounPhrase(words, tags, last.End, hit.Start) && !IsActorOfActor(words, last, hit))
            {
                if (adjacentAgentsOnly && hit.Entry.IsAgent && last.ActorCode is not null && !OnlyLinksBetween(words, tags, last.End, hit.Start))
                {
                    last.Extend(hit);
                    continue;
                }

                last.Add(hit, date);
            }
            else
            {
                var group = new Group(hit.Start);
                group.Add(hit, date);
                groups.Add(group);
            }
        }

        var units = new List<ActorUnit>();
        var i = 0;
        while (i < groups.Count)
        {
            var j = ListEnd(words, tags, groups, i);
            List<string>? codes;
            if (j < groups.Count && IsAgentsOfActors(words, groups, i, j))
            {
                // "Lawmakers and officials in Fornost and Gondor": every agent with every actor.
                var actorsEnd = ListEnd(words, tags, groups, j);
                codes = AgentsOfActors(groups, i, j, actorsEnd);
                j = actorsEnd;
            }
            else
            {
                codes = j > i + 1 ? CompoundCodes(groups, i, j) : null;
                if (codes is null)
                {
                    // Not a compound after all: only the first group stands alone here.
                    j = i + 1;
                    codes = CompoundCodes(groups, i, j);
                    if (codes is null && agentsAlone && groups[i].HasAgent)
                    {
                        codes = [Compose("---", groups[i].Agents)];
                    }
                }
            }

            var end = groups[j - 1].End;

            if (codes is { Count: > 0 })
            {
                // A lexicon entry may name several actors at once ("THE_SHIRE [FRO/BIL/SAM]").
                var unitCodes = codes
                    .SelectMany(c => splitJointCodes ? c.Split('/', StringSplitOptions.RemoveEmptyEntries) : [c])
                    .Distinct(StringComparer.Ordinal)
                    .ToList();
                units.Add(new ActorUnit(groups[i].Start, end, unitCodes));
            }

            i = j;
        }

        return units;
    }

    /// <summary>The end (exclusive) of the list of groups that starts at <paramref name="first"/>: groups joined by commas and a conjunction.</summary>
    private static int ListEnd(IReadOnlyList<string> words, IReadOnlyList<string> tags, List<Group> groups, int first)
    {
        var j = first + 1;
        var sawConjunction = false;
        var lastConjunctionEnd = first + 1;
        while (j < groups.Count && IsListSeparator(words, tags, groups[j - 1].End, groups[j].Start, out var conjunction))
        {
            j++;
            if (conjunction)
            {
                sawConjunction = true;
                lastConjunctionEnd = j;
            }
        }

        // "Arnor, Gondor" without a conjunction is not a list; "Arnor and Gondor, Eriador …" ends at the conjunction's member.
        return sawConjunction ? lastConjunctionEnd : first + 1;
    }

    /// <summary>
    /// The codes of the groups [<paramref name="from"/>, <paramref name="to"/>) as one compound, or null
    /// when a member names no actor. An agent alone after an actor's group shares its actor ("Danish
    /// media and government": DNKMED, DNKGOV); agents before the first actor go to every member.
    /// </summary>
    private static List<string>? CompoundCodes(List<Group> groups, int from, int to)
    {
        var shared = groups[from].AgentsBeforeActor;
        var codes = new List<string>();
        string? previousActor = null;
        for (var k = from; k < to; k++)
        {
            var member = groups[k];
            if (member.ActorCode is { } actor)
            {
                codes.Add(member.HasAgent ? member.Code! : Compose(actor, shared));
                previousActor = actor;
            }
            else if (previousActor is not null && member.HasAgent)
            {
                codes.Add(Compose(previousActor, member.Agents));
            }
            else
            {
                return null;
            }
        }

        return codes;
    }

    /// <summary>Whether groups [<paramref name="from"/>, <paramref name="to"/>) are agents alone followed by "in", "of" or "from" and an actor.</summary>
    private static bool IsAgentsOfActors(IReadOnlyList<string> words, List<Group> groups, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (groups[k].ActorCode is not null || !groups[k].HasAgent)
            {
                return false;
            }
        }

        var next = groups[to];
        var gap = next.Start - groups[to - 1].End;
        var preposition = words[groups[to - 1].End];
        return next.ActorCode is not null && !next.HasAgent && preposition is "in" or "of" or "from" && (gap == 1 || (gap == 2 && words[next.Start - 1] is "the"));
    }

    private static List<string> AgentsOfActors(List<Group> groups, int agentsFrom, int actorsFrom, int actorsTo)
    {
        var codes = new List<string>();
        for (var a = actorsFrom; a < actorsTo; a++)
        {
            if (groups[a].ActorCode is not { } actor)
            {
                continue;
            }

            for (var k = agentsFrom; k < actorsFrom; k++)
            {
                codes.Add(Compose(actor, groups[k].Agents));
            }
        }

        return codes;
    }

    /// <summary>An actor code refined by agent codes: appended after it (or before, for <c>CODE~</c> agents) unless already there.</summary>
    public static string Compose(string code, IReadOnlyList<LexiconEntry> agents)
    {
        ArgumentNullException.ThrowIfNull(code);
        ArgumentNullException.ThrowIfNull(agents);
        if (agents.Count > 0 && code.Contains('/', StringComparison.Ordinal) && !code.StartsWith('/'))
        {
            return string.Join('/', code.Split('/').Select(c => Compose(c, agents)));
        }

        foreach (var agent in agents)
        {
            var agentCode = agent.AgentCode!;
            if (code.Contains(agentCode, StringComparison.Ordinal))
            {
                continue;
            }

            code = agent.AgentFirst ? agentCode + code : code + agentCode;
        }

        return code;
    }

    /// <summary>
    /// Whether <paramref name="hit"/> is an actor in an "of" phrase after a group that names an actor
    /// ("the Gondor of the Prince of Dol Amroth"): the phrase's own actor is the head (PETRARCH-2 takes a
    /// noun phrase's meaning from its own words before its prepositional phrases), so the one after
    /// "of" is a unit of its own, which a pattern's <c>^</c> can skip to.
    /// </summary>
    private static bool IsActorOfActor(IReadOnlyList<string> words, Group last, ActorHit hit)
    {
        if (last.ActorCode is null || hit.Entry.IsAgent)
        {
            return false;
        }

        for (var t = last.End; t < hit.Start; t++)
        {
            if (words[t] is "of")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the tokens [<paramref name="from"/>, <paramref name="to"/>) may stand between an actor and an agent
    /// (or a second actor) of one noun phrase: at most three modifiers, where adjectives joined by a conjunction
    /// count as one ("Ithilen's awful and evil minister Calimehtar").
    /// </summary>
    private static bool InsideOneNounPhrase(IReadOnlyList<string> words, IReadOnlyList<string> tags, int from, int to)
    {
        var modifiers = 0;
        for (var t = from; t < to; t++)
        {
            var word = words[t];
            if (IsAdjectiveConjunction(words, tags, t, from, to))
            {
                t++;
                continue;
            }

            var joins = word is "'s" or "’s" or "'" or "’" or "of" or "the" or "The" || tags[t] is "JJ" or "NNP" or "NNPS" or "POS" or "DT";
            if (!joins || ++modifiers > MaxWordsBetweenActorAndAgent)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether hit <paramref name="h"/> is an agent whose phrase says "former" before it ("Arnor former security
    /// officials", "former Gondor prosecutors"): a former holder of the role is one of the elites (CAMEO <c>ELI</c>),
    /// as the PETRARCH and TABARI suites' FORMER conversion records code it (ARNELI, GONELI).
    /// </summary>
    private static bool IsFormer(IReadOnlyList<string> words, IReadOnlyList<ActorHit> hits, int h)
    {
        var hit = hits[h];
        if (!hit.Entry.IsAgent)
        {
            return false;
        }

        var before = hit.Start - 1;
        if (h > 0 && hits[h - 1].End == hit.Start && !hits[h - 1].Entry.IsAgent)
        {
            before = hits[h - 1].Start - 1;
        }

        return (before >= 0 && IsFormerWord(words[before])) || (hit.Start > 0 && IsFormerWord(words[hit.Start - 1]));
    }

    private static bool IsFormerWord(string word) => string.Equals(word, "former", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether the tokens [<paramref name="from"/>, <paramref name="to"/>) are only possessives, "of", articles and "former".</summary>
    private static bool OnlyLinksBetween(IReadOnlyList<string> words, IReadOnlyList<string> tags, int from, int to)
    {
        for (var t = from; t < to; t++)
        {
            if (!(words[t] is "'s" or "’s" or "'" or "’" or "of" || tags[t] is "POS" or "DT" || IsFormerWord(words[t])))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether token <paramref name="t"/> is "and" or "or" between two adjectives of the stretch.</summary>
    private static bool IsAdjectiveConjunction(IReadOnlyList<string> words, IReadOnlyList<string> tags, int t, int from, int to) =>
        words[t] is "and" or "or" && t > from && t + 1 < to && tags[t - 1] is "JJ" && tags[t + 1] is "JJ";

    /// <summary>
    /// Whether the tokens [<paramref name="from"/>, <paramref name="to"/>) join two members of a list: a
    /// comma and/or a conjunction, then perhaps modifiers of the next member (", and the evil awful").
    /// </summary>
    private static bool IsListSeparator(IReadOnlyList<string> words, IReadOnlyList<string> tags, int from, int to, out bool conjunction)
    {
        conjunction = false;
        if (to - from is < 1 or > MaxListSeparatorLength)
        {
            return false;
        }

        var sawSeparator = false;
        var sawModifier = false;
        for (var t = from; t < to; t++)
        {
            switch (words[t])
            {
                case "," when !sawModifier:
                    sawSeparator = true;
                    break;
                case "and" or "or" or "&" when !sawModifier:
                    sawSeparator = true;
                    conjunction = true;
                    break;
                default:
                    if (!sawSeparator || tags[t] is not ("DT" or "JJ" or "JJR" or "JJS" or "PRP$"))
                    {
                        return false;
                    }

                    sawModifier = true;
                    break;
            }
        }

        return sawSeparator;
    }

    private sealed class Group(int start)
    {
        private readonly List<LexiconEntry> _agents = [];

        public int Start { get; } = start;

        public int End { get; private set; } = start;

        public string? Code => ActorCode is null ? null : Compose(ActorCode, _agents);

        /// <summary>The actor's own code, without the group's agents; null for agents alone.</summary>
        public string? ActorCode { get; private set; }

        public IReadOnlyList<LexiconEntry> Agents => _agents;

        public bool HasAgent => _agents.Count > 0;

        /// <summary>Agents that came before the group's actor ("the ambassadors of Arnor"), shared by a compound.</summary>
        public List<LexiconEntry> AgentsBeforeActor { get; } = [];

        /// <summary>Takes <paramref name="hit"/> into the phrase without its code.</summary>
        public void Extend(ActorHit hit) => End = hit.End;

        public void Add(ActorHit hit, DateOnly? date)
        {
            End = hit.End;
            if (hit.Entry.IsAgent)
            {
                _agents.Add(hit.Entry);
                if (ActorCode is null)
                {
                    AgentsBeforeActor.Add(hit.Entry);
                }

                return;
            }

            var code = hit.Entry.CodeAt(date);
            if (code is null || code.StartsWith("---", StringComparison.Ordinal))
            {
                return;
            }

            // Of two actors in one phrase ("Russia's Putin") the more specific code wins.
            if (ActorCode is null || code.Length > ActorCode.Length)
            {
                ActorCode = code;
            }
        }
    }
}
