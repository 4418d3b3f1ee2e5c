using System.Text.RegularExpressions;

namespace Dossier.Core.Cleaning;

/// <summary>
/// The ScrapingHub article-extraction metric: word tokens, 4-token shingles counted as multisets, and
/// per-document precision and recall. An empty prediction has precision 1 and an empty truth recall 1,
/// as in the benchmark's own scorer.
/// </summary>
public static partial class ShingleOverlap
{
    public const int ShingleSize = 4;

    public static ShingleScore Score(string truth, string prediction)
    {
        ArgumentNullException.ThrowIfNull(truth);
        ArgumentNullException.ThrowIfNull(prediction);
        var expected = Shingles(truth);
        var found = Shingles(prediction);
        var truePositives = 0;
        var falsePositives = 0;
        foreach (var (shingle, count) in found)
        {
            var matched = Math.Min(count, expected.GetValueOrDefault(shingle));
            truePositives += matched;
            falsePositives += count - matched;
        }

        var falseNegatives = expected.Values.Sum() - truePositives;
        if (falsePositives == 0 && falseNegatives == 0)
        {
            return new ShingleScore(1, 1);
        }

        var precision = truePositives + falsePositives == 0 ? 1 : truePositives / (double)(truePositives + falsePositives);
        var recall = truePositives + falseNegatives == 0 ? 1 : truePositives / (double)(truePositives + falseNegatives);
        return new ShingleScore(precision, recall);
    }

    /// <summary>Mean precision and mean recall over documents, and the F1 of those two means.</summary>
    public static ShingleScore Mean(IReadOnlyCollection<ShingleScore> scores)
    {
        ArgumentNullException.ThrowIfNull(scores);
        return scores.Count == 0
            ? new ShingleScore(0, 0)
            : new ShingleScore(scores.Average(s => s.Precision), scores.Average(s => s.Recall));
    }

    internal static Dictionary<string, int> Shingles(string text)
    {
        var tokens = WordRegex().Matches(text).Select(m => m.Value).ToArray();
        var shingles = new Dictionary<string, int>(StringComparer.Ordinal);
        if (tokens.Length == 0)
        {
            return shingles;
        }

        // Texts shorter than a shingle count as one shingle of all their tokens.
        for (var i = 0; i < Math.Max(1, tokens.Length - ShingleSize + 1); i++)
        {
            var shingle = string.Join(' ', tokens, i, Math.Min(ShingleSize, tokens.Length - i));
            shingles[shingle] = shingles.GetValueOrDefault(shingle) + 1;
        }

        return shingles;
    }

    // Python's Unicode \w: letters, numbers of every kind, and the underscore.
    [GeneratedRegex(@"[\p{L}\p{N}_]+")]
    private static partial Regex WordRegex();
}

/// <summary>Precision and recall of an extracted text's shingles against the gold text's.</summary>
public readonly record struct ShingleScore(double Precision, double Recall)
{
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}
