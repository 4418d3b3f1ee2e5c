namespace Dossier.Core.Model;

/// <summary>One real person, organisation or place, merged across spellings and documents.</summary>
public sealed record Entity(
    string Id,
    string Name,
    EntityType Type,
    string? ActorCode,
    string? Description,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<DocumentSpan> Mentions);
