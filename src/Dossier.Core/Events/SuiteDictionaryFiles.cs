namespace Dossier.Core.Events;

/// <summary>The dictionary files a validation suite names (PETRARCH's <c>&lt;Environment&gt;</c>, TABARI's project file).</summary>
public sealed record SuiteDictionaryFiles(string? Verbs, IReadOnlyList<string> Actors, string? Agents, string? Discards);
