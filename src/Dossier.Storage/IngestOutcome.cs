namespace Dossier.Storage;

/// <summary>
/// What one ingest changed: the ids of the documents added, the ids of those already stored
/// (same content hash), and the new ids given to documents whose id was taken by other content.
/// </summary>
public sealed record IngestOutcome(
    IReadOnlyList<string> Added,
    IReadOnlyList<string> AlreadyStored,
    IReadOnlyDictionary<string, string> Renamed,
    int DocumentsStored);
