namespace Dossier.Core.Model;

/// <summary>A name found in a document's text, with the rule that found it.</summary>
/// <param name="Sentence">Index into the document's sentences.</param>
public sealed record Mention(TextSpan Span, string Text, EntityType Type, int Sentence, string Rule);
