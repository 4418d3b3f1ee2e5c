namespace Dossier.Core.Model;

/// <summary>Text taken out of the body, kept with the reason (rule) that removed it.</summary>
public sealed record RemovedBlock(RemovedKind Kind, string Text, string Rule);
