namespace Dossier.Core.Events;

/// <summary>What one element of a verb pattern stands for.</summary>
public enum PatternElementKind
{
    /// <summary>A literal word.</summary>
    Word,

    /// <summary>Any phrase of a synonym set (<c>&amp;NAME</c>).</summary>
    Synset,

    /// <summary><c>$</c>: an actor that becomes the event's source.</summary>
    Source,

    /// <summary><c>+</c>: an actor that becomes the event's target.</summary>
    Target,

    /// <summary><c>%</c>: a compound actor (both sides of a reciprocal event).</summary>
    Compound,

    /// <summary><c>^</c>: any one noun phrase, skipped ("IFTAR IN ^ +": the place, then the target).</summary>
    NounPhrase,
}

/// <summary>
/// One element of a verb pattern. <see cref="Adjacent"/> is true when the dictionary joined it to
/// the element nearer the verb with <c>_</c>, so that no word may come between them.
/// <see cref="Stem"/> is true for a literal word that matches every word starting with it (TABARI).
/// </summary>
public readonly record struct PatternElement(PatternElementKind Kind, string Text, bool Adjacent, bool Stem = false);
