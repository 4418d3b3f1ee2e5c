namespace Dossier.Core.Model;

/// <summary>
/// Who a quote is attributed to: a person named in the document (Name is the fullest form the
/// document gives, Span one mention of it) or an anonymous description ("a government official",
/// no Span).
/// </summary>
public sealed record QuoteSpeaker(string Name, TextSpan? Span, string? Description)
{
    /// <summary>The words that attribute the quote, as written next to it ("he", "Cho", "a government official").</summary>
    public TextSpan? Source { get; init; }
}
