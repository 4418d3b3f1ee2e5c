namespace Dossier.Core.Model;

/// <summary>A number with its unit and qualifier ("more than $500m").</summary>
/// <param name="Unit">ISO currency code, <c>percent</c>, or the counted noun ("tonnes", "labourers").</param>
/// <param name="Qualifier"><c>about</c>, <c>more than</c>, <c>at least</c>, <c>up to</c>… or null.</param>
/// <param name="About">What the amount counts or measures, when the text says.</param>
public sealed record Amount(TextSpan Span, string Text, double Value, string? Unit, string? Qualifier, string? About, int Sentence);
