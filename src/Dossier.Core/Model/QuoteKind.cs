namespace Dossier.Core.Model;

/// <summary>
/// How a quote gives its content: quoted words (Direct, Partial), reported speech (Indirect), or
/// an attribution that is not speech: what a source believes or fears (Belief), wants, plans or
/// refuses (Intention), or what a poll, study or review shows (Finding).
/// </summary>
public enum QuoteKind
{
    Direct,
    Partial,
    Indirect,
    Belief,
    Intention,
    Finding,
}
