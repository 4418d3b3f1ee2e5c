using System.Globalization;
using System.Text.Json;
using Xunit.Abstractions;

namespace Dossier.Core.Tests.Recognition;

/// <summary>Runs one Recognizers-Text spec file and counts passes over all .NET-supported cases and over the news subset.</summary>
internal sealed class SpecPassRate
{
    public int All { get; private set; }

    public int AllPassed { get; private set; }

    public int News { get; private set; }

    public int NewsPassed { get; private set; }

    public double NewsRate => News == 0 ? 0 : (double)NewsPassed / News;

    public static SpecPassRate Run(string path, string model, Func<string, IReadOnlyList<JsonElement>, (bool Passed, string Found)> check, ITestOutputHelper output)
    {
        var rate = new SpecPassRate();
        var misses = Environment.GetEnvironmentVariable("DOSSIER_SPEC_MISSES");
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        foreach (var spec in json.RootElement.EnumerateArray())
        {
            if (!RecognizersTextNewsCases.SupportedByDotnet(spec))
            {
                continue;
            }

            var input = spec.GetProperty("Input").GetString()!;
            var expected = spec.GetProperty("Results").EnumerateArray().ToList();
            var exclusion = RecognizersTextNewsCases.Exclusion(model, input, expected);
            var (passed, found) = check(input, expected);
            rate.All++;
            rate.AllPassed += passed ? 1 : 0;
            if (exclusion is null)
            {
                rate.News++;
                rate.NewsPassed += passed ? 1 : 0;
            }

            if (!passed && misses is not null && (exclusion is null || misses == "all"))
            {
                output.WriteLine($"miss{(exclusion is null ? string.Empty : " [" + exclusion + "]")}: {input} | expected {string.Join("; ", expected.Select(Describe))} | found {found}");
            }
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Path.GetFileName(path)}: all {rate.AllPassed}/{rate.All} = {(double)rate.AllPassed / Math.Max(1, rate.All):P1}; news {rate.NewsPassed}/{rate.News} = {rate.NewsRate:P1}"));
        return rate;
    }

    private static string Describe(JsonElement result)
    {
        var resolution = result.GetProperty("Resolution");
        var value = resolution.ValueKind == JsonValueKind.Object && resolution.TryGetProperty("value", out var v) ? v.ToString() : "?";
        var unit = resolution.ValueKind == JsonValueKind.Object && resolution.TryGetProperty("unit", out var u) ? " " + u.GetString() : string.Empty;
        return $"{result.GetProperty("Text").GetString()}={value}{unit}";
    }
}
