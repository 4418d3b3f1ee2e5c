namespace Dossier.Core.Actors;

/// <summary>
/// One phrase of a PETRARCH agent dictionary ("FOREIGN MINISTER" → GOVFRM): a role that refines the
/// code of the actor it goes with. <see cref="Phrases"/> holds the singular and its plurals.
/// </summary>
/// <param name="BeforeActor">True for codes written <c>CODE~</c>, which go before the actor's code (NGO~).</param>
public sealed record AgentRecord(IReadOnlyList<string> Phrases, string Code, bool BeforeActor);
