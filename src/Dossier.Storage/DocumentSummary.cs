namespace Dossier.Storage;

/// <summary>A stored document without its text and layers, for lists.</summary>
public sealed record DocumentSummary(
    string Id,
    string Source,
    string ContentHash,
    string? Title,
    string? Outlet,
    string? OriginalOutlet,
    string? Published,
    string? Url);
