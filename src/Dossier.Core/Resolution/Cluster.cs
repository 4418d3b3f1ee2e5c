using Dossier.Core.Model;
using Dossier.Core.Recognition;

namespace Dossier.Core.Resolution;

/// <summary>The mentions gathered for one entity while resolving.</summary>
internal sealed class Cluster(string key, string[] tokens)
{
    private readonly List<(int Doc, Document Document, Mention Mention, bool Full)> _mentions = [];
    private readonly Dictionary<EntityType, int> _fullTypes = [];
    private readonly Dictionary<EntityType, int> _shortTypes = [];

    public string Key { get; } = key;

    public string[] Tokens { get; } = tokens;

    public EntityType Type { get; private set; } = EntityType.Other;

    public void Add(int doc, Document document, Mention mention, bool full)
    {
        _mentions.Add((doc, document, mention, full));
        var counts = full ? _fullTypes : _shortTypes;
        counts[mention.Type] = counts.GetValueOrDefault(mention.Type) + 1;

        // Full forms decide the type; lone surnames only when there is no full form.
        var deciding = _fullTypes.Count > 0 ? _fullTypes : _shortTypes;
        Type = deciding.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key).First().Key;
    }

    public int FullMentionsIn(int doc) => _mentions.Count(m => m.Full && m.Doc == doc);

    /// <summary>The first appositive, else the title used most often before the name.</summary>
    private static string? DescriptionOf(List<(string Text, TextSpan Span)> mentions)
    {
        var appositive = mentions.Select(m => NameContext.AppositiveAfter(m.Text, m.Span)).FirstOrDefault(d => d is not null);
        return appositive ?? mentions.Select(m => NameContext.TitleBefore(m.Text, m.Span)).OfType<string>()
            .GroupBy(t => t, StringComparer.Ordinal).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault();
    }

    public Entity ToEntityParts()
    {
        var ordered = _mentions.OrderBy(m => m.Doc).ThenBy(m => m.Mention.Span.Start).ToList();
        var forms = ordered.Any(m => m.Full) ? ordered.Where(m => m.Full) : ordered;
        var name = forms.GroupBy(m => m.Mention.Text, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.First().Doc)
            .ThenBy(g => g.First().Mention.Span.Start)
            .First().Key;
        var aliases = ordered.Select(m => m.Mention.Text).Where(t => !string.Equals(t, name, StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var code = Type == EntityType.Country
            ? ordered.Select(m => NameLexicon.CountryCodes.GetValueOrDefault(m.Mention.Text)).FirstOrDefault(c => c is not null)
            : null;
        var description = Type == EntityType.Country ? null : DescriptionOf(ordered.Select(m => (m.Document.Text, m.Mention.Span)).ToList());
        var mentions = ordered.Select(m => new DocumentSpan(m.Document.Id, m.Mention.Span)).ToList();
        return new Entity(string.Empty, name, Type, code, description, aliases, mentions);
    }
}
