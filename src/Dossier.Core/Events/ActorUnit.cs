namespace Dossier.Core.Events;

/// <summary>
/// A noun phrase of a sentence that names one or more actors: tokens [Start, End) and the code of
/// each actor it names (several for a compound such as "Arnor, Osgiliath and Gondor").
/// </summary>
public sealed record ActorUnit(int Start, int End, IReadOnlyList<string> Codes)
{
    public bool Contains(int token) => token >= Start && token < End;
}
