using System.Text.Json.Nodes;
using Dossier.Core.Tests;

namespace Dossier.Cli.Tests;

/// <summary>
/// The end-to-end check: `dossier analyze samples/summit-2019` must produce the reviewed golden
/// dossier.json (compared semantically). To accept a deliberate change, run the tests with
/// DOSSIER_UPDATE_GOLDEN=1 and review the diff of the golden file before committing it.
/// </summary>
public sealed class GoldenDossierTests : IDisposable
{
    private static readonly string GoldenPath = Path.Combine(RepositoryPaths.Root, "tests", "Dossier.Cli.Tests", "Golden", "summit-2019.dossier.json");

    private readonly TempDirectory _out = new();

    public void Dispose() => _out.Dispose();

    private JsonNode AnalyseSamples()
    {
        var (exit, output, error) = CliRunner.Run("analyze", RepositoryPaths.Samples, "--out", _out.Path, "--jobs", "2");
        Assert.True(exit == 0, $"exit {exit}: {error}");
        Assert.Contains("Analysed 5 documents", output, StringComparison.Ordinal);
        var json = JsonNode.Parse(File.ReadAllText(Path.Combine(_out.Path, "dossier.json")))!;
        return Portable(json);
    }

    // Sources are absolute paths on this machine; the golden file stores them relative to the repository.
    private static JsonNode Portable(JsonNode json)
    {
        foreach (var doc in json["documents"]!.AsArray())
        {
            var source = doc!["source"]!.GetValue<string>();
            doc["source"] = Path.GetRelativePath(RepositoryPaths.Root, source).Replace('\\', '/');
        }

        json["generator"]!["version"] = "(any)";
        return json;
    }

    [Fact]
    public void Sample_corpus_matches_the_reviewed_golden_dossier()
    {
        var actual = AnalyseSamples();
        if (Environment.GetEnvironmentVariable("DOSSIER_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(GoldenPath, actual.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n");
        }

        var expected = JsonNode.Parse(File.ReadAllText(GoldenPath));
        var differences = JsonDiff.Differences(expected, actual);

        Assert.True(differences.Count == 0, "dossier.json differs from the golden file (review, then DOSSIER_UPDATE_GOLDEN=1 to accept):\n" + string.Join('\n', differences));
    }

    [Fact]
    public void Sample_corpus_fills_every_section_the_issue_requires()
    {
        var json = AnalyseSamples();

        Assert.Equal("dossier/1", json["schema"]!.GetValue<string>());
        Assert.Equal(5, json["documents"]!.AsArray().Count);
        Assert.All(json["documents"]!.AsArray(), d => Assert.NotEmpty(d!["sentences"]!.AsArray()));
        Assert.NotEmpty(json["entities"]!.AsArray());
        Assert.NotEmpty(json["quotes"]!.AsArray());
        Assert.NotEmpty(json["timeline"]!.AsArray());
        Assert.NotEmpty(json["stories"]!.AsArray());
    }

    [Fact]
    public void Every_offset_and_citation_points_inside_its_document()
    {
        var json = AnalyseSamples();
        var texts = json["documents"]!.AsArray().ToDictionary(d => d!["id"]!.GetValue<string>(), d => d!["text"]!.GetValue<string>(), StringComparer.Ordinal);
        var sentenceCounts = json["documents"]!.AsArray().ToDictionary(d => d!["id"]!.GetValue<string>(), d => d!["sentences"]!.AsArray().Count, StringComparer.Ordinal);

        void CheckSpan(JsonNode node)
        {
            var doc = node["doc"]!.GetValue<string>();
            var start = node["start"]!.GetValue<int>();
            var end = node["end"]!.GetValue<int>();
            Assert.InRange(start, 0, end);
            Assert.InRange(end, start, texts[doc].Length);
        }

        foreach (var entity in json["entities"]!.AsArray())
        {
            foreach (var mention in entity!["mentions"]!.AsArray())
            {
                CheckSpan(mention!);
            }
        }

        foreach (var quote in json["quotes"]!.AsArray())
        {
            CheckSpan(quote!);
            Assert.Equal(quote!["text"]!.GetValue<string>(), texts[quote["doc"]!.GetValue<string>()][quote["start"]!.GetValue<int>()..quote["end"]!.GetValue<int>()]);
        }

        foreach (var item in json["timeline"]!.AsArray())
        {
            Assert.InRange(item!["sentence"]!.GetValue<int>(), 0, sentenceCounts[item["doc"]!.GetValue<string>()] - 1);
        }

        foreach (var citation in json["stories"]!.AsArray().SelectMany(s => s!["summary"]!.AsArray()).SelectMany(s => s!["citations"]!.AsArray()))
        {
            Assert.InRange(citation!["sentence"]!.GetValue<int>(), 0, sentenceCounts[citation["doc"]!.GetValue<string>()] - 1);
        }
    }
}
