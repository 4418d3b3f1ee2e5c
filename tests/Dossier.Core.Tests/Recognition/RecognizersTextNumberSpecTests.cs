using System.Globalization;
using System.Text.Json;
using Dossier.Core.Recognition.Numbers;
using Xunit.Abstractions;

namespace Dossier.Core.Tests.Recognition;

/// <summary>
/// Runs Microsoft Recognizers-Text's English NumberModel and OrdinalModel specs (MIT) against
/// <see cref="NumberRecognizer"/>. A case passes when the cardinals and fractions (ordinals for
/// the ordinal spec) found are exactly the expected ones: same offsets, same value.
/// </summary>
public sealed class RecognizersTextNumberSpecTests(ITestOutputHelper output)
{
    private const string Folder = "time/recognizers-text-specs/Specs/Number/English";

    [SharedDataFact(Folder)]
    public void Number_spec_news_cases_pass_at_least_90_percent()
    {
        var rate = SpecPassRate.Run(Path.Combine(RepositoryPaths.SharedDataFile(Folder)!, "NumberModel.json"), "Number", (input, expected) => Check(input, expected, ordinals: false), output);

        Assert.True(rate.News > 50, "the news subset is too small to mean anything");
        Assert.True(rate.NewsRate >= 0.9, $"news subset pass rate {rate.NewsRate:P1}");
    }

    [SharedDataFact(Folder)]
    public void Ordinal_spec_news_cases_pass_at_least_90_percent()
    {
        var rate = SpecPassRate.Run(Path.Combine(RepositoryPaths.SharedDataFile(Folder)!, "OrdinalModel.json"), "Ordinal", (input, expected) => Check(input, expected, ordinals: true), output);

        Assert.True(rate.News > 10, "the news subset is too small to mean anything");
        Assert.True(rate.NewsRate >= 0.9, $"news subset pass rate {rate.NewsRate:P1}");
    }

    private static (bool Passed, string Found) Check(string input, IReadOnlyList<JsonElement> expected, bool ordinals)
    {
        var found = NumberRecognizer.Find(input)
            .Where(m => (m.Kind == NumberKind.Ordinal) == ordinals)
            .ToList();
        var wanted = expected.Select(r => (Start: r.GetProperty("Start").GetInt32(), End: r.GetProperty("End").GetInt32() + 1, Value: Value(r))).ToList();
        var passed = found.Count == wanted.Count
            && wanted.All(w => w.Value is { } value && found.Exists(f => f.Start == w.Start && f.End == w.End && Close(f.Value, value)));
        return (passed, string.Join("; ", found.Select(f => string.Create(CultureInfo.InvariantCulture, $"{input[f.Start..f.End]}={f.Value}"))));
    }

    private static double? Value(JsonElement result) =>
        result.GetProperty("Resolution").TryGetProperty("value", out var v) && v.ValueKind == JsonValueKind.String
        && double.TryParse(v.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;

    private static bool Close(double found, double expected) => Math.Abs(found - expected) <= Math.Max(1e-9, Math.Abs(expected) * 1e-9);
}
