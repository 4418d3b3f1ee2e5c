using Dossier.Core.Model;

namespace Dossier.Core.Events;

/// <summary>
/// Finds the resolved entity an event actor names: the entity with a mention in the same document
/// overlapping the actor's words. An entity whose actor code agrees with the coder's wins (so each member
/// of "North Korea and Russia" finds its own entity, though both carry the compound's span), then the
/// widest overlap, then the lowest entity id.
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
        var entity = actor.Entity is { } id && _byId.TryGetValue(id, out var known) ? known : Overlapping(document, actor.Span, actor.ActorCode);
        return new EventActor(
            entity?.Id ?? actor.Entity,
            string.IsNullOrEmpty(actor.ActorCode) ? entity?.ActorCode : actor.ActorCode,
            entity?.Name ?? actor.Name);
    }

    private Entity? Overlapping(string document, TextSpan? span, string? code)
    {
        if (span is not { } actorSpan || !_mentionsByDocument.TryGetValue(document, out var mentions))
        {
            return null;
        }

        Entity? best = null;
        var bestScore = (Agreement: -1, Overlap: 0);
        foreach (var (mentionSpan, entity) in mentions)
        {
            var overlap = Math.Min(mentionSpan.End, actorSpan.End) - Math.Max(mentionSpan.Start, actorSpan.Start);
            if (overlap <= 0)
            {
                continue;
            }

            var score = (Agreement: CodeAgreement(code, entity.ActorCode), Overlap: overlap);
            if (score.CompareTo(bestScore) > 0 || (score == bestScore && string.CompareOrdinal(entity.Id, best!.Id) < 0))
            {
                best = entity;
                bestScore = score;
            }
        }

        return best;
    }

    // 2: the same code; 1: the same country or group (the first three letters, "PRK" and "PRKGOV"); 0: otherwise.
    private static int CodeAgreement(string? coded, string? entityCode)
    {
        if (string.IsNullOrEmpty(coded) || string.IsNullOrEmpty(entityCode))
        {
            return 0;
        }

        if (string.Equals(coded, entityCode, StringComparison.Ordinal))
        {
            return 2;
        }

        return coded.Length >= 3 && entityCode.Length >= 3 && coded.AsSpan(0, 3).SequenceEqual(entityCode.AsSpan(0, 3)) ? 1 : 0;
    }
}
