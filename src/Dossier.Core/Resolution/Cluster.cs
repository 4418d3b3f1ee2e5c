using Dossier.Core.Model;
using Dossier.Core.Recognition;

namespace Dossier.Core.Resolution;

/// <summary>The mentions gathered for one entity while resolving.</summary>
internal sealed class Cluster(string key, string[] tokens)
{
    private readonly List<(int Doc, Document Document, Mention Mention, bool Full)> _mentions = [];

    public string Key { get; } = key;

    public string[] Tokens { get; } = tokens;

    public EntityType Type { get; private set; } = EntityType.Other;

    public void Add(int doc, Document document, Mention mention, bool full)
    {
        _mentions.Add((doc, document, mention, full));
        if (full || _mentions.All(m => !m.Full))
        {
            Type = _mentions.Where(m => m.Full == full).GroupBy(m => m.Mention.Type)
                .OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First().Key;
        }
    }

    public int FullMentionsIn(int doc) => _mentions.Count(m => m.Full && m.Doc == doc);

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
        var description = Type == EntityType.Country ? null : ordered
            .Select(m => NameContext.AppositiveAfter(m.Document.Text, m.Mention.Span) ?? NameContext.TitleBefore(m.Document.Text, m.Mention.Span))
            .FirstOrDefault(d => d is not null);
        var mentions = ordered.Select(m => new DocumentSpan(m.Document.Id, m.Mention.Span)).ToList();
        return new Entity(string.Empty, name, Type, code, description, aliases, mentions);
    }
}
