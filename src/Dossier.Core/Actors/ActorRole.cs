namespace Dossier.Core.Actors;

/// <summary>An office an actor holds: "leader" of PRK from 2011-12-17, so "the North Korean leader" is them.</summary>
/// <param name="Country">The CAMEO country code of the office.</param>
/// <param name="Title">The role word as text uses it, lower case ("leader", "president", "foreign minister").</param>
public sealed record ActorRole(string Country, string Title, DateOnly? From = null, DateOnly? To = null)
{
    public bool Covers(DateOnly date) => (From is null || date >= From) && (To is null || date <= To);
}
