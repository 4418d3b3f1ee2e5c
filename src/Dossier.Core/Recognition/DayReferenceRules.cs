using System.Globalization;
using System.Text.RegularExpressions;
using Dossier.Core.Model;
using static Dossier.Core.Recognition.TimeExpressionResolver;

namespace Dossier.Core.Recognition;

/// <summary>
/// Days named through a week or month near the anchor: "Tuesday next week", "next week on
/// Friday", "Thursday the 21st", "the 27th.", "on the 27.", "the 20th of next month", "the first Friday of
/// next month", "the second Monday of July", "third Tuesday" (of the anchor's month).
/// </summary>
internal static partial class DayReferenceRules
{
    public static void Collect(string sentence, TimeAnchor anchor, List<TimeCandidate> found)
    {
        var a = anchor.Date;
        foreach (Match m in WeekdayOfRelativeWeek().Matches(sentence))
        {
            var monday = a.AddDays(-(((int)a.DayOfWeek + 6) % 7)).AddDays(7 * Relation(m.Groups["relation"].Value));
            var offset = ((int)WeekdayOf(m.Groups["weekday"].Value) + 6) % 7;
            Add(found, m, monday.AddDays(offset), "weekday-of-week", anchor);
        }

        foreach (Match m in WeekdayTheDay().Matches(sentence))
        {
            if (DayNear(a, Int(m, "day"), WeekdayOf(m.Groups["weekday"].Value)) is { } date)
            {
                Add(found, m, date, "weekday-the-day", anchor);
            }
        }

        foreach (Match m in TheDay().Matches(sentence))
        {
            if (DayNear(a, Int(m, "day"), null) is { } date)
            {
                var day = m.Groups["the"];
                found.Add(new(day.Index, m.Index + m.Length, FormatDay(date), true, "the-day", anchor.Label));
            }
        }

        foreach (Match m in DayOfRelativeMonth().Matches(sentence))
        {
            var month = new DateOnly(a.Year, a.Month, 1).AddMonths(Relation(m.Groups["relation"].Value));
            if (TryDate(month.Year, month.Month, Int(m, "day")) is { } date)
            {
                Add(found, m, date, "day-of-month", anchor);
            }
        }

        foreach (Match m in OrdinalWeekday().Matches(sentence))
        {
            if (!m.Groups["month"].Success && !m.Groups["relation"].Success && m.Groups["ordinal"].Value.Equals("last", StringComparison.OrdinalIgnoreCase))
            {
                continue; // "last Sunday" is the latest Sunday, not the month's last
            }

            var month = m.Groups["month"].Success
                ? new DateOnly(DirectedYear(a, MonthNumber(m.Groups["month"].Value) ?? 1, LooksForward(sentence, m.Index)), MonthNumber(m.Groups["month"].Value) ?? 1, 1)
                : new DateOnly(a.Year, a.Month, 1).AddMonths(m.Groups["relation"].Success ? Relation(m.Groups["relation"].Value) : 0);
            if (NthWeekday(month, WeekdayOf(m.Groups["weekday"].Value), m.Groups["ordinal"].Value) is { } date)
            {
                Add(found, m, date, "ordinal-weekday", anchor);
            }
        }
    }

    /// <summary>The day of the month nearest the anchor (within a month either side), preferring one that falls on <paramref name="weekday"/>.</summary>
    private static DateOnly? DayNear(DateOnly anchor, int day, DayOfWeek? weekday)
    {
        var start = new DateOnly(anchor.Year, anchor.Month, 1);
        return new[] { 0, -1, 1 }
            .Select(shift => start.AddMonths(shift))
            .Select(month => TryDate(month.Year, month.Month, day))
            .OfType<DateOnly>()
            .OrderBy(date => weekday is { } w && date.DayOfWeek != w ? 1 : 0)
            .ThenBy(date => Math.Abs(date.DayNumber - anchor.DayNumber))
            .Select(date => (DateOnly?)date)
            .FirstOrDefault();
    }

    private static DateOnly? NthWeekday(DateOnly month, DayOfWeek weekday, string ordinal)
    {
        var first = month.AddDays(((int)weekday - (int)month.DayOfWeek + 7) % 7);
        if (ordinal.Equals("last", StringComparison.OrdinalIgnoreCase))
        {
            var last = first;
            while (last.AddDays(7).Month == month.Month)
            {
                last = last.AddDays(7);
            }

            return last;
        }

        var n = ordinal.ToUpperInvariant() switch
        {
            "FIRST" => 0,
            "SECOND" => 1,
            "THIRD" => 2,
            "FOURTH" => 3,
            _ => 4,
        };
        var date = first.AddDays(7 * n);
        return date.Month == month.Month ? date : null;
    }

    private static void Add(List<TimeCandidate> found, Match m, DateOnly date, string rule, TimeAnchor anchor) =>
        found.Add(new(m.Index, m.Index + m.Length, FormatDay(date), true, rule, anchor.Label));

    private static int Int(Match m, string group) => int.Parse(m.Groups[group].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);

    private const string Weekday = @"(?<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b";

    private const string RelativeWeek = @"(?<relation>(?i:this|next|last|coming|following|previous))\s+(?i:week)\b";

    [GeneratedRegex(@"\b(?:" + Weekday + @"\s+(?:(?i:of)\s+)?(?:(?i:the)\s+)?" + RelativeWeek + @"|" + RelativeWeek + @"\s+(?:(?i:on)\s+)?" + Weekday + ")")]
    private static partial Regex WeekdayOfRelativeWeek();

    [GeneratedRegex(@"\b" + Weekday + @",?\s+(?i:the)\s+(?<day>[12]?\d|3[01])(?:st|nd|rd|th)\b")]
    private static partial Regex WeekdayTheDay();

    /// <summary>
    /// "the 27th" closing a clause: a day of the month near the anchor; after a preposition of
    /// time the suffix may be left out ("back for the 27.").
    /// </summary>
    [GeneratedRegex(@"\b(?:(?<=\b(?i:on|for|by|until|till|since|from|before|after)\s+)(?<the>(?i:the))\s+(?<day>[12]?\d|3[01])(?:st|nd|rd|th)?|(?<the>(?i:the))\s+(?<day>[12]?\d|3[01])(?:st|nd|rd|th))\b(?=\s*(?:[.,;!?]|$))")]
    private static partial Regex TheDay();

    [GeneratedRegex(@"\b(?:(?i:the)\s+)?(?<day>[12]?\d|3[01])(?:st|nd|rd|th)\s+(?i:of)\s+(?<relation>(?i:this|next|last|previous|coming))\s+(?i:month)\b")]
    private static partial Regex DayOfRelativeMonth();

    [GeneratedRegex(@"\b(?:(?i:the)\s+)?(?<ordinal>(?i:first|second|third|fourth|last))\s+" + Weekday + @"(?:\s+(?i:of|in)\s+(?:(?<month>January|February|March|April|May|June|July|August|September|October|November|December)\b|(?<relation>(?i:this|next|last|previous|coming))\s+(?i:month)\b))?")]
    private static partial Regex OrdinalWeekday();
}
