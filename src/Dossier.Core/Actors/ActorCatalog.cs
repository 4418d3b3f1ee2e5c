using System.Collections.Frozen;

namespace Dossier.Core.Actors;

/// <summary>
/// Looks actors up by name, spelling-insensitively (<see cref="NameKey"/>), and knows which capitals and
/// seats stand for which government and which nationality words name which country.
/// </summary>
public sealed class ActorCatalog
{
    private static readonly Lazy<ActorCatalog> Embedded = new(ActorFile.LoadEmbedded);

    private readonly FrozenDictionary<string, ActorEntry[]> _byKey;
    private readonly FrozenDictionary<string, string> _seats;
    private readonly FrozenDictionary<string, string> _demonyms;
    private readonly FrozenDictionary<(string Country, string Title), ActorEntry[]> _byRole;

    public ActorCatalog(IReadOnlyList<ActorEntry> actors, IReadOnlyDictionary<string, string> seats, IReadOnlyDictionary<string, string> demonyms)
    {
        ArgumentNullException.ThrowIfNull(actors);
        ArgumentNullException.ThrowIfNull(seats);
        ArgumentNullException.ThrowIfNull(demonyms);
        Actors = actors;
        Seats = seats;
        Demonyms = demonyms;
        _byKey = actors
            .SelectMany(a => a.Aliases.Prepend(a.Name).Select(NameKey.Of).Where(k => k.Length > 0).Distinct(StringComparer.Ordinal).Select(k => (Key: k, Actor: a)))
            .GroupBy(x => x.Key, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.Select(x => x.Actor).ToArray(), StringComparer.Ordinal);
        _seats = seats.ToFrozenDictionary(kv => NameKey.Of(kv.Key), kv => kv.Value, StringComparer.Ordinal);
        _demonyms = demonyms.ToFrozenDictionary(kv => NameKey.Of(kv.Key), kv => kv.Value, StringComparer.Ordinal);
        _byRole = actors
            .SelectMany(a => a.Roles.Select(r => (Key: (r.Country, r.Title), Actor: a)))
            .GroupBy(x => x.Key)
            .ToFrozenDictionary(g => g.Key, g => g.Select(x => x.Actor).Distinct().ToArray());
    }

    /// <summary>The dictionary compiled into Dossier.Core (Phoenix dictionaries plus the project's supplement).</summary>
    public static ActorCatalog Default => Embedded.Value;

    public static ActorCatalog Empty { get; } = new([], new Dictionary<string, string>(), new Dictionary<string, string>());

    public IReadOnlyList<ActorEntry> Actors { get; }

    public IReadOnlyDictionary<string, string> Seats { get; }

    public IReadOnlyDictionary<string, string> Demonyms { get; }

    /// <summary>
    /// The one actor a name stands for on <paramref name="date"/>: the only one with that name, or the only one
    /// of several whose codes hold on that date. Null when the name is unknown or stays ambiguous.
    /// </summary>
    public ActorEntry? Find(string name, DateOnly? date = null)
    {
        if (!_byKey.TryGetValue(NameKey.Of(name), out var candidates))
        {
            return null;
        }

        if (candidates.Length == 1)
        {
            return candidates[0];
        }

        if (date is { } day)
        {
            var active = candidates.Where(c => c.ActiveAt(day)).Take(2).ToList();
            if (active.Count == 1)
            {
                return active[0];
            }
        }

        return null;
    }

    /// <summary>The code a capital or government seat speaks for ("Pyongyang" → PRK, "Kremlin" → RUSGOV).</summary>
    public string? SeatCode(string name) => _seats.GetValueOrDefault(NameKey.Of(name));

    /// <summary>The country a nationality word names ("North Korean" → PRK).</summary>
    public string? DemonymCountry(string word) => _demonyms.GetValueOrDefault(NameKey.Of(word));

    /// <summary>Who held <paramref name="title"/> ("leader") of <paramref name="country"/> on <paramref name="date"/>, when exactly one did.</summary>
    public ActorEntry? RoleHolder(string country, string title, DateOnly date)
    {
        if (!_byRole.TryGetValue((country, title), out var holders))
        {
            return null;
        }

        var current = holders.Where(a => a.Roles.Any(r => r.Country == country && r.Title == title && r.Covers(date))).Take(2).ToList();
        return current.Count == 1 ? current[0] : null;
    }
}
