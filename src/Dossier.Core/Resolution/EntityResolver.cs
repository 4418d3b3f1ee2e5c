using System.Globalization;
using Dossier.Core.Actors;
using Dossier.Core.Model;
using Dossier.Core.Pipeline;
using Dossier.Core.Recognition;

namespace Dossier.Core.Resolution;

/// <summary>
/// Merges name mentions across documents into entities, one per real person, organisation and country:
/// names the actor dictionary knows (any spelling, on the document's date), the same name up to case,
/// hyphens, spaces and diacritics, one-letter spelling variants of a full name that the dictionary does not
/// tell apart, surnames that point at one full name in the same document, capitals used for their
/// government ("Pyongyang said"), offices ("the North Korean leader") and "the North" / "the South".
/// Capitalised common words that are not names ("Summit", "Belt" of "Belt and Road") are dropped.
/// Runs sequentially in document order, with every lookup indexed by key, so output is deterministic.
/// </summary>
public sealed class EntityResolver(ActorCatalog catalog) : ICorpusStep
{
    public EntityResolver()
        : this(ActorCatalog.Default)
    {
    }

    public string Name => "EntityResolver";

    public IReadOnlySet<Layer> Requires { get; } = Layers.Of(Layer.NameMentions);

    public IReadOnlySet<Layer> Produces { get; } = Layers.Of(Layer.Entities);

    public void Process(Corpus corpus, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        var dates = DatesOf(corpus);
        var state = new ResolutionState();
        var shorts = new List<(int Doc, Document Document, Mention Mention)>();
        var parallel = new ParallelOptions { CancellationToken = cancellationToken };

        // What each mention says on its own is read on every core; the clusters are then built in document order.
        var readings = new MentionReading[corpus.Documents.Count][];
        Parallel.For(0, corpus.Documents.Count, parallel, d => readings[d] = Read(corpus.Documents[d], dates[d]));
        for (var d = 0; d < corpus.Documents.Count; d++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var document = corpus.Documents[d];
            foreach (var reading in readings[d])
            {
                var cluster = Place(d, document, reading, state, shorts);
                if (cluster is null)
                {
                    continue;
                }

                if (reading.Acronym is { } acronym)
                {
                    state.DefineAcronym(acronym, cluster);
                }

                if (reading.ClaimedWords is { } claimed)
                {
                    state.Claim(claimed, cluster);
                }
            }
        }

        foreach (var (d, document, mention) in shorts)
        {
            var token = NameKey.Words(mention.Text)[0];
            var target = mention.Type == EntityType.Person || mention.Type == EntityType.Other && state.HasPersonWith(token)
                ? state.SurnameTarget(d, token)
                : state.LongerNameEndingIn(d, token, mention.Type);
            (target ?? state.ForName(mention.Type, [token])).Add(d, document, mention, full: target is null);
        }

        var letterRuns = CommonWords.LetterRuns(corpus, parallel);
        NameMerges.Apply(state, letterRuns);
        AddRoleMentions(corpus, dates, state, parallel);
        var kept = state.Clusters.Where(c => !CommonWords.IsNotAName(c, corpus, state, letterRuns)).ToList();
        corpus.Entities = Build(kept, dates, parallel);
    }

    /// <summary>Each mention of a document with the name it stands for and where it belongs, before any cluster is consulted.</summary>
    private MentionReading[] Read(Document document, DateOnly? date)
    {
        var readings = new MentionReading[document.Mentions.Count];
        for (var i = 0; i < readings.Length; i++)
        {
            var named = document.Mentions[i];
            var head = NameHead.Of(named.Text, named.Type);
            var whole = KnownWhole(named.Text, date);
            var mention = named with { Text = whole ?? head.Name };

            // "Apple" joins "Apple Inc." when the dictionary knows only the latter.
            var claimed = whole is not null && named.Type == EntityType.Organization && NameKey.Of(head.Name) != NameKey.Of(whole)
                ? NameKey.Words(head.Name)
                : null;
            readings[i] = Classify(document, mention, date) with { Acronym = head.Acronym, ClaimedWords = claimed };
        }

        return readings;
    }

