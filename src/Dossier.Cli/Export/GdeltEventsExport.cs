using System.Globalization;
using Dossier.Core.Events;
using Dossier.Core.Output;

namespace Dossier.Cli.Export;

/// <summary>
/// Event records as the GDELT 2.0 event table: 61 tab-separated columns in GDELT's order, one line
/// per record, no header (GDELT's files have none). Fields Dossier cannot fill (religion, ethnicity,
/// known group, tone, ADM codes, feature ids, actor geography, date added) are empty. Country codes
/// in the geography columns are ISO 3166 alpha-2 from our gazetteer, not GDELT's FIPS 10-4.
/// </summary>
internal static class GdeltEventsExport
{
    public const int ColumnCount = 61;

    // CAMEO actor type codes that can open an actor code with no country (IGO…, NGO…).
    private static readonly HashSet<string> CountrylessPrefixes = new(StringComparer.Ordinal)
    {
        "IGO", "NGO", "MNC", "REB", "INS", "UIS", "SPY", "CVL", "BUS", "CRM", "JUD", "LEG", "MED", "MIL", "OPP", "REF", "REL", "SEP", "COP", "GOV", "EDU", "ELI", "HLH", "LAB", "AGR", "ENV", "NGM", "PTY", "RAD", "MOD", "AMN", "IRC", "GRP", "UAF",
    };

    public static void Write(TextWriter writer, DossierJson dossier)
    {
        var documents = dossier.Documents.ToDictionary(d => d.Id, StringComparer.Ordinal);
        var id = 0;
        foreach (var e in dossier.Events)
        {
            id++;
            var row = new List<string?>(ColumnCount) { Number(id) };
            row.AddRange(Dates(e.Date));
            row.AddRange(Actor(e.Source));
            row.AddRange(Actor(e.Target));
            var entry = CameoTable.Default.Find(e.Cameo);
            var docs = e.Evidence.Select(c => c.Doc).Distinct(StringComparer.Ordinal).ToList();
            var outlets = docs.Select(d => documents.TryGetValue(d, out var doc) && doc.Outlet is { } outlet ? outlet : "doc:" + d).Distinct(StringComparer.Ordinal).Count();
            row.AddRange(
            [
                e.Evidence.Any(c => c.Sentence == 0) ? "1" : "0",
                e.Cameo,
                entry?.BaseCode ?? (e.Cameo.Length > 3 ? e.Cameo[..3] : e.Cameo),
                e.RootCode,
                e.QuadClass is { } quad ? Number(quad) : null,
                e.Goldstein is { } goldstein ? goldstein.ToString("0.0", CultureInfo.InvariantCulture) : null,
                Number(e.Evidence.Count),
                Number(outlets),
                Number(docs.Count),
                null,
            ]);
            row.AddRange(Geo(null));
            row.AddRange(Geo(null));
            row.AddRange(Geo(e.Location));
            row.Add(null);
            row.Add(docs.Count > 0 && documents.TryGetValue(docs[0], out var first) ? first.Url ?? first.Source : null);
            writer.Write(string.Join('\t', row.Select(Field)));
            writer.Write('\n');
        }
    }

    /// <summary>Tabs and line breaks would split a field or a record: they become spaces.</summary>
    internal static string Field(string? value) =>
        string.IsNullOrEmpty(value) ? string.Empty : value.Replace('\t', ' ').Replace('\r', ' ').Replace('\n', ' ');

    /// <summary>SQLDATE, MonthYear, Year, FractionDate: each only when the date is that precise.</summary>
    private static string?[] Dates(string? date)
    {
        if (date is null || date.Length < 4)
        {
            return [null, null, null, null];
        }

        var year = date[..4];
        var month = date.Length >= 7 ? date.Substring(5, 2) : null;
        if (date.Length >= 10 && DateOnly.TryParseExact(date[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            var fraction = day.Year + ((day.DayOfYear - 1) / 365.0);
            return [day.ToString("yyyyMMdd", CultureInfo.InvariantCulture), year + month, year, fraction.ToString("0.0000", CultureInfo.InvariantCulture)];
        }

        return [null, month is null ? null : year + month, year, null];
    }

    /// <summary>Code, Name, CountryCode, KnownGroupCode, EthnicCode, Religion1Code, Religion2Code, Type1Code…Type3Code.</summary>
    private static string?[] Actor(EventActorJson? actor)
    {
        var columns = new string?[10];
        if (actor is null)
        {
            return columns;
        }

        columns[0] = actor.ActorCode;
        columns[1] = actor.Name?.ToUpperInvariant();
        if (actor.ActorCode is { Length: >= 3 } code)
        {
            var types = code;
            if (!CountrylessPrefixes.Contains(code[..3]))
            {
                columns[2] = code[..3];
                types = code[3..];
            }

            for (var i = 0; i < 3 && types.Length >= 3 * (i + 1); i++)
            {
                columns[7 + i] = types.Substring(3 * i, 3);
            }
        }

        return columns;
    }

    /// <summary>Type, FullName, CountryCode, ADM1Code, ADM2Code, Lat, Long, FeatureID. Type 1 is a country, 4 a city (GDELT's 3 for US cities is not told apart).</summary>
    private static string?[] Geo(LocationJson? location)
    {
        if (location is null)
        {
            return new string?[8];
        }

        var isCity = location.Lat is not null && location.Lon is not null;
        return
        [
            isCity ? "4" : "1",
            location.Name,
            location.Country,
            null,
            null,
            location.Lat?.ToString("0.#####", CultureInfo.InvariantCulture),
            location.Lon?.ToString("0.#####", CultureInfo.InvariantCulture),
            null,
        ];
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
