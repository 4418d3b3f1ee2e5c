namespace Dossier.Core.Recognition.Numbers;

public enum NumberKind
{
    /// <summary>A count or measure: "2,000", "one hundred and six", "1.2bn", "one and a half".</summary>
    Cardinal,

    /// <summary>A part of one: "two-thirds", "3/4", "half", "a quarter".</summary>
    Fraction,

    /// <summary>A rank: "first", "21st", "twenty-fifth".</summary>
    Ordinal,
}

/// <summary>A number found in a text, with its offsets (end exclusive) into that text.</summary>
public readonly record struct NumberMention(int Start, int End, double Value, NumberKind Kind);
