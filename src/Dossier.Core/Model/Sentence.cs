namespace Dossier.Core.Model;

/// <summary>A sentence of a document's text.</summary>
public readonly record struct Sentence(TextSpan Span);
