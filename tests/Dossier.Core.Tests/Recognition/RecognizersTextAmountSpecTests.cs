using System.Globalization;
using System.Text.Json;
using Dossier.Core.Model;
using Dossier.Core.Recognition;
using Xunit.Abstractions;

namespace Dossier.Core.Tests.Recognition;

/// <summary>
/// Runs Microsoft Recognizers-Text's English percent and currency specs (MIT) against the amount
/// recognizer and prints the pass rate per spec file. A case passes when every expected amount is
/// found ending where the spec's ends (our span may start earlier, at a qualifier such as "about"),
/// with the spec's value and, for money, its currency; a case that expects nothing passes when
/// nothing is found.
/// </summary>
public sealed class RecognizersTextAmountSpecTests(ITestOutputHelper output)
{
    private const string Folder = "time/recognizers-text-specs/Specs";

    // The spec's currency names for the ISO codes the recognizer knows; any other currency fails.
    private static readonly Dictionary<string, string> IsoCodes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Dollar"] = "USD",
        ["United States dollar"] = "USD",
        ["Euro"] = "EUR",
        ["British pound"] = "GBP",
        ["Pound"] = "GBP",
        ["Japanese yen"] = "JPY",
        ["Chinese yuan"] = "CNY",
        ["Russian ruble"] = "RUB",
        ["South Korean won"] = "KRW",
        ["Canadian dollar"] = "CAD",
        ["Australian dollar"] = "AUD",
        ["Hong Kong dollar"] = "HKD",
        ["New Zealand dollar"] = "NZD",
        ["Swiss franc"] = "CHF",
        ["Rupee"] = "INR",
        ["Mexican peso"] = "MXN",
        ["Turkish lira"] = "TRY",
        ["Bitcoin"] = "BTC",
        ["Finnish markka"] = "FIM",
        ["Peseta"] = "ESP",
        ["Netherlands guilder"] = "NLG",

        // Fractional units stay as counted in the text.
        ["Cent"] = "cents",
        ["Pence"] = "pence",
    };

    [SharedDataFact(Folder)]
    public void Percent_and_currency_spec_pass_rates_are_reported()
    {
        var folder = RepositoryPaths.SharedDataFile(Folder)!;
        var total = 0;
        foreach (var name in new[] { "Number/English/PercentModel.json", "NumberWithUnit/English/CurrencyModel.json" })
        {
            var (passed, cases) = Run(Path.Combine(folder, name));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: {passed}/{cases} = {(double)passed / cases:P1}"));
            Assert.True(cases > 0, name + " has no cases");
            total += passed;
        }

        Assert.True(total > 0, "no spec case passed");
    }

    private (int Passed, int Cases) Run(string path)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        int passed = 0, cases = 0;
        foreach (var spec in json.RootElement.EnumerateArray())
        {
            if (spec.TryGetProperty("NotSupported", out _) || spec.TryGetProperty("NotSupportedByDesign", out _))
            {
                continue;
            }

            cases++;
            var input = spec.GetProperty("Input").GetString()!;
            var document = TimeTestDocuments.Create(input, TimeTestDocuments.Date(2019, 4, 24));
            new AmountRecognizer().Process(document, CancellationToken.None);
            var expected = spec.GetProperty("Results").EnumerateArray().ToList();
            var ok = expected.Count == 0
                ? document.Amounts.Count == 0
                : expected.All(r => Found(document, r));
            if (ok)
            {
                passed++;
            }
            else if (Environment.GetEnvironmentVariable("DOSSIER_SPEC_MISSES") is not null)
            {
                output.WriteLine($"miss: {input} | expected {string.Join("; ", expected.Select(r => r.GetProperty("Text").GetString()))} | found {string.Join("; ", document.Amounts.Select(a => $"{a.Text}={a.Value} {a.Unit}"))}");
            }
        }

        return (passed, cases);
    }

    private static bool Found(Document document, JsonElement expected)
    {
        var start = expected.GetProperty("Start").GetInt32();
        var end = expected.GetProperty("End").GetInt32() + 1;
        var resolution = expected.GetProperty("Resolution");
        var isPercent = expected.GetProperty("TypeName").GetString() == "percentage";
        if (!resolution.TryGetProperty("value", out var valueElement) || valueElement.GetString() is not { } valueText
            || !double.TryParse(valueText.TrimEnd('%'), NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            return false;
        }

        string? unit = isPercent ? "percent"
            : resolution.TryGetProperty("unit", out var u) && IsoCodes.TryGetValue(u.GetString() ?? string.Empty, out var iso) ? iso
            : null;
        return unit is not null && document.Amounts.Any(a =>
            a.Span.End == end
            && a.Span.Start <= start
            && (a.Span.Start == start || a.Qualifier is not null)
            && Math.Abs(a.Value - value) <= Math.Abs(value) * 1e-9
            && a.Unit == unit);
    }
}
