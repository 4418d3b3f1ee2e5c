using System.Buffers;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Dossier.Core.Recognition;

/// <summary>
/// Durations without a counted number: "all day", "a full week", "the whole year" (one unit), "the past decade",
/// "another month", and halves ("half an hour", "an hour and a half", "two and a half years", "5 1/2 hours").
/// </summary>
internal static partial class DurationPhraseRules
{
    private static readonly SearchValues<string> Wholes = TextCues.Of("all", "full", "whole");
    private static readonly SearchValues<string> Another = TextCues.Of("another");
    private static readonly SearchValues<string> Halves = TextCues.Of("half");
    private static readonly SearchValues<string> FigureHalves = TextCues.Of("1/2");
    private static readonly SearchValues<string> Decade = TextCues.Of("decade");

    public static void Collect(string sentence, List<TimeCandidate> found)
    {
        foreach (Match m in TextCues.Matches(WholeUnit(), sentence, Wholes))
        {
            Add(found, m, 1, m.Groups["unit"].Value, "duration:whole");
        }

        foreach (Match m in TextCues.Matches(AnotherUnit(), sentence, Another))
        {
            Add(found, m, 1, m.Groups["unit"].Value, "duration:another");
        }

        foreach (Match m in TextCues.Matches(Half(), sentence, Halves))
        {
            Add(found, m, 0.5, m.Groups["unit"].Value, "duration:half");
        }

        foreach (Match m in TextCues.Matches(AndAHalf(), sentence, Halves))
        {
            if (NumberWords.Parse(m.Groups["count"].Value) is { } count)
            {
                Add(found, m, count + 0.5, m.Groups["unit"].Value, "duration:and-a-half");
            }
        }

        foreach (Match m in TextCues.Matches(FigureAndAHalf(), sentence, FigureHalves))
        {
            var count = int.Parse(m.Groups["count"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);
            Add(found, m, count + 0.5, m.Groups["unit"].Value, "duration:and-a-half");
        }

        CollectDecades(sentence, found);
    }

    /// <summary>"the past decade", "over the last decade", "the next decade": ten years up to or from now, as TimeBank annotates "past decade".</summary>
    private static void CollectDecades(string sentence, List<TimeCandidate> found)
    {
        foreach (Match m in TextCues.Matches(RelativeDecade(), sentence, Decade))
        {
            found.Add(new(m.Index, m.Index + m.Length, "P10Y", false, "duration:relative-decade", null));
        }
    }

    /// <summary>TimeML's duration value: <c>P1D</c>, <c>PT1.5H</c>, <c>P0.5Y</c>.</summary>
    public static string? Value(double count, string unit)
    {
        var (designator, time) = unit.ToUpperInvariant().TrimEnd('S') switch
        {
            "YEAR" => ("Y", false),
            "MONTH" => ("M", false),
            "WEEK" => ("W", false),
            "DAY" => ("D", false),
            "HOUR" => ("H", true),
            "MINUTE" => ("M", true),
            "SECOND" => ("S", true),
            _ => (null, false),
        };
        return designator is null ? null : (time ? "PT" : "P") + count.ToString(CultureInfo.InvariantCulture) + designator;
    }

    private static void Add(List<TimeCandidate> found, Match m, double count, string unit, string rule)
    {
        if (Value(count, unit) is { } value)
        {
            found.Add(new(m.Index, m.Index + m.Length, value, false, rule, null));
        }
    }

    private const string Unit = @"(?<unit>(?i:year|month|week|day|hour|minute|second))";

    [GeneratedRegex(@"\b(?i:all|full|whole)[-\s]" + Unit + @"\b(?!-)")]
    private static partial Regex WholeUnit();

    [GeneratedRegex(@"\b(?i:another)\s+" + Unit + @"\b(?!-)")]
    private static partial Regex AnotherUnit();

    [GeneratedRegex(@"\b(?i:half)\s+(?:(?i:an?)\s+)?" + Unit + @"\b(?!-)")]
    private static partial Regex Half();

    [GeneratedRegex(@"\b(?<count>(?i:an?|one|two|three|four|five|six|seven|eight|nine|ten)|\d{1,3})\s+(?:" + Unit + @"s?\s+(?i:and)\s+(?i:a\s+)?(?i:half)\b|(?i:and)\s+(?i:a\s+)?(?i:half)\s+" + Unit + @"s?\b)")]
    private static partial Regex AndAHalf();

    /// <summary>"5 1/2 hours", "2 1/2 years" (without it, "2 hours" alone would be read out of "1/2 hours").</summary>
    [GeneratedRegex(@"(?<![\d/.,])(?<count>\d{1,3})\s+1/2\s+" + Unit + @"s?\b(?!-)")]
    private static partial Regex FigureAndAHalf();

    [GeneratedRegex(@"\b(?:(?i:the)\s+)?(?i:past|last|next|coming)\s+(?i:decade)\b(?![-’']|\s+(?i:ago|or|and)\b)")]
    private static partial Regex RelativeDecade();
}
