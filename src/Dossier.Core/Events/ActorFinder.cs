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

    /// <summary>The lexicon phrases of <paramref name="words"/>, each aligned on whole tokens, left to right.</summary>
    public static List<ActorHit> Hits(IReadOnlyList<string> words, ActorLexicon lexicon)
    {
        var keys = new List<string>(words.Count + 4);
        var keyToken = new List<int>(words.Count + 4);
        var firstKey = new int[words.Count + 1];
        for (var t = 0; t < words.Count; t++)
        {
            firstKey[t] = keys.Count;
            foreach (var key in NameKey.Words(words[t]))
            {
                keys.Add(key);
                keyToken.Add(t);
            }
        }

        firstKey[words.Count] = keys.Count;
        var hits = new List<ActorHit>();
        var token = 0;
        while (token < words.Count)
        {
            var start = firstKey[token];
            if (start < firstKey[token + 1])
            {
                var (entry, length) = lexicon.LongestAt(keys, start);
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

    /// <summary>The actor units of a sentence from its hits (in token order).</summary>
    public static List<ActorUnit> Units(IReadOnlyList<string> words, IReadOnlyList<string> tags, IReadOnlyList<ActorHit> hits, DateOnly? date)
    {
        var groups = new List<Group>();
        foreach (var hit in hits)
        {
            var last = groups.Count > 0 ? groups[^1] : null;
            if (last is not null && InsideOneNounPhrase(words, tags, last.End, hit.Start))
            {
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
            var members = new List<Group> { groups[i] };
            var sawConjunction = false;
            var j = i + 1;
            while (j < groups.Count && IsListSeparator(words, members[^1].End, groups[j].Start, out var conjunction))
            {
                sawConjunction |= conjunction;
                members.Add(groups[j]);
                j++;
            }

            if (!sawConjunction || members.Any(m => m.Code is null))
            {
                // Not a compound after all: only the first group stands alone here.
                members = [groups[i]];
                j = i + 1;
            }

            var shared = members[0].AgentsBeforeActor;
            var codes = members
                .Select(m => m.Code is null ? null : m.HasAgent ? m.Code : Compose(m.Code, shared))
                .OfType<string>()
                .Distinct(StringComparer.Ordinal)
                .ToList();
            if (codes.Count > 0)
            {
                units.Add(new ActorUnit(members[0].Start, members[^1].End, codes));
            }

            i = j;
        }

        return units;
    }

    /// <summary>An actor code refined by agent codes: appended after it (or before, for <c>CODE~</c> agents) unless already there.</summary>
    public static string Compose(string code, IReadOnlyList<LexiconEntry> agents)
    {
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

    private static bool InsideOneNounPhrase(IReadOnlyList<string> words, IReadOnlyList<string> tags, int from, int to)
    {
        if (to - from > MaxWordsBetweenActorAndAgent)
        {
            return false;
        }

        for (var t = from; t < to; t++)
        {
            var word = words[t];
            var joins = word is "'s" or "’s" or "'" or "’" or "of" or "the" or "The" || tags[t] is "JJ" or "NNP" or "NNPS" or "POS" or "DT";
            if (!joins)
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsListSeparator(IReadOnlyList<string> words, int from, int to, out bool conjunction)
    {
        conjunction = false;
        if (to - from is < 1 or > 2)
        {
            return false;
        }

        for (var t = from; t < to; t++)
        {
            switch (words[t])
            {
                case ",":
                    break;
                case "and" or "or" or "&":
                    conjunction = true;
                    break;
                default:
                    return false;
            }
        }

        return true;
    }

    private sealed class Group(int start)
    {
        private readonly List<LexiconEntry> _agents = [];
        private string? _actorCode;

        public int Start { get; } = start;

        public int End { get; private set; } = start;

        public string? Code => _actorCode is null ? null : Compose(_actorCode, _agents);

        public bool HasAgent => _agents.Count > 0;

        /// <summary>Agents that came before the group's actor ("the ambassadors of Arnor"), shared by a compound.</summary>
        public List<LexiconEntry> AgentsBeforeActor { get; } = [];

        public void Add(ActorHit hit, DateOnly? date)
        {
            End = hit.End;
            if (hit.Entry.IsAgent)
            {
                _agents.Add(hit.Entry);
                if (_actorCode is null)
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
            if (_actorCode is null || code.Length > _actorCode.Length)
            {
                _actorCode = code;
            }
        }
    }
}
