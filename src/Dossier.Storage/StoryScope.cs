using Dossier.Core.Output;

namespace Dossier.Storage;

/// <summary>
/// What belongs to one story's dossier: its documents and every document its statements cite, and
/// the entities and events those documents mention or report.
/// </summary>
public static class StoryScope
{
    /// <summary>The story's documents, then any other document a summary line, agreement, exclusive, conflict or framing cites.</summary>
    public static IReadOnlyList<string> Documents(StoryJson story)
    {
        ArgumentNullException.ThrowIfNull(story);
        var cited = story.Summary.Concat(story.Agreements).Concat(story.Exclusives)
            .SelectMany(s => s.Citations.Select(c => c.Doc))
            .Concat(story.Conflicts.SelectMany(c => c.Claims.Select(claim => claim.Doc)))
            .Concat(story.Framing.Select(f => f.Doc));
        return [.. story.Documents.Concat(cited).Distinct(StringComparer.Ordinal)];
    }

    /// <summary>The entity with only its mentions in <paramref name="documents"/>, or null when it has none there.</summary>
    public static EntityJson? Entity(EntityJson entity, IReadOnlySet<string> documents)
    {
        ArgumentNullException.ThrowIfNull(entity);
        ArgumentNullException.ThrowIfNull(documents);
        var mentions = entity.Mentions.Where(m => documents.Contains(m.Doc)).ToList();
        return mentions.Count == 0 ? null : entity with { Mentions = mentions };
    }

    /// <summary>Whether any source reporting the event is one of <paramref name="documents"/>.</summary>
    public static bool Reports(EventJson politicalEvent, IReadOnlySet<string> documents)
    {
        ArgumentNullException.ThrowIfNull(politicalEvent);
        ArgumentNullException.ThrowIfNull(documents);
        return politicalEvent.Evidence.Any(e => documents.Contains(e.Doc));
    }
}
