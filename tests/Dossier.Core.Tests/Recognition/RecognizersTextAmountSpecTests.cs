using System.Globalization;
using System.Text.Json;
using Dossier.Core.Model;
using Dossier.Core.Recognition;
using Xunit.Abstractions;

namespace Dossier.Core.Tests.Recognition;

/// <summary>
/// Runs Microsoft Recognizers-Text's English percent, currency and dimension specs (MIT) against
/// the amount recognizer and prints the pass rate per spec file, over all .NET-supported cases and
/// over the news subset (<see cref="RecognizersTextNewsCases"/>). A case passes when every expected
/// amount is found ending where the spec's ends (our span may start earlier, at a qualifier such as
/// "about"), with the spec's value and unit; a case that expects nothing passes when no amount of
/// the spec's kind is found.
/// </summary>
public sealed class RecognizersTextAmountSpecTests(ITestOutputHelper output)
{
    private const string Folder = "time/recognizers-text-specs/Specs";

    // The spec's unit names for the units the recognizer writes; any other unit fails.
    private static readonly Dictionary<string, string> Units = new(StringComparer.OrdinalIgnoreCase)
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
        ["Franc"] = "franc",
        ["Rupee"] = "INR",
        ["Mexican peso"] = "MXN",
        ["Turkish lira"] = "TRY",
        ["Bitcoin"] = "BTC",
        ["Finnish markka"] = "FIM",
        ["Peseta"] = "ESP",
        ["Netherlands guilder"] = "NLG",
        ["Costa Rican colón"] = "CRC",
        ["Georgian lari"] = "GEL",
        ["Lao kip"] = "LAK",
        ["Cent"] = "cents",
        ["Pence"] = "pence",
        ["Penny"] = "pence",
    };

    private static readonly Dictionary<string, string> MeasureUnits = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Mile"] = "mile",
        ["Kilometer"] = "kilometre",
        ["Meter"] = "metre",
        ["Centimeter"] = "centimetre",
        ["Millimeter"] = "millimetre",
        ["Foot"] = "foot",
        ["Inch"] = "inch",
        ["Yard"] = "yard",
        ["Square meter"] = "square metre",
        ["Square kilometer"] = "square kilometre",
        ["Square mile"] = "square mile",
        ["Acre"] = "acre",
        ["Hectare"] = "hectare",
        ["Liter"] = "litre",
        ["Milliliter"] = "millilitre",
        ["Gallon"] = "gallon",
        ["Barrel"] = "barrel",
        ["Cubic foot"] = "cubic foot",
        ["Cubic meter"] = "cubic metre",
        ["Kilogram"] = "kilogram",
        ["Gram"] = "gram",
        ["Ton"] = "ton",
        ["Metric ton"] = "tonne",
        ["Pound"] = "pound",
        ["Ounce"] = "ounce",
        ["Kilometer per hour"] = "kilometre per hour",
        ["Mile per hour"] = "mile per hour",
        ["Knot"] = "knot",
    };

    [SharedDataFact(Folder)]
    public void Percent_spec_news_cases_pass_at_least_90_percent() => AssertNewsRate("Number/English/PercentModel.json", "Percent", AmountKind.Percent);

    [SharedDataFact(Folder)]
    public void Currency_spec_news_cases_pass_at_least_90_percent() => AssertNewsRate("NumberWithUnit/English/CurrencyModel.json", "Currency", AmountKind.Money);

    [SharedDataFact(Folder)]
    public void Dimension_spec_news_cases_pass_at_least_90_percent() => AssertNewsRate("NumberWithUnit/English/DimensionModel.json", "Dimension", AmountKind.Measure);

    private void AssertNewsRate(string file, string model, AmountKind kind)
    {
        var path = Path.Combine(RepositoryPaths.SharedDataFile(Folder)!, file);
        var rate = SpecPassRate.Run(path, model, (input, expected) => Check(input, expected, kind), output);

        Assert.True(rate.News > 10, "the news subset is too small to mean anything");
        Assert.True(rate.NewsRate >= 0.9, $"news subset pass rate {rate.NewsRate:P1}");
    }

    private static (bool Passed, string Found) Check(string input, IReadOnlyList<JsonElement> expected, AmountKind kind)
    {
        var document = TimeTestDocuments.Create(input, TimeTestDocuments.Date(2019, 4, 24));
        new AmountRecognizer().Process(document, CancellationToken.None);
        var amounts = document.Amounts.Where(a => a.Kind == kind).ToList();
        var passed = expected.Count == 0 ? amounts.Count == 0 : expected.All(r => Found(amounts, r, kind));
        return (passed, string.Join("; ", document.Amounts.Select(a => string.Create(CultureInfo.InvariantCulture, $"{a.Text}={a.Value} {a.Unit} ({a.Kind})"))));
    }

    private static bool Found(List<Amount> amounts, JsonElement expected, AmountKind kind)
    {
        var start = expected.GetProperty("Start").GetInt32();
        var end = expected.GetProperty("End").GetInt32() + 1;
        var resolution = expected.GetProperty("Resolution");
        if (!resolution.TryGetProperty("value", out var valueElement) || valueElement.GetString() is not { } valueText
            || !double.TryParse(valueText.TrimEnd('%'), NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            return false;
        }

        var specUnit = resolution.TryGetProperty("unit", out var u) ? u.GetString() ?? string.Empty : string.Empty;
        var unit = kind switch
        {
            AmountKind.Percent => "percent",
            AmountKind.Measure => MeasureUnits.GetValueOrDefault(specUnit),
            _ => Units.GetValueOrDefault(specUnit),
        };
        return unit is not null && amounts.Exists(a =>
            a.Span.End == end
            && a.Span.Start <= start
            && (a.Span.Start == start || a.Qualifier is not null)
            && Math.Abs(a.Value - value) <= Math.Abs(value) * 1e-9
            && a.Unit == unit);
    }
}
