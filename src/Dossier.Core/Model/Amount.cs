namespace Dossier.Core.Model;

/// <summary>What an amount is: a sum of money, a percentage, a measure with a unit, or a count of things.</summary>
public enum AmountKind
{
    /// <summary>Things counted: "two leaders", "as many as 50,000" (labourers); the unit is the counted noun.</summary>
    Count,

    /// <summary>Money: the unit is an ISO 4217 code ("USD") or a subunit ("cents", "pence").</summary>
    Money,

    /// <summary>A percentage: the unit is "percent".</summary>
    Percent,

    /// <summary>A measure: the unit is a canonical unit name ("tonne", "mile", "square kilometre").</summary>
    Measure,
}

/// <summary>A number with its unit and qualifier ("more than $500m").</summary>
/// <param name="Unit">ISO currency code, <c>percent</c>, a canonical measure unit ("tonne"), or the counted noun ("labourers").</param>
/// <param name="Qualifier"><c>about</c>, <c>more than</c>, <c>at least</c>, <c>up to</c>… or null.</param>
/// <param name="About">What the amount counts or measures, when the text says ("wheat", "foreign exchange").</param>
public sealed record Amount(TextSpan Span, string Text, double Value, string? Unit, string? Qualifier, string? About, int Sentence, AmountKind Kind = AmountKind.Count);
