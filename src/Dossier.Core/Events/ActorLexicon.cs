using Dossier.Core.Actors;

namespace Dossier.Core.Events;

/// <summary>
/// The actor and agent phrases of a set of dictionaries as a word trie over <see cref="NameKey"/>
/// words, so that a sentence is matched in one left-to-right pass (longest phrase at each word).
/// A phrase word written with a trailing <c>*</c> ("ARGENTIN*") is a stem, as TABARI reads its
/// dictionaries: it matches any word that starts with it ("Argentina", "Argentine"). A phrase word
/// written with a leading <see cref="GapMark"/> ("PRINCE* …DOL AMROTH*", TABARI's blank between words)
/// may come up to <see cref="MaxGap"/> words after the word before it, over words of the noun phrase.
/// </summary>
public sealed class ActorLexicon
{
    /// <summary>Marks a phrase word that other words may come before: "PRINCE* …DOL" is also "Prince of Dol".</summary>
    public const char GapMark = '…';

    /// <summary>How many words (lexicon keys) a gap may hold: "of the", "state-run".</summary>
    public const int MaxGap = 3;

    private readonly Node _root = new();

    public int PhraseCount { get; private set; }

    public static ActorLexicon From(IEnumerable<ActorRecord> actors, IEnumerable<AgentRecord> agents)
    {
        var lexicon = new ActorLexicon();
        foreach (var actor in actors)
        {
            if (actor.Periods.Count == 0)
            {
                continue;
            }

            var entry = new LexiconEntry(actor.Phrase, actor.Periods);
            foreach (var phrase in actor.Synonyms.Prepend(actor.Phrase))
            {
                lexicon.Add(phrase, entry);
            }
        }

        lexicon.AddAgents(agents);
        return lexicon;
    }

    /// <summary>The names, aliases, seats and nationality words of a compiled actor catalog, and agents.</summary>
    public static ActorLexicon From(ActorCatalog catalog, IEnumerable<AgentRecord> agents)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var lexicon = new ActorLexicon();
        foreach (var actor in catalog.Actors)
        {
            if (actor.Codes.Count == 0)
            {
                continue;
            }

            var entry = new LexiconEntry(actor.Name, actor.Codes);
            foreach (var name in actor.Aliases.Prepend(actor.Name))
            {
                lexicon.Add(name, entry);
            }
        }

        foreach (var (place, code) in catalog.Seats.Concat(catalog.Demonyms))
        {
            lexicon.Add(place, new LexiconEntry(place, [new CodedPeriod(code)]));
        }

