using System.Text.Json;
using Dossier.Core.Model;

namespace Dossier.Bench;

/// <summary>
/// The texts the tokenizer and splitter benchmarks read (and bench/peers/wink/bench.js reads the
/// same): the sample articles as files, and the ScrapingHub article bodies when ../shared/data has them.
/// </summary>
internal static class TextCorpora
{
    public const string Samples = "samples";
    public const string ScrapingHub = "scrapinghub";

    private const string GroundTruth = "extraction/scrapinghub/ground-truth.json";

    /// <summary>The corpora present on this machine.</summary>
    public static IEnumerable<string> Available()
    {
        yield return Samples;
        if (BenchPaths.SharedData(GroundTruth) is not null)
        {
            yield return ScrapingHub;
        }
    }

    public static IReadOnlyList<string> Load(string name) => name switch
    {
        Samples => [.. Directory.GetFiles(BenchPaths.SamplesFolder(), "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText)],
        ScrapingHub => LoadScrapingHub(),
        _ => throw new ArgumentException("unknown corpus " + name, nameof(name)),
    };

    /// <summary>A text as the reader would give it from a plain-text file, hashed as the reader hashes.</summary>
    public static RawDocument PlainTextDocument(string id, string source, string text) =>
        new(id, source, BenchHash.Of(text), InputFormat.PlainText, text, RecordHints.None, []);

    /// <summary>The ScrapingHub article bodies in id order; empty when ../shared/data is absent.</summary>
    public static List<string> LoadScrapingHub()
    {
        if (BenchPaths.SharedData(GroundTruth) is not { } path)
        {
            return [];
        }

        using var json = JsonDocument.Parse(File.ReadAllText(path));
        return [.. json.RootElement.EnumerateObject()
            .OrderBy(p => p.Name, StringComparer.Ordinal)
            .Select(p => p.Value.GetProperty("articleBody").GetString() ?? string.Empty)];
    }
}
