namespace Dossier.Core.Model;

/// <summary>A time expression and its normalised value.</summary>
/// <param name="Value">A TimeML-style value: <c>2019-04-24</c>, <c>2019-04</c>, <c>2019-W17</c>, <c>P65Y</c>…</param>
/// <param name="IsDate">True when the value names a point or period on the calendar (timeline material), false for durations and sets.</param>
/// <param name="Anchor">What a relative expression was resolved against: <c>published</c>, <c>latest-stated</c>, or null when absolute.</param>
public sealed record TimeMention(TextSpan Span, string Text, string Value, bool IsDate, int Sentence, string Rule, string? Anchor = null);
