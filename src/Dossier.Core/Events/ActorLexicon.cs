using Dossier.Core.Actors;

namespace Dossier.Core.Events;

/// <summary>
/// The actor and agent phrases of a set of dictionaries as a word trie over <see cref="NameKey"/>
/// words, so that a sentence is matched in one left-to-right pass (longest phrase at each word).
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

    public void Add(string phrase, LexiconEntry entry)
    {
        var words = NameKey.Words(phrase);
        if (words.Length == 0)
        {
            return;
        }

        var node = _root;
        foreach (var word in words)
        {
            node = node.Child(word);
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

        public LexiconEntry? Entry { get; set; }

        public Node Child(string word)
        {
            // Keys are lower-case NameKey words; ignoring case lets a plain token be looked up as it is.
            Children ??= new Dictionary<string, Node>(StringComparer.OrdinalIgnoreCase);
            if (!Children.TryGetValue(word, out var child))
            {
                child = new Node();
                Children[word] = child;
            }

            return child;
        }
    }
}
