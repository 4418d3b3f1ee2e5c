using System.Buffers;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Dossier.Core.Recognition;

/// <summary>
/// Dates stated as a distance from the anchor: "50 years ago" (<c>1969</c>), "two months ago",
/// "11 days ago", "six weeks ago", "a year earlier", at the precision of the unit, and compound
/// offsets ("1 month 21 days ago"); "several years ago" is only <c>PAST_REF</c>. "A year ago" may be re-resolved to a quarter by <see cref="ReportingPeriod"/>.
/// </summary>
internal static partial class TimeOffsetRules
{
    private static readonly SearchValues<string> AgoWords = TextCues.Of("ago", "earlier");
    private static readonly SearchValues<string> AgoWord = TextCues.Of("ago");
    private static readonly SearchValues<string> DayWords = TextCues.Of("now", "today", "tomorrow", "yesterday");

    public static void Collect(string sentence, TimeAnchor anchor, List<TimeCandidate> found)
    {
        foreach (Match m in TextCues.Matches(Ago(), sentence, AgoWords))
        {
            var count = NumberWords.Parse(m.Groups["count"].Value);
            var unit = m.Groups["unit"].Value.ToUpperInvariant();
            var value = count is { } n && n == Math.Floor(n) && n < 10_000 ? Shift(anchor, (int)n, unit) : "PAST_REF";
            if (value is not null)
            {
                var rule = count == 1 && unit.StartsWith("YEAR", StringComparison.Ordinal) ? FiscalPeriodRules.YearBack : "ago";
                found.Add(new(m.Index, m.Index + m.Length, value, value != "PAST_REF", rule, anchor.Label));
            }
        }

        if (!anchor.Knows(Model.DatePrecision.Day))
        {
            return;
        }

        foreach (Match m in TextCues.Matches(CompoundAgo(), sentence, AgoWord))
        {
            if (CompoundShift(anchor.Date, m.Groups["parts"].Value) is { } value)
            {
                found.Add(new(m.Index, m.Index + m.Length, value, true, "compound-ago", anchor.Label));
            }
        }

        foreach (Match m in TextCues.Matches(FromDay(), sentence, DayWords))
        {
            if (NumberWords.Parse(m.Groups["count"].Value) is not { } n || n != Math.Floor(n) || n > 1000)
            {
                continue;
            }

            var day = anchor.Date.AddDays(m.Groups["day"].Value.ToUpperInvariant() switch
            {
                "TOMORROW" => 1,
                "YESTERDAY" => -1,
                _ => 0,
            });
            var sign = m.Groups["direction"].Value.Equals("before", StringComparison.OrdinalIgnoreCase) ? -1 : 1;
            var count = sign * (int)n;
            var unit = m.Groups["unit"].Value.ToUpperInvariant();
            var date = unit switch
            {
                _ when unit.StartsWith("YEAR", StringComparison.Ordinal) => day.AddYears(count),
                _ when unit.StartsWith("MONTH", StringComparison.Ordinal) => day.AddMonths(count),
                _ when unit.StartsWith("WEEK", StringComparison.Ordinal) => day.AddDays(7 * count),
                _ => day.AddDays(count),
            };
            found.Add(new(m.Index, m.Index + m.Length, TimeExpressionResolver.FormatDay(date), true, "offset-from-day", anchor.Label));
        }
    }

    /// <summary>
    /// "1 month 21 days ago", "2 years, 1 month and 21 days ago": the anchor less every part, at
    /// the precision of the finest unit; null when a unit repeats or a count is not a whole number.
    /// </summary>
    private static string? CompoundShift(DateOnly anchor, string parts)
    {
        var date = anchor;
        var finest = 'Y';
        var seen = new HashSet<char>();
        foreach (Match part in CompoundPart().Matches(parts))
        {
            if (NumberWords.Parse(part.Groups["count"].Value) is not { } n || n != Math.Floor(n) || n > 1000)
            {
                return null;
            }

            var unit = char.ToUpperInvariant(part.Groups["unit"].Value[0]);
            if (!seen.Add(unit))
            {
                return null;
            }

            date = unit switch
            {
                'Y' => date.AddYears(-(int)n),
                'M' => date.AddMonths(-(int)n),
                'W' => date.AddDays(-7 * (int)n),
                _ => date.AddDays(-(int)n),
            };
            finest = "YMWD".IndexOf(unit, StringComparison.Ordinal) > "YMWD".IndexOf(finest, StringComparison.Ordinal) ? unit : finest;
        }

        return finest switch
        {
            'Y' => TimeExpressionResolver.FormatYear(date.Year),
            'M' => TimeExpressionResolver.FormatMonth(date.Year, date.Month),
            'W' => TimeExpressionResolver.FormatWeek(date),
            _ => TimeExpressionResolver.FormatDay(date),
        };
    }

    private const string CompoundCount = @"(?<count>\d+|(?i:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))";

    private const string CompoundUnit = @"(?<unit>(?i:years?|months?|weeks?|days?))";

    [GeneratedRegex(@"\b(?<parts>" + CompoundCount + @"\s+" + CompoundUnit + @"(?:(?:\s*,\s*|\s+(?i:and)\s+|\s+)" + CompoundCount + @"\s+" + CompoundUnit + @"){1,3})\s+(?i:ago)\b")]
    private static partial Regex CompoundAgo();

    [GeneratedRegex(CompoundCount + @"\s+" + CompoundUnit)]
    private static partial Regex CompoundPart();

    /// <summary>"two weeks from now", "three days after tomorrow", "more than 2 weeks before today".</summary>
    [GeneratedRegex(@"(?:\b(?i:more\s+than|at\s+least)\s+)?\b(?<count>\d+|(?i:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty))\s+(?<unit>(?i:years?|months?|weeks?|days?))\s+(?<direction>(?i:from|after|before))\s+(?<day>(?i:now|today|tomorrow|yesterday))\b")]
    private static partial Regex FromDay();

    private static string? Shift(TimeAnchor anchor, int n, string unit)
    {
        var a = anchor.Date;
        return unit switch
        {
            _ when unit.StartsWith("DECADE", StringComparison.Ordinal) => TimeExpressionResolver.FormatYear(a.Year - (10 * n)),
            _ when unit.StartsWith("CENTUR", StringComparison.Ordinal) => TimeExpressionResolver.FormatYear(a.Year - (100 * n)),
            _ when unit.StartsWith("YEAR", StringComparison.Ordinal) => TimeExpressionResolver.FormatYear(a.Year - n),
            _ when unit.StartsWith("MONTH", StringComparison.Ordinal) && anchor.Knows(Model.DatePrecision.Month) =>
                TimeExpressionResolver.FormatMonth(a.AddMonths(-n).Year, a.AddMonths(-n).Month),
            _ when unit.StartsWith("WEEK", StringComparison.Ordinal) && anchor.Knows(Model.DatePrecision.Day) => TimeExpressionResolver.FormatWeek(a.AddDays(-7 * n)),
            _ when unit.StartsWith("DAY", StringComparison.Ordinal) && anchor.Knows(Model.DatePrecision.Day) => TimeExpressionResolver.FormatDay(a.AddDays(-n)),
            _ => null,
        };
    }

    [GeneratedRegex(@"(?:\b(?i:more\s+than|less\s+than|nearly|almost|about|around|some|just|only)\s+)?\b(?<count>\d+|(?i:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a\s+few|several|many))\s+(?<unit>(?i:years?|months?|weeks?|days?|decades?|century|centuries))\s+(?:ago|earlier(?!\s+(?i:this|that|in|than)\b))\b", RegexOptions.None)]
    private static partial Regex Ago();
}
