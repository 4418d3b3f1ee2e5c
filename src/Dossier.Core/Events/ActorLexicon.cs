using Dossier.Core.Actors;

namespace Dossier.Core.Events;

/// <summary>
/// The actor and agent phrases of a set of dictionaries as a word trie over <see cref="NameKey"/>
/// words, so that a sentence is matched in one left-to-right pass (longest phrase at each word).
/// A phrase word written with a trailing <c>*</c> ("ARGENTIN*") is a stem, as TABARI reads its
/// dictionaries: it matches any word that starts with it ("Argentina", "Argentine").
/// </summary>
public sealed class ActorLexicon
{
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

    public void Add(string phrase, LexiconEntry entry)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        var node = _root;
        var any = false;
        foreach (var raw in phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
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
    public (LexiconEntry? Entry, int Length) LongestAt(IReadOnlyList<string> words, int start)
    {
        if (HasStems)
        {
            LexiconEntry? found = null;
            var longest = 0;
            LongestWithStems(_root, words, start, start, ref found, ref longest);
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

    // Both an exact child and a stem child may continue a phrase, so every branch is followed.
    private static void LongestWithStems(Node node, IReadOnlyList<string> words, int start, int at, ref LexiconEntry? found, ref int longest)
    {
        if (at >= words.Count)
        {
            return;
        }

        var word = words[at];
        if (node.Children is not null && node.Children.TryGetValue(word, out var exact))
        {
            Visit(exact, words, start, at, ref found, ref longest);
        }

        if (node.Stems is not null)
        {
            var lookup = node.Stems.GetAlternateLookup<ReadOnlySpan<char>>();
            for (var length = word.Length; length > 0; length--)
            {
                if (lookup.TryGetValue(word.AsSpan(0, length), out var stem))
                {
                    Visit(stem, words, start, at, ref found, ref longest);
                }
            }
        }
    }

    private static void Visit(Node next, IReadOnlyList<string> words, int start, int at, ref LexiconEntry? found, ref int longest)
    {
        if (next.Entry is not null && at - start + 1 > longest)
        {
            found = next.Entry;
            longest = at - start + 1;
        }

        LongestWithStems(next, words, start, at + 1, ref found, ref longest);
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
