using Dossier.Core.Actors;
using Dossier.Core.Model;

namespace Dossier.Core.Resolution;

/// <summary>The clusters of one resolution run and the indexes that find them by key, shape and surname.</summary>
internal sealed class ResolutionState
{
    private readonly Dictionary<string, Cluster> _byKey = new(StringComparer.Ordinal);
    private readonly Dictionary<(string First, int Length), List<Cluster>> _byShape = [];
    private readonly Dictionary<string, List<Cluster>> _bySurname = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Cluster>> _byLastWord = new(StringComparer.Ordinal);
    private readonly List<Cluster> _countries = [];
    private readonly Dictionary<string, Cluster> _acronymDefinitions = new(StringComparer.Ordinal);
    private HashSet<string>? _wordsOfLongerNames;

    private readonly List<Cluster> _created = [];

    /// <summary>The clusters made so far, without those merged into another.</summary>
    public IEnumerable<Cluster> Clusters => _created.Where(c => c.MergedInto is null);

    public Cluster Country(string code, string[] tokens) => GetOrCreate("country:" + code, tokens, null, code);

    public Cluster ForActor(ActorEntry actor, string[] tokens)
    {
        var words = NameKey.Words(actor.Name);
        return GetOrCreate("actor:" + actor.Id, words.Length > 0 ? words : tokens, actor, null);
    }

    public Cluster? ExistingActor(ActorEntry actor) => _byKey.GetValueOrDefault("actor:" + actor.Id)?.Root;

    /// <summary>A name the dictionary does not know: its own key, or a one-letter variant of a person's full name.</summary>
    public Cluster ForName(EntityType type, string[] tokens)
    {
        var key = "name:" + string.Concat(tokens);
        if (_byKey.TryGetValue(key, out var known))
        {
            return known.Root;
        }

        if (type == EntityType.Person && tokens.Length > 1 && _byShape.TryGetValue((tokens[0], tokens.Length), out var shaped))
        {
            var variant = shaped.FirstOrDefault(c => c.Type == EntityType.Person && EntityResolver.IsSpellingVariant(c.Tokens, tokens));
            if (variant is not null)
            {
                _byKey[key] = variant;
                return variant;
            }
        }

        return GetOrCreate(key, tokens, null, null);
    }

    public bool HasPersonWith(string token) =>
        _bySurname.TryGetValue(token, out var list) && list.Any(c => c.Type == EntityType.Person);

    /// <summary>
    /// The full person name a lone surname stands for: in its document, the one the article names most (when one
    /// stands out); with none there, the only one in the run, unless the surname already stands alone elsewhere.
    /// </summary>
    public Cluster? SurnameTarget(int doc, string token)
    {
        if (!_bySurname.TryGetValue(token, out var list))
        {
            return null;
        }

        var people = list.Where(c => c.Type == EntityType.Person).ToList();
        var inDoc = people.Select(c => (Cluster: c, Count: c.FullMentionsIn(doc))).Where(x => x.Count > 0).OrderByDescending(x => x.Count).ToList();
        if (inDoc.Count > 0)
        {
            return inDoc.Count == 1 || inDoc[0].Count > inDoc[1].Count ? inDoc[0].Cluster : null;
        }

        return people.Count == 1 && !_byKey.ContainsKey("name:" + token) ? people[0] : null;
    }

    /// <summary>
    /// "Peninsula" after "Korean Peninsula", "Dreamliner" after "787 Dreamliner": the one longer name of the same kind
    /// (a place, or a name of no known type) ending in that word, in the document or else the run.
    /// </summary>
    public Cluster? LongerNameEndingIn(int doc, string token, EntityType type)
    {
        if (!_byLastWord.TryGetValue(token, out var list))
        {
            return null;
        }

        var places = list.Select(c => c.Root).Distinct()
            .Where(c => type == EntityType.Other ? c.Type == EntityType.Other : c.Type is EntityType.Location or EntityType.Country).ToList();
        var inDoc = places.Where(c => c.FullMentionsIn(doc) > 0).ToList();
        var pool = inDoc.Count > 0 ? inDoc : places;
        return pool.Count == 1 ? pool[0] : null;
    }

