using System.Text.Json;
using System.Text.RegularExpressions;
using Dossier.Core.Text;

namespace Dossier.Core.Models;

/// <summary>
/// Unlabelled English news text from the team's shared data folder, for learning
/// <see cref="WordClusters"/>: the ScrapingHub article bodies, the PolNeAR articles (train and dev),
/// and the TimeBank and AQUAINT documents of TempEval-3 (training part). Nothing used for NER
/// evaluation is read. Each line is one tokenised word sequence.
/// </summary>
public static partial class UnlabelledText
{
    /// <summary>The word sequences of every source found under <paramref name="dataFolder"/> (../shared/data), in a fixed order.</summary>
    public static IEnumerable<IReadOnlyList<string>> Read(string dataFolder)
    {
        foreach (var text in Texts(dataFolder))
        {
            foreach (var line in text.Split('\n'))
            {
                var tokens = Tokenizer.Tokenize(line);
                if (tokens.Count > 0)
                {
                    yield return [.. tokens.Select(t => line[t.Span.Start..t.Span.End])];
                }
            }
        }
    }

    private static IEnumerable<string> Texts(string dataFolder)
    {
        var groundTruth = Path.Combine(dataFolder, "extraction", "scrapinghub", "ground-truth.json");
        if (File.Exists(groundTruth))
        {
            using var json = JsonDocument.Parse(File.ReadAllText(groundTruth));
            foreach (var page in json.RootElement.EnumerateObject().OrderBy(p => p.Name, StringComparer.Ordinal))
            {
                yield return page.Value.GetProperty("articleBody").GetString() ?? string.Empty;
            }
        }

        foreach (var split in new[] { "train", "dev" })
        {
            foreach (var file in Files(Path.Combine(dataFolder, "quotes", "polnear", split, "text"), "*.txt"))
            {
                yield return File.ReadAllText(file);
            }
        }

        foreach (var part in new[] { "TimeBank", "AQUAINT" })
        {
            foreach (var file in Files(Path.Combine(dataFolder, "time", "tempeval3-tbaq", part), "*.tml"))
            {
                var xml = File.ReadAllText(file);
                var body = TextElement().Match(xml);
                yield return System.Net.WebUtility.HtmlDecode(Markup().Replace(body.Success ? body.Groups[1].Value : xml, string.Empty));
            }
        }
    }

    private static IEnumerable<string> Files(string folder, string pattern) =>
        Directory.Exists(folder) ? Directory.GetFiles(folder, pattern).Order(StringComparer.Ordinal) : [];

    [GeneratedRegex("<TEXT>(.*?)</TEXT>", RegexOptions.Singleline)]
    private static partial Regex TextElement();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Markup();
}
