using System.CommandLine;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Dossier.Core.Cleaning;

namespace Dossier.Cli.Eval;

/// <summary>
/// <c>dossier eval extraction DIR</c>: article-body extraction on the ScrapingHub benchmark layout
/// (<c>ground-truth.json</c>, <c>html/ID.html.gz</c>, <c>output/*.json</c>), scored with its shingle metric
/// beside every published extractor's output found in the folder.
/// </summary>
internal static class ExtractionEval
{
    private static readonly JsonSerializerOptions IndentedJson = new() { WriteIndented = true };

    /// <summary>The development half: ids starting with 0–7. Ids starting with 8–f are held out.</summary>
    public static bool IsDevelopmentId(string id) => id.Length > 0 && id[0] is >= '0' and <= '7';

    public static Command Create(TextWriter output, TextWriter error)
    {
        var folder = new Argument<string>("dir") { Description = "The benchmark folder (holds ground-truth.json, html/ and output/)." };
        var split = new Option<string>("--split")
        {
            Description = "Pages to score: all (default), dev (ids 0–7…) or heldout (ids 8–f…).",
            DefaultValueFactory = _ => "all",
        };
        split.AcceptOnlyFromAmong("all", "dev", "heldout");
        var dump = new Option<string?>("--dump") { Description = "Also write our extracted bodies and per-page scores to this JSON file." };
        var command = new Command("extraction", "Score article-body extraction from HTML on the ScrapingHub benchmark.") { folder, split, dump };
        command.SetAction(parse => Run(parse.GetValue(folder)!, parse.GetValue(split)!, parse.GetValue(dump), output, error));
        return command;
    }

    private static int Run(string folder, string split, string? dumpPath, TextWriter output, TextWriter error)
    {
        var truthPath = Path.Combine(folder, "ground-truth.json");
        if (!File.Exists(truthPath))
        {
            error.WriteLine($"dossier eval extraction: {truthPath} not found.");
            return ExitCodes.Usage;
        }

        var truth = ReadBodies(File.ReadAllText(truthPath));
        var ids = truth.Keys.Where(id => split switch
        {
            "dev" => IsDevelopmentId(id),
            "heldout" => !IsDevelopmentId(id),
            _ => true,
        }).Order(StringComparer.Ordinal).ToList();

        var parser = new HtmlArticleParser();
        var ours = new Dictionary<string, string>(StringComparer.Ordinal);
        var missing = 0;
        foreach (var id in ids)
        {
            var htmlPath = Path.Combine(folder, "html", id + ".html.gz");
            if (!File.Exists(htmlPath))
            {
                missing++;
                ours[id] = string.Empty;
                continue;
            }

            ours[id] = parser.Parse(ReadGzipText(htmlPath)).Text;
        }

        if (missing > 0)
        {
            error.WriteLine($"dossier eval extraction: {missing} page(s) missing under html/; scored as empty.");
        }

        var rows = new List<(string Name, ShingleScore Score)> { ("Dossier HtmlArticleParser", Score(ids, truth, ours, out var perPage)) };
        var outputs = Path.Combine(folder, "output");
        if (Directory.Exists(outputs))
        {
            foreach (var file in Directory.GetFiles(outputs, "*.json").Order(StringComparer.Ordinal))
            {
                rows.Add((Path.GetFileNameWithoutExtension(file), Score(ids, truth, ReadBodies(File.ReadAllText(file)), out _)));
            }
        }

        output.WriteLine($"ScrapingHub article extraction, {ids.Count} pages ({split}); tokens \\w+, 4-word shingles, mean per-page P and R");
        output.WriteLine($"{"extractor",-28} {"F1",6} {"P",6} {"R",6}");
        foreach (var (name, score) in rows.OrderByDescending(r => r.Score.F1))
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-28} {score.F1,6:F3} {score.Precision,6:F3} {score.Recall,6:F3}"));
        }

        if (dumpPath is not null)
        {
            var dump = ids.ToDictionary(
                id => id,
                id => new { articleBody = ours[id], precision = perPage[id].Precision, recall = perPage[id].Recall, f1 = perPage[id].F1 });
            File.WriteAllText(dumpPath, JsonSerializer.Serialize(dump, IndentedJson));
        }

        return ExitCodes.Success;
    }

    private static ShingleScore Score(
        List<string> ids,
        Dictionary<string, string> truth,
        Dictionary<string, string> predicted,
        out Dictionary<string, ShingleScore> perPage)
    {
        perPage = ids.ToDictionary(id => id, id => ShingleOverlap.Score(truth[id], predicted.GetValueOrDefault(id) ?? string.Empty));
        return ShingleOverlap.Mean(perPage.Values);
    }

    /// <summary>id → articleBody, from a benchmark JSON file, bare or wrapped as {"version", "output"}.</summary>
    private static Dictionary<string, string> ReadBodies(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        if (root.TryGetProperty("output", out var wrapped) && wrapped.ValueKind == JsonValueKind.Object)
        {
            root = wrapped;
        }

        var bodies = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var item in root.EnumerateObject())
        {
            if (item.Value.ValueKind == JsonValueKind.Object
                && item.Value.TryGetProperty("articleBody", out var body)
                && body.ValueKind == JsonValueKind.String)
            {
                bodies[item.Name] = body.GetString()!;
            }
        }

        return bodies;
    }

    private static string ReadGzipText(string path)
    {
        using var file = File.OpenRead(path);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
