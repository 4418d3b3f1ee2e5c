using System.Text.Json;
using System.Text.RegularExpressions;

namespace Dossier.Core.Tests.Recognition;

/// <summary>
/// Which Recognizers-Text spec cases concern English news text. The rule was written down before
/// any pass rate was looked at (docs/evaluation.md, "Which spec cases concern news text"); a case
/// that breaks any clause is left out of the news subset but still counts in "all cases".
/// "All cases" are those the library's own .NET implementation supports (no "dotnet" in
/// <c>NotSupported</c>).
/// </summary>
internal static partial class RecognizersTextNewsCases
{
    private static readonly HashSet<string> NewsMeasureUnits = new(StringComparer.OrdinalIgnoreCase)
    {
        "Mile", "Kilometer", "Meter", "Centimeter", "Millimeter", "Foot", "Inch", "Yard", "Square meter",
        "Square kilometer", "Square mile", "Acre", "Hectare", "Liter", "Gallon", "Barrel", "Cubic foot",
        "Cubic meter", "Kilogram", "Gram", "Ton", "Metric ton", "Pound", "Ounce", "Kilometer per hour",
        "Mile per hour", "Knot",
    };

    public static bool SupportedByDotnet(JsonElement spec) =>
        !(spec.TryGetProperty("NotSupported", out var n) && (n.GetString() ?? string.Empty).Contains("dotnet", StringComparison.OrdinalIgnoreCase))
        && !(spec.TryGetProperty("NotSupportedByDesign", out var d) && (d.GetString() ?? string.Empty).Contains("dotnet", StringComparison.OrdinalIgnoreCase));

    /// <summary>The clause a case breaks, or null when it concerns news text.</summary>
    public static string? Exclusion(string model, string input, IReadOnlyList<JsonElement> results)
    {
        var texts = results.Select(r => r.GetProperty("Text").GetString() ?? string.Empty).ToList();
        if (texts.Any(t => DigitGroupsBySpace().IsMatch(t) || DecimalComma().IsMatch(t) || IndianNotation().IsMatch(t) || Exponent().IsMatch(t)))
        {
            return "N1 notation English news does not use";
        }

        if (model == "Number" && texts.Any(t => Dictation().IsMatch(t) || RareDenominator().IsMatch(t) || !SimpleNumerators(t)))
        {
            return "N2 dictation-only forms";
        }

        if (model != "Dimension" && texts.Any(t => RareAbbreviation().IsMatch(t)))
        {
            return "N3 abbreviations English news does not use";
        }

        if (Identifier().IsMatch(input))
        {
            return "N4 numbers inside identifiers";
        }

        if (OtherScript().IsMatch(input) || ChineseColloquialMoney().IsMatch(input))
        {
            return "N5 non-Latin script or colloquial Chinese money";
        }

        if (results.Any(r => !r.TryGetProperty("Resolution", out var res) || res.ValueKind != JsonValueKind.Object
            || !res.TryGetProperty("value", out var v) || v.ValueKind == JsonValueKind.Null || v.GetString() == "null"))
        {
            return "N6 a unit or percent sign without a number";
        }

        return model switch
        {
            "Ordinal" when results.Any(r => r.GetProperty("TypeName").GetString() == "ordinal.relative") => "O1 relative position (last, next, previous)",
            "Percent" when texts.Any(t => InvertedPercent().IsMatch(t)) => "P1 inverted 'percent of N'",
            "Currency" when texts.Any(t => (SumWithoutSubunit().IsMatch(t) || SumAfterAnd().IsMatch(t)) && !EndsWithSubunit().IsMatch(t)) => "C1 sum without a named subunit",
            "Dimension" when results.Any(r => !NewsMeasureUnits.Contains(r.GetProperty("Resolution").GetProperty("unit").GetString() ?? string.Empty)) => "D1 unit outside news measures",
            "Dimension" when texts.Any(t => BracketedUnit().IsMatch(t)) => "D2 bracketed unit",
            _ => null,
        };
    }