    /// <summary>The one country named in the document whose name starts with "North" (or "South").</summary>
    public Cluster? CountryNamedIn(int doc, string side)
    {
        var prefix = side + " ";
        var matching = _countries.Where(c => c.TextsIn(doc).Any(t => t.StartsWith(prefix, StringComparison.Ordinal))).Take(2).ToList();
        return matching.Count == 1 ? matching[0] : null;
    }

    /// <summary>Makes a name's key find <paramref name="cluster"/>, merging in the cluster it found before.</summary>
    public void Claim(string[] tokens, Cluster cluster)
    {
        var key = "name:" + string.Concat(tokens);
        if (_byKey.TryGetValue(key, out var known))
        {
            Merge(known, cluster);
        }

        _byKey[key] = cluster;
    }

    /// <summary>
    /// "SIA" defined by "Singapore Airlines ( SIA": the acronym's key points at the long name's cluster. Two long forms
    /// that define one acronym in a run ("… Defence and Space ( EADS", "… Defence &amp; Space ( EADS") are one name.
    /// </summary>
    public void DefineAcronym(string acronym, Cluster cluster)
    {
        var key = NameKey.Of(acronym);
        if (_acronymDefinitions.TryGetValue(key, out var known) && known.Root != cluster.Root)
        {
            if (known.Root.Actor is not null && cluster.Root.Actor is not null)
            {
                return;
            }

            Merge(cluster.Root.Actor is null ? cluster : known, cluster.Root.Actor is null ? known : cluster);
            return;
        }

        _acronymDefinitions[key] = cluster;
    }

    public Cluster? DefinitionOf(string acronymKey) => _acronymDefinitions.GetValueOrDefault(acronymKey)?.Root;

    /// <summary>The cluster of a name's exact key, if the run has one.</summary>
    public Cluster? Named(string[] tokens) => _byKey.GetValueOrDefault("name:" + string.Concat(tokens))?.Root;

    /// <summary>Moves <paramref name="from"/>'s mentions into <paramref name="into"/> and drops it; its keys then find <paramref name="into"/>.</summary>
    public void Merge(Cluster from, Cluster into)
    {
        from = from.Root;
        into = into.Root;
        if (from != into)
        {
            from.MoveInto(into);
            _wordsOfLongerNames = null;
        }
    }

    /// <summary>Whether some longer name in the run contains <paramref name="token"/> as a word.</summary>
    public bool IsPartOfLongerName(string token)
    {
        _wordsOfLongerNames ??= Clusters.Where(c => c.Tokens.Length > 1 && c.Type != EntityType.Other)
            .SelectMany(c => c.Tokens).ToHashSet(StringComparer.Ordinal);
        return _wordsOfLongerNames.Contains(token);
    }

    private Cluster GetOrCreate(string key, string[] tokens, ActorEntry? actor, string? country)
    {
        if (_byKey.TryGetValue(key, out var cluster))
        {
            return cluster.Root;
        }

        cluster = new Cluster(key, tokens, actor, country);
        _byKey[key] = cluster;
        _created.Add(cluster);
        if (country is not null)
        {
            _countries.Add(cluster);
        }

        if (tokens.Length > 1)
        {
            Index(_byShape, (tokens[0], tokens.Length), cluster);
            Index(_bySurname, tokens[0], cluster);
            if (tokens[^1] != tokens[0])
            {
                Index(_bySurname, tokens[^1], cluster);
            }

            Index(_byLastWord, tokens[^1], cluster);
        }

        return cluster;
    }

    private static void Index<TKey>(Dictionary<TKey, List<Cluster>> index, TKey key, Cluster cluster)
        where TKey : notnull
    {
        if (!index.TryGetValue(key, out var list))
        {
            list = [];
            index[key] = list;
        }

        list.Add(cluster);
    }
}
