namespace Dossier.Core.Model;

/// <summary>One input as read and decoded, before cleaning.</summary>
/// <param name="Id">The document id: the file name without extensions, or with a record number for JSON Lines.</param>
/// <param name="Source">The path as the user gave it (or path#record for JSON Lines).</param>
/// <param name="ContentHash"><c>sha256:</c> and the hex digest of the raw input bytes.</param>
/// <param name="Content">The decoded text or HTML.</param>
public sealed record RawDocument(
    string Id,
    string Source,
    string ContentHash,
    InputFormat Format,
    string Content,
    RecordHints Hints,
    IReadOnlyList<Diagnostic> Warnings);