    /// <summary>A plural fraction ("two thirds") counts as news only with a single-word numerator from two to nine.</summary>
    private static bool SimpleNumerators(string text)
    {
        var words = Words().Matches(text).Select(m => m.Value.ToLowerInvariant()).ToList();
        for (var i = 0; i < words.Count; i++)
        {
            if (!PluralDenominator().IsMatch(words[i]))
            {
                continue;
            }

            var numeratorOk = i > 0 && SmallUnit().IsMatch(words[i - 1]);
            var nothingBefore = i < 2 || words[i - 2] == "and" || !NumberWord().IsMatch(words[i - 2]);
            if (!numeratorOk || !nothingBefore)
            {
                return false;
            }
        }

        return true;
    }

    [GeneratedRegex(@"\d[ \u00a0\u202f]+\d{3}(?!\d)")]
    private static partial Regex DigitGroupsBySpace();

    [GeneratedRegex(@"\d,\d{1,2}(?![\d])|\d\.\d{3},\d")]
    private static partial Regex DecimalComma();

    [GeneratedRegex(@"(?i)\b(lakh|crore)\b|\d,\d{2},\d{3}")]
    private static partial Regex IndianNotation();

    [GeneratedRegex(@"\d[eE][+-]?\d|\^|\dx10")]
    private static partial Regex Exponent();

    [GeneratedRegex(@"(?i)\b(point|nought|naught|over|out\s+of|in)\b")]
    private static partial Regex Dictation();

    [GeneratedRegex(@"(?i)(firsts?|\w+teenths?|eleventh|twelfths?|tieths?|hundredths?|thousandths?|millionths?|billionths?|trillionths?)$|(?i)\b(a|one)\s+\w+(-|\s)(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)\b")]
    private static partial Regex RareDenominator();

    [GeneratedRegex(@"[A-Za-z]+")]
    private static partial Regex Words();

    [GeneratedRegex(@"^(thirds|fourths|quarters|fifths|sixths|sevenths|eighths|ninths|tenths|halves)$")]
    private static partial Regex PluralDenominator();

    [GeneratedRegex(@"^(two|three|four|five|six|seven|eight|nine)$")]
    private static partial Regex SmallUnit();

    [GeneratedRegex(@"^(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|trillion)$")]
    private static partial Regex NumberWord();

    [GeneratedRegex(@"(?i)\d\s*(g|mm|mil)\b|\b(dzs?|dozs?)\b|\bm(usd|eur|gbp|aud)\b")]
    private static partial Regex RareAbbreviation();

    [GeneratedRegex(@"\d+\.\d+\.\d+\.\d+|\+\d[-\d/]{6,}|\b\d{1,2}/\d{1,2}/\d{2,4}\b|\b[A-Za-z]{2,}\d*-\d|\b[A-Za-z]+\d+[A-Za-z]+\b|\d{5}\s?[A-Za-z]-?\d|\d{5}[A-Za-z]\d")]
    private static partial Regex Identifier();

    [GeneratedRegex(@"[\u0B80-\u0BFF\u4E00-\u9FFF]")]
    private static partial Regex OtherScript();

    [GeneratedRegex(@"(?i)\b(kuai|mao)\b")]
    private static partial Regex ChineseColloquialMoney();

    [GeneratedRegex(@"(?i)^(per\s*cents?|percents?)\b")]
    private static partial Regex InvertedPercent();

    [GeneratedRegex(@"(?i)(\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand)\b)\s*(dollars?|usd|\$)\s+(and\s+)?[\da-z]")]
    private static partial Regex SumWithoutSubunit();

    [GeneratedRegex(@"(?i)(dollars?|usd|\$)\s*\d[\d,.]*\s+and\s+[a-z\d]")]
    private static partial Regex SumAfterAnd();

    [GeneratedRegex(@"(?i)\b(cents?|pence|penny)$")]
    private static partial Regex EndsWithSubunit();

    [GeneratedRegex(@"\d\s*[\(\[\{<]")]
    private static partial Regex BracketedUnit();
}
