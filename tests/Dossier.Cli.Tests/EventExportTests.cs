using System.Text.Json.Nodes;
using Dossier.Cli.Export;
using Dossier.Core.Output;

namespace Dossier.Cli.Tests;

/// <summary>The GDELT event table and PLOVER JSON exports of event records.</summary>
public sealed class EventExportTests
{
    private static readonly DocumentJson Tass = Document("tass", "TASS", "https://tass.com/politics/1055464", "Kim arrived in Vladivostok.\tBy train.");
    private static readonly DocumentJson Yonhap = Document("yonhap", "Yonhap", null, "Putin met Kim on Thursday.");

    private static readonly EventJson Visit = new(
        new EventActorJson("kim-jong-un", "PRKGOV", "Kim Jong Un"),
        new EventActorJson("russia", "RUS", "Russia"),
        "042",
        "04",
        1,
        1.9,
        "CONSULT",
        "2019-04-24",
        new LocationJson("Vladivostok", "RU", 43.10562, 131.87353),
        [new CitationJson("tass", 0), new CitationJson("yonhap", 2)],
        "arrive in",
        "visit",
        "asserted");

    private static readonly EventJson Statement = new(
        new EventActorJson(null, "IGOUNO", "United\tNations\nagency"),
        null,
        "010",
        "01",
        1,
        0.0,
        null,
        "2019-04",
        new LocationJson("Russia", "RU", null, null),
        [new CitationJson("yonhap", 1)],
        "say",
        null,
        "reported");

    private static readonly EventJson Undated = Visit with { Date = null, Location = null, Evidence = [new CitationJson("yonhap", 3)], Target = null };

    private static DossierJson Dossier(params EventJson[] events) =>
        new("dossier/1", new GeneratorJson("dossier", "test"), [Tass, Yonhap], [], [], [], [], events, []);

    private static DocumentJson Document(string id, string outlet, string? url, string text) =>
        new(id, id + ".html", "sha256:x", null, [], "2019-04-25", outlet, null, null, "en", url, text, [], [new SpanJson(0, text.Length)], []);

    private static string[][] GdeltRows(DossierJson dossier)
    {
        using var writer = new StringWriter();
        GdeltEventsExport.Write(writer, dossier);
        var text = writer.ToString();
        Assert.EndsWith("\n", text, StringComparison.Ordinal);
        return [.. text.TrimEnd('\n').Split('\n').Select(line => line.Split('\t'))];
    }

    [Fact]
    public void Every_gdelt_line_has_61_columns_and_no_header()
    {
        var rows = GdeltRows(Dossier(Visit, Statement, Undated));

        Assert.Equal(3, rows.Length);
        Assert.All(rows, row => Assert.Equal(61, row.Length));
        Assert.Equal(["1", "2", "3"], rows.Select(r => r[0]));
    }

    [Fact]
    public void A_visit_fills_gdelts_columns_in_gdelts_order()
    {
        var row = GdeltRows(Dossier(Visit))[0];

        Assert.Equal(["20190424", "201904", "2019", "2019.3096"], row[1..5]);
        Assert.Equal(["PRKGOV", "KIM JONG UN", "PRK", "", "", "", "", "GOV", "", ""], row[5..15]);
        Assert.Equal(["RUS", "RUSSIA", "RUS", "", "", "", "", "", "", ""], row[15..25]);
        Assert.Equal(["1", "042", "042", "04", "1", "1.9", "2", "2", "2", ""], row[25..35]);
        Assert.All(row[35..51], Assert.Empty);
        Assert.Equal(["4", "Vladivostok", "RU", "", "", "43.10562", "131.87353", ""], row[51..59]);
        Assert.Equal(["", "https://tass.com/politics/1055464"], row[59..61]);
    }

    [Fact]
    public void Vague_dates_fill_only_the_columns_they_can_and_an_igo_has_no_country()
    {
        var row = GdeltRows(Dossier(Statement))[0];

        Assert.Equal(["", "201904", "2019", ""], row[1..5]);
        Assert.Equal(["IGOUNO", "", "IGO", "UNO"], [row[5], row[7], row[12], row[13]]);
        Assert.Equal("UNITED NATIONS AGENCY", row[6]);
        Assert.Equal("0", row[25]);
        Assert.Equal(["1", "Russia", "RU", "", "", "", "", ""], row[51..59]);
        Assert.Equal("yonhap.html", row[60]);
    }

    [Theory]
    [InlineData("a\tb", "a b")]
    [InlineData("two\r\nlines", "two  lines")]
    [InlineData(null, "")]
    public void Gdelt_fields_never_split_a_row(string? value, string expected) =>
        Assert.Equal(expected, GdeltEventsExport.Field(value));

    [Fact]
    public void Plover_records_carry_type_mode_context_location_and_sources()
    {
        using var writer = new StringWriter();
        PloverExport.Write(writer, Dossier(Statement, Visit));
        var records = JsonNode.Parse(writer.ToString())!.AsArray();

        var record = Assert.Single(records)!;
        Assert.Equal("dossier-000002", (string?)record["id"]);
        Assert.Equal("CONSULT", (string?)record["event"]);
        Assert.Equal("visit", (string?)record["mode"]);
        Assert.Equal("2019-04-24", (string?)record["date"]);
        Assert.Equal("PRKGOV", (string?)record["source"]![0]!["code"]);
        Assert.Equal("Kim Jong Un", (string?)record["source"]![0]!["actorText"]);
        Assert.Equal("RUS", (string?)record["target"]![0]!["code"]);
        Assert.Empty(record["context"]!.AsArray());
        Assert.Equal("Vladivostok", (string?)record["eventLoc"]!["name"]);
        Assert.Equal(131.87353, (double?)record["eventLoc"]!["lon"]);
        Assert.Equal("Kim arrived in Vladivostok.\tBy train.", (string?)record["text"]);
        Assert.Equal(["tass", "yonhap"], record["sources"]!.AsArray().Select(s => (string?)s!["doc"]));
        Assert.Equal("https://tass.com/politics/1055464", (string?)record["sources"]![0]!["url"]);
    }

    [Fact]
    public void An_empty_store_exports_no_gdelt_rows_and_an_empty_plover_array()
    {
        using var gdelt = new StringWriter();
        using var plover = new StringWriter();

        GdeltEventsExport.Write(gdelt, Dossier());
        PloverExport.Write(plover, Dossier());

        Assert.Equal(string.Empty, gdelt.ToString());
        Assert.Equal("[]\n", plover.ToString());
    }
}
