using System.Globalization;
using Dossier.Core.Model;
using Dossier.Core.Output;

namespace Dossier.Storage;

/// <summary>One row of the search index: what a hit points to, and the text it is found by.</summary>
internal sealed record SearchRow(string Kind, string Ref, string? Doc, string? Title, string Body)
{
    public static SearchRow Of(Document document) =>
        new("document", document.Id, document.Id, document.Metadata.Title, document.Text);

    public static SearchRow Of(EntityJson entity) =>
        new("entity", entity.Id, null, entity.Name, string.Join(" ", [entity.Name, .. entity.Aliases, entity.Description ?? string.Empty]).Trim());

    public static SearchRow Of(QuoteJson quote) =>
        new("quote", string.Create(CultureInfo.InvariantCulture, $"{quote.Doc}#{quote.Start}"), quote.Doc, quote.Speaker?.Name, quote.Text);

    public static SearchRow Of(EventJson item, int index) =>
        new(
            "event",
            index.ToString(CultureInfo.InvariantCulture),
            item.Evidence.Count > 0 ? item.Evidence[0].Doc : null,
            item.Source.Name,
            string.Join(" ", new[] { item.Source.Name, item.Target?.Name, item.Cameo, item.Plover, item.Location?.Name, item.Date }.Where(s => !string.IsNullOrEmpty(s))));

    public static SearchRow Of(StoryJson story) =>
        new("story", story.Id, null, story.Title, string.Join(" ", story.Summary.Select(s => s.Text)));
}
