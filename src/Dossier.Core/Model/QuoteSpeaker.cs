namespace Dossier.Core.Model;

/// <summary>Who a quote is attributed to: a name in the text (Span) or an anonymous description ("a government official").</summary>
public sealed record QuoteSpeaker(string Name, TextSpan? Span, string? Description);
