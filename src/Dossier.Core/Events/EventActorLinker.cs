using Dossier.Core.Model;

namespace Dossier.Core.Events;

/// <summary>
/// Finds the resolved entity an event actor names: the entity with a mention in the same document
/// overlapping the actor's words (the widest overlap wins, then the lowest entity id).
/// </summary>
internal sealed class EventActorLinker
{
    private readonly Dictionary<string, List<(TextSpan Span, Entity Entity)>> _mentionsByDocument = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Entity> _byId = new(StringComparer.Ordinal);

    public EventActorLinker(IEnumerable<Entity> entities)
    {
        foreach (var entity in entities)
        {
            _byId.TryAdd(entity.Id, entity);
            foreach (var mention in entity.Mentions)
            {
                if (!_mentionsByDocument.TryGetValue(mention.Doc, out var list))
                {
                    _mentionsByDocument[mention.Doc] = list = [];
                }

                list.Add((mention.Span, entity));
            }
        }
    }

    /// <summary>The actor as a corpus record: entity id, actor code (the coder's, else the entity's), a name, and no span.</summary>
    public EventActor Link(string document, EventActor actor)
    {
        var entity = actor.Entity is { } id && _byId.TryGetValue(id, out var known) ? known : Overlapping(document, actor.Span);
        return new EventActor(
            entity?.Id ?? actor.Entity,
            string.IsNullOrEmpty(actor.ActorCode) ? entity?.ActorCode : actor.ActorCode,
            entity?.Name ?? actor.Name);
    }

    private Entity? Overlapping(string document, TextSpan? span)
    {
        if (span is not { } actorSpan || !_mentionsByDocument.TryGetValue(document, out var mentions))
        {
            return null;
        }

        Entity? best = null;
        var bestOverlap = 0;
        foreach (var (mentionSpan, entity) in mentions)
        {
            var overlap = Math.Min(mentionSpan.End, actorSpan.End) - Math.Max(mentionSpan.Start, actorSpan.Start);
            if (overlap > 0 && (overlap > bestOverlap || (overlap == bestOverlap && string.CompareOrdinal(entity.Id, best!.Id) < 0)))
            {
                best = entity;
                bestOverlap = overlap;
            }
        }

        return best;
    }
}
