namespace Dossier.Core.Model;

/// <summary>
/// One side of an event: the resolved entity when known, its CAMEO actor code, the words that
/// named it, and where (in a <see cref="CodedEvent"/>: the span in its document, so that the
/// corpus step can link it to the resolved entity; null in merged records).
/// </summary>
public sealed record EventActor(string? Entity, string? ActorCode, string? Name, TextSpan? Span = null);
