using System.Globalization;
using System.IO.Compression;
using System.Text;
using Dossier.Core.Model;

namespace Dossier.Core.Actors;

/// <summary>
/// The compiled actor dictionary: gzip'd UTF-8 lines of tab-separated fields.
/// <c>A id type name codes</c> starts an actor (codes: <c>CODE@FROM@TO</c> joined by <c>;</c>, dates ISO or empty),
/// then <c>=</c> alias lines and <c>R country title from to</c> role lines; <c>S name code</c> is a seat and
/// <c>D word country</c> a nationality word. Written by <c>dossier train actors</c>.
/// </summary>
public static class ActorFile
{
    public const string ResourceName = "Dossier.Core.Actors.actors.tsv.gz";

    private const string Header = "# dossier actors 1";

    public static void Write(ActorCatalog dictionary, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(dictionary);
        using var gzip = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new StreamWriter(gzip, new UTF8Encoding(false)) { NewLine = "\n" };
        writer.WriteLine(Header);
        foreach (var actor in dictionary.Actors)
        {
            var codes = string.Join(';', actor.Codes.Select(c => $"{c.Code}@{Iso(c.From)}@{Iso(c.To)}"));
            writer.WriteLine(string.Join('\t', "A", actor.Id, actor.Type.ToString(), actor.Name, codes));
            foreach (var alias in actor.Aliases)
            {
                writer.WriteLine("=\t" + alias);
            }

            foreach (var role in actor.Roles)
            {
                writer.WriteLine(string.Join('\t', "R", role.Country, role.Title, Iso(role.From), Iso(role.To)));
            }
        }

        foreach (var (name, code) in dictionary.Seats.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            writer.WriteLine(string.Join('\t', "S", name, code));
        }

        foreach (var (word, country) in dictionary.Demonyms.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            writer.WriteLine(string.Join('\t', "D", word, country));
        }
    }

    public static ActorCatalog Read(Stream stream)
    {
        using var gzip = new GZipStream(stream, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        if (reader.ReadLine() != Header)
        {
            throw new InvalidDataException("Not a Dossier actor file (expected the header '" + Header + "').");
        }

        var actors = new List<ActorEntry>();
        var seats = new Dictionary<string, string>(StringComparer.Ordinal);
        var demonyms = new Dictionary<string, string>(StringComparer.Ordinal);
        (string Id, string Name, EntityType Type, List<CodedPeriod> Codes, List<string> Aliases, List<ActorRole> Roles)? current = null;

        void Flush()
        {
            if (current is { } a)
            {
                actors.Add(new ActorEntry(a.Id, a.Name, a.Type, a.Aliases, a.Codes, a.Roles));
            }

            current = null;
        }

        while (reader.ReadLine() is { } line)
        {
            var f = line.Split('\t');
            switch (f[0])
            {
                case "A" when f.Length == 5:
                    Flush();
                    current = (f[1], f[3], Enum.Parse<EntityType>(f[2]), [.. Codes(f[4])], [], []);
                    break;
                case "=" when f.Length == 2 && current is not null:
                    current.Value.Aliases.Add(f[1]);
                    break;
                case "R" when f.Length == 5 && current is not null:
                    current.Value.Roles.Add(new ActorRole(f[1], f[2], Date(f[3]), Date(f[4])));
                    break;
                case "S" when f.Length == 3:
                    seats[f[1]] = f[2];
                    break;
                case "D" when f.Length == 3:
                    demonyms[f[1]] = f[2];
                    break;
                default:
                    throw new InvalidDataException($"Malformed actor file line: '{line}'.");
            }
        }

        Flush();
        return new ActorCatalog(actors, seats, demonyms);
    }

    /// <summary>The dictionary embedded in Dossier.Core; empty when the build did not embed one.</summary>
    internal static ActorCatalog LoadEmbedded()
    {
        using var stream = typeof(ActorFile).Assembly.GetManifestResourceStream(ResourceName);
        return stream is null ? ActorCatalog.Empty : Read(stream);
    }

    private static IEnumerable<CodedPeriod> Codes(string field) =>
        field.Split(';', StringSplitOptions.RemoveEmptyEntries).Select(c =>
        {
            var parts = c.Split('@');
            return new CodedPeriod(parts[0], Date(parts[1]), Date(parts[2]));
        });

    private static string Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty;

    private static DateOnly? Date(string text) =>
        text.Length == 0 ? null : DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
