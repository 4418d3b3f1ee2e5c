using Dossier.Core.Events;

namespace Dossier.Core.Output;

/// <summary>How the human views name the parts of an event record.</summary>
public static class EventLabels
{
    /// <summary>"Kim Jong Un (PRKGOV)"; the code alone when the name is unknown; null for no actor.</summary>
    public static string? Actor(EventActorJson? actor) => actor switch
    {
        null => null,
        { Name: { } name, ActorCode: { Length: > 0 } code } => $"{name} ({code})",
        { Name: { } name } => name,
        { ActorCode: { Length: > 0 } code } => code,
        _ => actor.Entity,
    };

    /// <summary>"Make a visit (042)", with the mode when the text does not assert it: "Make a visit (042), planned".</summary>
    public static string Action(EventJson e)
    {
        var name = CameoTable.Default.Find(e.Cameo) is { } entry && entry.Code == e.Cameo ? entry.Name : "CAMEO";
        var action = $"{name} ({e.Cameo})";
        return e.Mode == "asserted" ? action : $"{action}, {e.Mode}";
    }

    /// <summary>"Vladivostok, RU"; the name alone when the country is unknown; null for no place.</summary>
    public static string? Place(LocationJson? location) => location switch
    {
        null => null,
        { Country: { } country } when country != location.Name => $"{location.Name}, {country}",
        _ => location.Name,
    };
}
