namespace Dossier.Storage;

/// <summary>
/// One search result. <see cref="Kind"/> is document, quote, entity, event or story;
/// <see cref="Ref"/> is the id within that kind (a quote is "doc#start"); the snippet is plain text.
/// </summary>
public sealed record SearchHit(string Kind, string Ref, string? Doc, string? Title, string Snippet);
