using Dossier.Core.Model;

namespace Dossier.Core.Events;

/// <summary>One coded event of one document with its actors linked to entities, dated and placed: what merging works on.</summary>
internal sealed record EventReport(
    EventActor Source,
    EventActor? Target,
    string Cameo,
    string? Date,
    EventLocation? Location,
    Citation Evidence,
    string Rule,
    EventMode Mode)
{
    /// <summary>Who an actor is for merging: the entity, else the actor code, else the name, case-folded.</summary>
    public static string ActorKey(EventActor? actor) => actor switch
    {
        null => string.Empty,
        { Entity: { } entity } => "entity:" + entity,
        { ActorCode: { Length: > 0 } code } => "code:" + code,
        { Name: { } name } => "name:" + name.ToUpperInvariant(),
        _ => string.Empty,
    };
}
