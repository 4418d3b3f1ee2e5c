using Dossier.Core.Actors;
using Dossier.Core.Model;
using Dossier.Core.Recognition;

namespace Dossier.Core.Resolution;

/// <summary>The mentions gathered for one entity while resolving.</summary>
/// <param name="Actor">The dictionary actor the cluster stands for, when known.</param>
/// <param name="CountryCode">The CAMEO country code, for a country's cluster.</param>
internal sealed class Cluster(string key, string[] tokens, ActorEntry? actor, string? countryCode)
{
    private readonly List<(int Doc, Document Document, TextSpan Span, string Text, EntityType Type, bool Full)> _mentions = [];
    private readonly HashSet<(int Doc, TextSpan Span)> _spans = [];
    private readonly Dictionary<EntityType, int> _fullTypes = [];
    private readonly Dictionary<EntityType, int> _shortTypes = [];
    private readonly Dictionary<int, int> _fullByDoc = [];
    private readonly Dictionary<int, List<string>> _textsByDoc = [];

    public string Key { get; } = key;

    public string[] Tokens { get; } = tokens;

    public ActorEntry? Actor { get; } = actor;

    public string? CountryCode { get; } = countryCode;

    public EntityType Type { get; private set; } = countryCode is null ? EntityType.Other : EntityType.Country;

    public int Count => _mentions.Count;

    public IEnumerable<string> TextsIn(int doc) => _textsByDoc.TryGetValue(doc, out var texts) ? texts : [];

    /// <summary>The lowest document number with a mention, or 0 for an empty cluster.</summary>
    public int FirstDoc => _textsByDoc.Count == 0 ? 0 : _textsByDoc.Keys.Min();

    public bool Add(int doc, Document document, Mention mention, bool full) => Add(doc, document, mention.Span, mention.Text, mention.Type, full);

    /// <summary>Adds a mention unless the cluster already holds that span; false when it did.</summary>
    public bool Add(int doc, Document document, TextSpan span, string text, EntityType type, bool full)
    {
        if (!_spans.Add((doc, span)))
        {
            return false;
        }

        _mentions.Add((doc, document, span, text, type, full));
        if (!_textsByDoc.TryGetValue(doc, out var texts))
        {
            _textsByDoc[doc] = texts = [];
        }

        texts.Add(text);
        var counts = full ? _fullTypes : _shortTypes;
        counts[type] = counts.GetValueOrDefault(type) + 1;
        if (full)
        {
            _fullByDoc[doc] = _fullByDoc.GetValueOrDefault(doc) + 1;
        }

        if (CountryCode is not null)
        {
            Type = EntityType.Country;
            return true;
        }

        // Full forms decide the type; lone surnames only when there is no full form.
        var deciding = _fullTypes.Count > 0 ? _fullTypes : _shortTypes;
        Type = deciding.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key).First().Key;
        return true;
    }

    public int FullMentionsIn(int doc) => _fullByDoc.GetValueOrDefault(doc);

    /// <summary>Whether some mention of the cluster is written in capitals as an acronym ("GM", "EADS").</summary>
    public bool IsAcronym => Tokens.Length == 1 && _mentions.Any(m => NameHead.IsAcronym(m.Text));

    /// <summary>The cluster's key words and the words of each name its mentions give, each form once.</summary>
    public IEnumerable<string[]> Forms =>
        _mentions.Select(m => NameKey.Words(m.Text)).Prepend(Tokens).Where(f => f.Length > 0)
            .DistinctBy(f => string.Join(' ', f), StringComparer.Ordinal);

    /// <summary>The cluster this one was merged into, if any.</summary>
    public Cluster? MergedInto { get; private set; }

    /// <summary>The cluster that now holds this one's mentions.</summary>
    public Cluster Root => MergedInto is null ? this : MergedInto.Root;

    /// <summary>Moves every mention into <paramref name="target"/>, which keeps its key, actor and country.</summary>
    public void MoveInto(Cluster target)
    {
        ArgumentNullException.ThrowIfNull(target);
        foreach (var m in _mentions)
        {
            target.Add(m.Doc, m.Document, m.Span, m.Text, m.Type, m.Full);
        }

        _mentions.Clear();
        MergedInto = target;
    }

    /// <summary>The first appositive, else the title used most often before the name.</summary>
    private static string? DescriptionOf(List<(string Text, TextSpan Span)> mentions)
    {
        var appositive = mentions.Select(m => NameContext.AppositiveAfter(m.Text, m.Span)).FirstOrDefault(d => d is not null);
        return appositive ?? mentions.Select(m => NameContext.TitleBefore(m.Text, m.Span)).OfType<string>()
            .GroupBy(t => t, StringComparer.Ordinal).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault();
    }

    /// <param name="dates">The date each document is read at, for dated actor codes.</param>
    public Entity ToEntityParts(IReadOnlyList<DateOnly?> dates)
    {
        var ordered = _mentions.OrderBy(m => m.Doc).ThenBy(m => m.Span.Start).ToList();
        var forms = ordered.Any(m => m.Full) ? ordered.Where(m => m.Full) : ordered;
        var name = forms.GroupBy(m => m.Text, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.First().Doc)
            .ThenBy(g => g.First().Span.Start)
            .First().Key;
        var aliases = ordered.Select(m => m.Text).Where(t => !string.Equals(t, name, StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var code = CountryCode ?? Actor?.CodeAt(dates[ordered[0].Doc]);
        var description = Type == EntityType.Country ? null : DescriptionOf(ordered.Select(m => (m.Document.Text, m.Span)).ToList());
        var mentions = ordered.Select(m => new DocumentSpan(m.Document.Id, m.Span)).ToList();
        return new Entity(string.Empty, name, Type, code, description, aliases, mentions);
    }
}