        lexicon.AddAgents(agents);
        return lexicon;
    }

    /// <summary>Whether some phrase has a stem word, so that lookups must also try the prefixes of each word.</summary>
    public bool HasStems { get; private set; }

    /// <summary>Whether some phrase has a word that may come after a gap, so that lookups need to know which words a gap may hold.</summary>
    public bool HasGaps { get; private set; }

    public void Add(string phrase, LexiconEntry entry)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        var node = _root;
        var any = false;
        foreach (var written in phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var raw = written;
            if (raw[0] == GapMark && any)
            {
                node = node.Gap ??= new Node();
                HasGaps = true;
            }

            raw = raw.TrimStart(GapMark);
            var words = NameKey.Words(raw);
            for (var i = 0; i < words.Length; i++)
            {
                var stem = i == words.Length - 1 && raw.EndsWith('*');
                node = node.Child(words[i], stem);
                HasStems |= stem;
                any = true;
            }
        }

        if (!any)
        {
            return;
        }

        // The first entry of a phrase wins, except that an actor beats an agent of the same words.
        if (node.Entry is null || (node.Entry.IsAgent && !entry.IsAgent))
        {
            if (node.Entry is null)
            {
                PhraseCount++;
            }

            node.Entry = entry;
        }
    }

    /// <summary>The longest phrase starting at <paramref name="start"/> of <paramref name="words"/>: its entry and length, or (null, 0).</summary>
    /// <param name="gapWords">Which words a gap may hold (words of a noun phrase); null: none, so gapped phrases match only without a gap.</param>
    public (LexiconEntry? Entry, int Length) LongestAt(IReadOnlyList<string> words, int start, IReadOnlyList<bool>? gapWords = null)
    {
        if (HasStems || HasGaps)
        {
            LexiconEntry? found = null;
            var longest = 0;
            new Search(words, gapWords, start).Longest(_root, start, ref found, ref longest);
            return (found, longest);
        }

        var node = _root;
        LexiconEntry? best = null;
        var length = 0;
        for (var i = start; i < words.Count; i++)
        {
            if (node.Children is null || !node.Children.TryGetValue(words[i], out var next))
            {
                break;
            }

            node = next;
            if (node.Entry is not null)
            {
                best = node.Entry;
                length = i - start + 1;
            }
        }

        return (best, length);
    }

    /// <summary>One lookup: every branch (exact word, stem, gap) that may continue a phrase is followed.</summary>
    private readonly record struct Search(IReadOnlyList<string> Words, IReadOnlyList<bool>? GapWords, int Start)
    {
        public void Longest(Node node, int at, ref LexiconEntry? found, ref int longest)
        {
            Continue(node, at, ref found, ref longest);
            if (node.Gap is not { } gap)
            {
                return;
            }

            // A gapped word may also follow at once ("Ithilen television"), or after words of the noun phrase.
            Continue(gap, at, ref found, ref longest);
            for (var skipped = 1; skipped <= MaxGap && GapWords is not null && at + skipped - 1 < GapWords.Count && GapWords[at + skipped - 1]; skipped++)
            {
                Continue(gap, at + skipped, ref found, ref longest);
            }
        }

        private void Continue(Node node, int at, ref LexiconEntry? found, ref int longest)
        {
            if (at >= Words.Count)
            {
                return;
            }

            var word = Words[at];
            if (node.Children is not null && node.Children.TryGetValue(word, out var exact))
            {
                Visit(exact, at, ref found, ref longest);
            }

            if (node.Stems is not null)
            {
                var lookup = node.Stems.GetAlternateLookup<ReadOnlySpan<char>>();
                for (var length = word.Length; length > 0; length--)
                {
                    if (lookup.TryGetValue(word.AsSpan(0, length), out var stem))
                    {
                        Visit(stem, at, ref found, ref longest);
                    }
                }
            }
        }

        private void Visit(Node next, int at, ref LexiconEntry? found, ref int longest)
        {
            if (next.Entry is not null && at - Start + 1 > longest)
            {
                found = next.Entry;
                longest = at - Start + 1;
            }

            Longest(next, at + 1, ref found, ref longest);
        }
    }

    private void AddAgents(IEnumerable<AgentRecord> agents)
    {
        foreach (var agent in agents)
        {
            var entry = new LexiconEntry(agent.Phrases[0], [], agent.Code, agent.BeforeActor);
            foreach (var phrase in agent.Phrases)
            {
                Add(phrase, entry);
            }
        }
    }

    private sealed class Node
    {
        public Dictionary<string, Node>? Children { get; private set; }

        /// <summary>Children reached by any word that starts with their key.</summary>
        public Dictionary<string, Node>? Stems { get; private set; }

        public LexiconEntry? Entry { get; set; }

        /// <summary>The words that may follow this one after a gap (TABARI's blank between phrase words).</summary>
        public Node? Gap { get; set; }

        public Node Child(string word, bool stem = false)
        {
            // Keys are lower-case NameKey words; ignoring case lets a plain token be looked up as it is.
            Dictionary<string, Node> children;
            if (stem)
            {
                children = Stems ??= new Dictionary<string, Node>(StringComparer.OrdinalIgnoreCase);
            }
            else
            {
                children = Children ??= new Dictionary<string, Node>(StringComparer.OrdinalIgnoreCase);
            }

            if (!children.TryGetValue(word, out var child))
            {
                child = new Node();
                children[word] = child;
            }

            return child;
        }
    }
}
