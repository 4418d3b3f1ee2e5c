namespace Dossier.Core.Model;

public enum TokenKind
{
    Word,
    Number,
    Punctuation,
    Symbol,
    Url,
    Email,
}
