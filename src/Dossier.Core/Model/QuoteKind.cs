namespace Dossier.Core.Model;

public enum QuoteKind
{
    Direct,
    Partial,
    Indirect,
}
