using System.Text.Json.Nodes;
using Dossier.Core.Tests;
using Microsoft.Data.Sqlite;

namespace Dossier.Cli.Tests;

/// <summary>ingest, search and export against a SQLite store in a temp folder.</summary>
public sealed class StoreCommandsTests : IDisposable
{
    private const string KimArticle = "Kim meets Putin\n\nNorth Korean leader Kim Jong Un arrived in Vladivostok on Wednesday. “We came with warm feelings,” Kim said.\n";
    private const string ShoiguArticle = "Shoigu visits Pyongyang\n\nRussian defence minister Sergei Shoigu arrived in Pyongyang on Tuesday, state media said.\n";

    private readonly TempDirectory _folder = new();

    private string Db => Path.Combine(_folder.Path, "store", "dossier.db");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }

    [Fact]
    public void Ingesting_the_same_inputs_twice_adds_nothing_the_second_time()
    {
        var input = _folder.File("in/kim.txt", KimArticle);

        var first = CliRunner.Run("ingest", input, "--db", Db);
        var second = CliRunner.Run("ingest", input, "--db", Db);

        Assert.Equal(0, first.ExitCode);
        Assert.Contains("Added 1 documents (0 already stored)", first.Output, StringComparison.Ordinal);
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("Added 0 documents (1 already stored)", second.Output, StringComparison.Ordinal);
        Assert.Single(ExportJson()["documents"]!.AsArray());
    }

    [Fact]
    public void A_later_ingest_adds_to_the_corpus_and_reuses_a_taken_id_with_a_suffix()
    {
        CliRunner.Run("ingest", _folder.File("a/report.txt", KimArticle), "--db", Db);

        var (exit, output, _) = CliRunner.Run("ingest", _folder.File("b/report.txt", ShoiguArticle), "--db", Db);

        Assert.Equal(0, exit);
        Assert.Contains("stored as 'report-2'", output, StringComparison.Ordinal);
        var dossier = ExportJson();
        Assert.Equal(["report", "report-2"], dossier["documents"]!.AsArray().Select(d => d!["id"]!.GetValue<string>()));
        var names = dossier["entities"]!.AsArray().Select(e => e!["name"]!.GetValue<string>()).ToList();
        Assert.Contains(names, n => n.Contains("Shoigu", StringComparison.Ordinal));
        Assert.Contains(names, n => n.Contains("Kim", StringComparison.Ordinal));
    }

    [Fact]
    public void Search_prints_one_hit_per_line()
    {
        CliRunner.Run("ingest", _folder.File("in/kim.txt", KimArticle), _folder.File("in/shoigu.txt", ShoiguArticle), "--db", Db);

        var (exit, output, _) = CliRunner.Run("search", "Vladivostok", "--db", Db);

        Assert.Equal(0, exit);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains(lines, l => l.StartsWith("document\tkim\t", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains("\tshoigu\t", StringComparison.Ordinal));
    }

    [Fact]
    public void Reading_commands_refuse_a_missing_store_instead_of_creating_one()
    {
        var (exit, _, error) = CliRunner.Run("search", "Kim", "--db", Db);

        Assert.Equal(1, exit);
        Assert.Contains("no store at", error, StringComparison.Ordinal);
        Assert.False(File.Exists(Db));
    }

    [Fact]
    public void Reading_commands_warn_when_an_interrupted_ingest_left_the_corpus_stale()
    {
        var input = _folder.File("in/kim.txt", KimArticle);
        CliRunner.Run("ingest", input, "--db", Db);
        Assert.DoesNotContain("interrupted", CliRunner.Run("search", "Kim", "--db", Db).Error, StringComparison.Ordinal);
        using (var connection = new SqliteConnection($"Data Source={Db};Pooling=False"))
        {
            connection.Open();
            using var mark = connection.CreateCommand();
            mark.CommandText = "INSERT INTO meta(key, value) VALUES ('corpus-stale', '1')";
            mark.ExecuteNonQuery();
        }

        var stale = CliRunner.Run("search", "Kim", "--db", Db);
        var rerun = CliRunner.Run("ingest", input, "--db", Db);
        var after = CliRunner.Run("search", "Kim", "--db", Db);

        Assert.Contains("was interrupted", stale.Error, StringComparison.Ordinal);
        Assert.Contains("Added 0 documents (1 already stored)", rerun.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("interrupted", after.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Export_writes_the_contract_json_lines_and_csv()
    {
        CliRunner.Run("ingest", _folder.File("in/kim.txt", KimArticle), "--db", Db);
        var jsonl = Path.Combine(_folder.Path, "out.jsonl");

        var lines = CliRunner.Run("export", "--db", Db, "--format", "jsonl", "--out", jsonl);
        var csv = CliRunner.Run("export", "--db", Db, "--format", "csv", "--table", "quotes");

        Assert.Equal("dossier/1", ExportJson()["schema"]!.GetValue<string>());
        Assert.Equal(0, lines.ExitCode);
        var records = File.ReadAllLines(jsonl).Select(l => JsonNode.Parse(l)!).ToList();
        Assert.Equal("document", records[0]["type"]!.GetValue<string>());
        Assert.Equal("kim", records[0]["id"]!.GetValue<string>());
        Assert.Contains(records, r => r["type"]!.GetValue<string>() == "quote");
        Assert.Equal(0, csv.ExitCode);
        var rows = csv.Output.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("doc,start,end,sentence,kind,speaker,speakerEntity,cue,text", rows[0]);
        Assert.Contains(rows.Skip(1), r => r.StartsWith("kim,", StringComparison.Ordinal) && r.EndsWith(",We came with warm feelings", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData(null, "")]
    public void Csv_fields_are_quoted_when_needed(string? value, string expected) =>
        Assert.Equal(expected, Export.CsvExport.Field(value));

    [Fact]
    public void Export_rejects_an_unknown_format()
    {
        var (exit, _, error) = CliRunner.Run("export", "--db", Db, "--format", "gdelt");

        Assert.Equal(2, exit);
        Assert.Contains("gdelt", error, StringComparison.Ordinal);
    }

    private JsonNode ExportJson()
    {
        var (exit, output, error) = CliRunner.Run("export", "--db", Db);
        Assert.True(exit == 0, error);
        return JsonNode.Parse(output)!;
    }
}
