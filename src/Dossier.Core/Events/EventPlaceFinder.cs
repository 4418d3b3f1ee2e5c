using Dossier.Core.Model;

namespace Dossier.Core.Events;

/// <summary>
/// Where an event happened: a place named in its sentence (a location or country mention) that the
/// gazetteer knows. A city beats a country (it is more precise); among equals, the mention nearest
/// the action words wins.
/// </summary>
internal sealed class EventPlaceFinder(PlaceGazetteer gazetteer)
{
    public EventLocation? Find(Document document, CodedEvent coded)
    {
        Place? best = null;
        var bestDistance = int.MaxValue;
        foreach (var mention in document.Mentions)
        {
            if (mention.Sentence != coded.Sentence || mention.Type is not (EntityType.Location or EntityType.Country)
                || gazetteer.Find(mention.Text) is not { } place)
            {
                continue;
            }

            var distance = Math.Abs(mention.Span.Start - coded.Span.Start);
            if (best is null || (best.IsCountry && !place.IsCountry) || (best.IsCountry == place.IsCountry && distance < bestDistance))
            {
                best = place;
                bestDistance = distance;
            }
        }

        return best is null ? null : ToLocation(best);
    }

    /// <summary>A country is placed by its code alone: a single point would pretend a precision the text does not give.</summary>
    internal static EventLocation ToLocation(Place place) => place.IsCountry
        ? new EventLocation(place.Name, place.CountryCode, null, null)
        : new EventLocation(place.Name, place.CountryCode, place.Lat, place.Lon);
}