    /// <summary>Where a mention belongs: a country, a capital standing for its government, a dictionary actor, a lone word that waits for the run's full names, or a name of its own.</summary>
    private MentionReading Classify(Document document, Mention mention, DateOnly? date)
    {
        var tokens = NameKey.Words(mention.Text);
        if (tokens.Length == 0)
        {
            return new MentionReading(mention, Placement.None, tokens);
        }

        if (CountryCodeOf(mention, date) is { } country)
        {
            return new MentionReading(mention, Placement.Country, tokens) { Country = country };
        }

        if (catalog.SeatCode(mention.Text) is { } seat && !MentionContext.IsLocative(document.Text, mention.Span.Start))
        {
            return new MentionReading(mention, Placement.Seat, tokens) { Country = seat[..Math.Min(3, seat.Length)] };
        }

        if (ActorOf(mention, date) is { } actor)
        {
            return new MentionReading(mention, Placement.Actor, tokens) { Actor = actor };
        }

        return tokens.Length == 1 && mention.Type is EntityType.Person or EntityType.Other or EntityType.Location
            ? new MentionReading(mention, Placement.LoneWord, tokens)
            : new MentionReading(mention, Placement.Name, tokens);
    }

    /// <summary>The mention without a leading "the", when the dictionary knows it whole ("Democratic People's Republic of Korea").</summary>
    private string? KnownWhole(string text, DateOnly? date)
    {
        var name = text.StartsWith("the ", StringComparison.OrdinalIgnoreCase) && text.Length > 4 ? text[4..] : text;
        return catalog.Find(name, date) is not null || NameLexicon.IsCountry(name) ? name : null;
    }

    /// <summary>The cluster a mention joins, or null when it has no name or waits as a lone word for the full names of the run.</summary>
    private static Cluster? Place(int d, Document document, MentionReading reading, ResolutionState state, List<(int Doc, Document Document, Mention Mention)> shorts)
    {
        var (mention, tokens) = (reading.Mention, reading.Tokens);
        switch (reading.Placement)
        {
            case Placement.Country:
                return Added(state.Country(reading.Country!, tokens), d, document, mention, full: true);
            case Placement.Seat:
                return Added(state.Country(reading.Country!, tokens), d, document, mention, full: false);
            case Placement.Actor:
                return Added(state.ForActor(reading.Actor!, tokens), d, document, mention, full: tokens.Length > 1);
            case Placement.LoneWord:
                shorts.Add((d, document, mention));
                return null;
            case Placement.Name:
                return Added(state.ForName(mention.Type, tokens), d, document, mention, full: true);
            default:
                return null;
        }
    }

    private static Cluster Added(Cluster cluster, int d, Document document, Mention mention, bool full)
    {
        cluster.Add(d, document, mention, full);
        return cluster;
    }

    /// <summary>Each document's publication date, or the latest date in the run for undated ones.</summary>
    private static List<DateOnly?> DatesOf(Corpus corpus)
    {
        var dates = corpus.Documents.Select(d => d.Metadata.Published?.Date).ToList();
        var latest = dates.Where(d => d is not null).Max();
        return [.. dates.Select(d => d ?? latest)];
    }

    private string? CountryCodeOf(Mention mention, DateOnly? date)
    {
        if (mention.Type is EntityType.Person)
        {
            return null;
        }

        var actor = catalog.Find(mention.Text, date);
        if (actor is { Type: EntityType.Country })
        {
            // Phoenix lists cities among a country's names; a place keeps its own entity unless it is the country's name.
            var isCountryName = mention.Type != EntityType.Location || NameLexicon.IsCountry(mention.Text) || NameHead.IsAcronym(mention.Text)
                || NameKey.Of(actor.Name) == NameKey.Of(mention.Text);
            return isCountryName ? actor.CodeAt(date) : null;
        }

        return actor is null ? NameLexicon.CountryCodes.GetValueOrDefault(mention.Text) : null;
    }

    /// <summary>The dictionary actor a mention names, when its type fits the mention's.</summary>
    private ActorEntry? ActorOf(Mention mention, DateOnly? date)
    {
        var actor = catalog.Find(mention.Text, date);
        if (actor is null)
        {
            return null;
        }

        var fits = (mention.Type, actor.Type) switch
        {
            (EntityType.Person, EntityType.Person) => true,
            (EntityType.Organization or EntityType.Other, EntityType.Organization) => true,
            _ => false,
        };
        return fits ? actor : null;
    }

