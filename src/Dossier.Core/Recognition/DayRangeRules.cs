using System.Buffers;
using System.Globalization;
using System.Text.RegularExpressions;
using Dossier.Core.Model;
using static Dossier.Core.Recognition.TimeExpressionResolver;

namespace Dossier.Core.Recognition;

/// <summary>
/// Day ranges whose first or last day is only a number ("from 4 to 22 January 1995", "November
/// 19-20", "between 4 and 22 this month"): the bare day takes its month and year from the other
/// end, so both ends reach the timeline as two dates, as TimeML annotates a range.
/// </summary>
internal static partial class DayRangeRules
{
    private static readonly SearchValues<string> MonthWord = TextCues.Of("month");

    public static void Collect(string sentence, TimeAnchor? anchor, List<TimeCandidate> found)
    {
        foreach (Match m in TextCues.Matches(DaysThenMonth(), sentence, TextCues.MonthNames))
        {
            var month = MonthNumber(m.Groups["month"].Value) ?? 0;
            var year = m.Groups["year"].Success ? Int(m, "year") : DirectedYearOf(anchor, month, Int(m, "d2"), sentence, m.Index);
            AddDay(found, m.Groups["d1"], year, month, Int(m, "d1"), m.Groups["year"].Success ? null : anchor);
        }

        foreach (Match m in TextCues.Matches(MonthThenDays(), sentence, TextCues.MonthNames))
        {
            var month = MonthNumber(m.Groups["month"].Value) ?? 0;
            var year = m.Groups["year"].Success ? Int(m, "year") : DirectedYearOf(anchor, month, Int(m, "d1"), sentence, m.Index);
            var relative = m.Groups["year"].Success ? null : anchor;
            var first = m.Groups["d1"];
            AddDay(found, m.Index, first.Index + first.Length, year, month, Int(m, "d1"), relative);
            AddDay(found, m.Groups["d2"].Index, m.Index + m.Length, year, month, Int(m, "d2"), relative);
        }

        if (anchor is null || !anchor.Knows(DatePrecision.Month))
        {
            return;
        }

        foreach (Match m in TextCues.Matches(DaysOfRelativeMonth(), sentence, MonthWord))
        {
            var shift = m.Groups["relation"].Value.ToUpperInvariant() switch
            {
                "NEXT" or "COMING" => 1,
                "LAST" or "PREVIOUS" or "PAST" => -1,
                _ => 0,
            };
            var month = new DateOnly(anchor.Date.Year, anchor.Date.Month, 1).AddMonths(shift);
            AddDay(found, m.Groups["d1"], month.Year, month.Month, Int(m, "d1"), anchor);
            AddDay(found, m.Groups["d2"].Index, m.Index + m.Length, month.Year, month.Month, Int(m, "d2"), anchor);
        }
    }

    private static int DirectedYearOf(TimeAnchor? anchor, int month, int day, string sentence, int position) =>
        anchor is null || !anchor.Knows(DatePrecision.Day)
            ? 0
            : DirectedDate(anchor.Date, month, day, LooksForward(sentence, position))?.Year ?? 0;

    private static void AddDay(List<TimeCandidate> found, Group day, int year, int month, int number, TimeAnchor? anchor) =>
        AddDay(found, day.Index, day.Index + day.Length, year, month, number, anchor);

    private static void AddDay(List<TimeCandidate> found, int start, int end, int year, int month, int number, TimeAnchor? anchor)
    {
        if (year > 0 && TryDate(year, month, number) is { } date)
        {
            found.Add(new(start, end, FormatDay(date), true, "day-range", anchor?.Label));
        }
    }

    private static int Int(Match m, string group) => int.Parse(m.Groups[group].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);

    private const string Ordinal = @"(?:st|nd|rd|th)?";

    private const string Month =
        @"(?<month>(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b\.?)";

    private const string Link = @"\s*(?:[-–]|(?i:to|till|until|through|and))\s*";

    /// <summary>"from 4 to 22 January, 1995", "between 3 and 12 of Sept", "from 4 to January 22", "from 02 to April 07".</summary>
    [GeneratedRegex(@"(?<![\d/.,:])\b(?<d1>[0-3]?\d)" + Ordinal + @"\b" + Link + @"(?:(?<d2>[0-3]?\d)" + Ordinal + @"\s+(?:of\s+)?" + Month + @"|" + Month + @"\s+(?<d2>[0-3]?\d)" + Ordinal + @"\b)(?:,?\s+(?<year>1\d{3}|20\d{2})\b)?")]
    private static partial Regex DaysThenMonth();

    /// <summary>"November 19-20", "November 19 to 20, 2016".</summary>
    [GeneratedRegex(@"\b" + Month + @"\s+(?<d1>[0-3]?\d)" + Ordinal + @"\s*(?:[-–]|(?i:to|through|until|till))\s*(?<d2>[0-3]?\d)" + Ordinal + @"\b(?![:.,]?\d)(?:,?\s+(?<year>1\d{3}|20\d{2})\b)?")]
    private static partial Regex MonthThenDays();

    /// <summary>"from 4 to 22 this month", "4-23 in next month", "4 till 23 of this month".</summary>
    [GeneratedRegex(@"(?<![\d/.,:])\b(?<d1>[0-3]?\d)" + Ordinal + @"\b" + Link + @"(?<d2>[0-3]?\d)" + Ordinal + @"\s+(?:(?i:of|in)\s+)?(?<relation>(?i:this|next|last|previous|coming))\s+(?i:month)\b")]
    private static partial Regex DaysOfRelativeMonth();
}
