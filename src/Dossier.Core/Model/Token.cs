namespace Dossier.Core.Model;

/// <summary>A token of a document's text.</summary>
public readonly record struct Token(TextSpan Span, TokenKind Kind);
