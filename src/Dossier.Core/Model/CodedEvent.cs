namespace Dossier.Core.Model;

/// <summary>
/// What the event coder found in one sentence of one document: who did what to whom, as a CAMEO
/// code, with the dictionary pattern that matched. The corpus step turns these into
/// <see cref="PoliticalEvent"/> records (tables, merging across documents, locations).
/// </summary>
/// <param name="Sentence">Index into the document's sentences.</param>
/// <param name="Span">The words that carried the action (verb phrase), for highlighting.</param>
/// <param name="Date">ISO date of the event when the sentence gives one, else null (the publication date is used later).</param>
public sealed record CodedEvent(
    EventActor Source,
    EventActor? Target,
    string Cameo,
    int Sentence,
    TextSpan Span,
    string Rule,
    EventMode Mode,
    string? Date);
