namespace Dossier.Core.Events;

/// <summary>
/// A pattern of a verb block: the elements before the verb (nearest first) and after it (nearest
/// first), the code it gives, and a readable rule name ("CAMEO.2.0.txt:MEET_PEOPLE:- * (FOR TALKS) [036:036]").
/// </summary>
public sealed record VerbPattern(IReadOnlyList<PatternElement> Before, IReadOnlyList<PatternElement> After, string Code, string Rule)
{
    /// <summary>How many literal or synset elements the pattern asks for: more specific patterns are tried first.</summary>
    public int Specificity => Before.Count + After.Count;

    /// <summary>The literal words of the pattern that match whole words: it cannot match a sentence that lacks one of them.</summary>
    public string[] Literals { get; } = [.. Before.Concat(After).Where(e => e.Kind == PatternElementKind.Word && !e.Stem).Select(e => e.Text).Distinct(StringComparer.OrdinalIgnoreCase)];

    /// <summary>The synonym sets of the pattern: it cannot match a sentence where no phrase of one of them starts.</summary>
    public string[] Synsets { get; } = [.. Before.Concat(After).Where(e => e.Kind == PatternElementKind.Synset).Select(e => e.Text).Distinct(StringComparer.Ordinal)];
}
