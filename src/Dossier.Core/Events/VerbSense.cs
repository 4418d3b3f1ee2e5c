namespace Dossier.Core.Events;

/// <summary>
/// One verb of a verb block in one of its forms: the words of the form ("MET", or "MET WITH" for a
/// phrasal verb), the code of the isolated verb (<c>---</c> for none), and the block's patterns.
/// </summary>
/// <param name="FirstWordIsStem">True when the first word matches any word that starts with it (TABARI's "RESTOR").</param>
public sealed record VerbSense(IReadOnlyList<string> Words, string Block, string Code, string Rule, IReadOnlyList<VerbPattern> Patterns, bool FirstWordIsStem = false)
{
    private PatternIndex? _index;

    /// <summary>The block's patterns indexed by a literal word of each, built on first use (a race builds it twice, harmlessly).</summary>
    internal PatternIndex Index => _index ??= new PatternIndex(Patterns);
}
