using System.Text.Json;

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
        if (SharedDataFile(GroundTruth) is not null)
        {
            yield return ScrapingHub;
        }
    }

    public static IReadOnlyList<string> Load(string name) => name switch
    {
        Samples => [.. Directory.GetFiles(Path.Combine(RepositoryRoot(), "samples", "summit-2019"), "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText)],
        ScrapingHub => LoadScrapingHub(),
        _ => throw new ArgumentException("unknown corpus " + name, nameof(name)),
    };

    private static List<string> LoadScrapingHub()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(SharedDataFile(GroundTruth)!));
        return [.. json.RootElement.EnumerateObject()
            .OrderBy(p => p.Name, StringComparer.Ordinal)
            .Select(p => p.Value.GetProperty("articleBody").GetString() ?? string.Empty)];
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Dossier.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("Dossier.slnx not found above " + AppContext.BaseDirectory);
    }

    private static string? SharedDataFile(string relative)
    {
        for (var dir = Directory.GetParent(RepositoryRoot()); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "data", relative);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
