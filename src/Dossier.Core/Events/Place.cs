namespace Dossier.Core.Events;

/// <summary>A gazetteer entry: a city or a country, with the ISO 3166-1 alpha-2 code of its country.</summary>
public sealed record Place(string Name, string CountryCode, double Lat, double Lon, long Population, bool IsCountry);
