namespace Dossier.Core.Model;

/// <summary>One side of an event: the resolved entity when known, its CAMEO actor code, and the words that named it.</summary>
public sealed record EventActor(string? Entity, string? ActorCode, string? Name);