    private void AddRoleMentions(Corpus corpus, List<DateOnly?> dates, ResolutionState state, ParallelOptions parallel)
    {
        // Finding the roles and sides reads one document at a time, on every core; adding them goes in document order.
        var roles = new List<(TextSpan Span, string Text, ActorEntry Holder)>[corpus.Documents.Count];
        var sides = new List<(TextSpan Span, string Text, string Side)>[corpus.Documents.Count];
        Parallel.For(0, corpus.Documents.Count, parallel, d =>
        {
            roles[d] = dates[d] is { } date ? [.. RoleMentions.Find(corpus.Documents[d], catalog, date)] : [];
            sides[d] = [.. RoleMentions.Sides(corpus.Documents[d])];
        });

        for (var d = 0; d < corpus.Documents.Count; d++)
        {
            var document = corpus.Documents[d];
            foreach (var (span, text, holder) in roles[d])
            {
                // Only people the run already names: a role alone does not bring a new person in.
                state.ExistingActor(holder)?.Add(d, document, span, text, EntityType.Person, full: false);
            }

            foreach (var (span, text, side) in sides[d])
            {
                state.CountryNamedIn(d, side)?.Add(d, document, span, text, EntityType.Country, full: false);
            }
        }
    }

    /// <summary>"Kim Jung Un" and "Kim Jong Un": one word differs by one letter, the others match.</summary>
    internal static bool IsSpellingVariant(string[] a, string[] b)
    {
        if (a.Length != b.Length)
        {
            return false;
        }

        var differing = -1;
        for (var i = 0; i < a.Length; i++)
        {
            if (!string.Equals(a[i], b[i], StringComparison.Ordinal))
            {
                if (differing >= 0)
                {
                    return false;
                }

                differing = i;
            }
        }

        return differing > 0 && a[differing].Length >= 3 && b[differing].Length >= 3 && EditDistanceIsOne(a[differing], b[differing]);
    }

    private static bool EditDistanceIsOne(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 1)
        {
            return false;
        }

        int i = 0, j = 0, edits = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j])
            {
                i++;
                j++;
                continue;
            }

            if (++edits > 1)
            {
                return false;
            }

            if (a.Length > b.Length)
            {
                i++;
            }
            else if (b.Length > a.Length)
            {
                j++;
            }
            else
            {
                i++;
                j++;
            }
        }

        return edits + (a.Length - i) + (b.Length - j) == 1;
    }

    /// <summary>Lower-case words without diacritics, split at spaces and hyphens; dots and apostrophes dropped.</summary>
    internal static string[] Tokens(string name) => NameKey.Words(name);

    internal static string Slug(string name) => string.Join('-', Tokens(name));

    private static List<Entity> Build(List<Cluster> clusters, List<DateOnly?> dates, ParallelOptions parallel)
    {
        var parts = new Entity[clusters.Count];
        Parallel.For(0, clusters.Count, parallel, c => parts[c] = clusters[c].ToEntityParts(dates));
        var built = parts
            .OrderByDescending(e => e.Mentions.Count)
            .ThenBy(e => e.Name, StringComparer.Ordinal)
            .ThenBy(e => e.Mentions[0].Doc, StringComparer.Ordinal)
            .ToList();
        var used = new HashSet<string>(StringComparer.Ordinal);
        var entities = new List<Entity>(built.Count);
        foreach (var e in built)
        {
            var slug = Slug(e.Name);
            var id = slug.Length == 0 ? "entity" : slug;
            for (var n = 2; !used.Add(id); n++)
            {
                id = string.Create(CultureInfo.InvariantCulture, $"{slug}-{n}");
            }

            entities.Add(e with { Id = id });
        }

        return entities;
    }

    private enum Placement
    {
        None,
        Country,
        Seat,
        Actor,
        LoneWord,
        Name,
    }

    /// <summary>One mention as read on its own: the name it stands for, where it belongs, and what it defines for the run.</summary>
    private sealed record MentionReading(Mention Mention, Placement Placement, string[] Tokens)
    {
        public string? Country { get; init; }

        public ActorEntry? Actor { get; init; }

        public string? Acronym { get; init; }

        public string[]? ClaimedWords { get; init; }
    }
}
