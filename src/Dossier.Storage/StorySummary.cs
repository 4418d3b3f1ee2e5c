namespace Dossier.Storage;

/// <summary>A story without its summary and framing, for lists.</summary>
public sealed record StorySummary(string Id, string Title, int DocumentCount);
