namespace Dossier.Core.Model;

/// <summary>A span of one document, as corpus-level layers point at it.</summary>
public readonly record struct DocumentSpan(string Doc, TextSpan Span);

/// <summary>One sentence of one document: the unit of evidence.</summary>
public readonly record struct Citation(string Doc, int Sentence);
