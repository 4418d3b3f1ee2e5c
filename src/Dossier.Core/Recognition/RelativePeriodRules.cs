using System.Buffers;
using System.Text.RegularExpressions;
using Dossier.Core.Model;
using static Dossier.Core.Recognition.TimeExpressionResolver;

namespace Dossier.Core.Recognition;

/// <summary>
/// Periods counted from the anchor's own: "the week after next", "the year after next",
/// "earlier in the week", "later in the year", "the current week", "the end of this week", and centuries ("the 15th
/// century" → <c>14</c>, which needs no anchor).
/// </summary>
internal static partial class RelativePeriodRules
{
    private static readonly SearchValues<string> CenturyWord = TextCues.Of("century");
    private static readonly SearchValues<string> WeekWord = TextCues.Of("week");

    public static void CollectCenturies(string sentence, List<TimeCandidate> found)
    {
        foreach (Match m in TextCues.Matches(Century(), sentence, CenturyWord))
        {
            var number = int.Parse(m.Groups["n"].ValueSpan, System.Globalization.CultureInfo.InvariantCulture);
            if (number is >= 1 and <= 21)
            {
                found.Add(new(m.Index, m.Index + m.Length, (number - 1).ToString("D2", System.Globalization.CultureInfo.InvariantCulture), true, "century", null));
            }
        }
    }

    public static void Collect(string sentence, TimeAnchor anchor, List<TimeCandidate> found)
    {
        foreach (Match m in TextCues.Matches(AfterNext(), sentence, TextCues.WeekMonthYear))
        {
            Add(found, m, m.Groups["unit"].Value, 2, anchor);
        }

        foreach (Match m in TextCues.Matches(PartOfRelativeUnit(), sentence, TextCues.WeekMonthYear))
        {
            var relation = m.Groups["relation"].Value.ToUpperInvariant();
            Add(found, m, m.Groups["unit"].Value, relation switch
            {
                "NEXT" or "COMING" => 1,
                "LAST" or "PAST" or "PREVIOUS" => -1,
                _ => 0,
            }, anchor);
        }

        foreach (Match m in TextCues.Matches(WithinCurrent(), sentence, TextCues.WeekMonthYear))
        {
            Add(found, m, m.Groups["unit"].Value, 0, anchor);
        }

        foreach (Match m in TextCues.Matches(NumberedWeek(), sentence, WeekWord))
        {
            if (m.Groups["month"].Success || m.Groups["monthRelation"].Success)
            {
                AddWeekOfMonth(sentence, found, m, anchor);
                continue;
            }

            var year = m.Groups["year"].Success
                ? int.Parse(m.Groups["year"].ValueSpan, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture)
                : anchor.Date.Year + m.Groups["relation"].Value.ToUpperInvariant() switch { "NEXT" => 1, "LAST" => -1, _ => 0 };
            var ordinal = m.Groups["ordinal"].Value.ToUpperInvariant();
            var week = ordinal == "LAST" ? System.Globalization.ISOWeek.GetWeeksInYear(year) : Array.IndexOf(Ordinals, ordinal) + 1;
            found.Add(new(m.Index, m.Index + m.Length, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{year:D4}-W{week:D2}"), true, "week-of-year",
                m.Groups["year"].Success ? null : anchor.Label));
        }
    }

    private static readonly string[] Ordinals = ["FIRST", "SECOND", "THIRD", "FOURTH", "FIFTH"];

    /// <summary>
    /// "the first week of March", "the third week of this month": the ISO week holding the month's first
    /// (second …, last) Thursday, so that a week counts for the month holding most of its days, as ISO 8601
    /// counts the weeks of a year.
    /// </summary>
    private static void AddWeekOfMonth(string sentence, List<TimeCandidate> found, Match m, TimeAnchor anchor)
    {
        if (!anchor.Knows(DatePrecision.Month))
        {
            return;
        }

        var a = anchor.Date;
        DateOnly first;
        if (m.Groups["month"].Success)
        {
            var month = MonthNumber(m.Groups["month"].Value) ?? a.Month;
            var year = m.Groups["monthYear"].Success
                ? int.Parse(m.Groups["monthYear"].ValueSpan, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture)
                : DirectedYear(a, month, LooksForward(sentence, m.Index));
            first = new DateOnly(year, month, 1);
        }
        else
        {
            first = new DateOnly(a.Year, a.Month, 1).AddMonths(Relation(m.Groups["monthRelation"].Value));
        }

        var thursday = first.AddDays(((int)DayOfWeek.Thursday - (int)first.DayOfWeek + 7) % 7);
        var ordinal = m.Groups["ordinal"].Value.ToUpperInvariant();
        var lastThursday = thursday.AddDays(7 * ((first.AddMonths(1).DayNumber - 1 - thursday.DayNumber) / 7));
        var week = ordinal == "LAST" ? lastThursday : thursday.AddDays(7 * Array.IndexOf(Ordinals, ordinal));
        if (week <= lastThursday)
        {
            found.Add(new(m.Index, m.Index + m.Length, FormatWeek(week), true, "week-of-month", m.Groups["monthYear"].Success ? null : anchor.Label));
        }
    }

    /// <summary>
    /// "the third week of 2027", "first week of this year" → the ISO week of that number; "the first week of
    /// March (1998)", "the last week of next month" → a week of that month (<see cref="AddWeekOfMonth"/>).
    /// </summary>
    [GeneratedRegex(@"\b(?:(?i:the)\s+)?(?<ordinal>(?i:first|second|third|fourth|fifth|last))\s+(?i:week)\s+(?i:of)\s+(?:(?<year>1[5-9]\d{2}|20\d{2})\b(?![-–/.,]\d)|(?i:the\s+)?(?<relation>(?i:this|next|last))\s+(?i:year)\b|(?<month>(?:January|February|March|April|May|June|July|August|September|October|November|December)\b|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b\.?)(?:,?\s+(?<monthYear>1[5-9]\d{2}|20\d{2})\b)?|(?i:the\s+)?(?<monthRelation>(?i:this|next|last))\s+(?i:month)\b)|\b(?:(?i:the)\s+)?(?<ordinal>(?i:first|second|third|fourth|fifth|last))\s+(?i:week)\s+(?<relation>(?i:this|next|last))\s+(?i:year)\b")]
    private static partial Regex NumberedWeek();

    private static void Add(List<TimeCandidate> found, Match m, string unit, int shift, TimeAnchor anchor)
    {
        var a = anchor.Date;
        string? value = unit.ToUpperInvariant() switch
        {
            "YEAR" => FormatYear(a.Year + shift),
            "MONTH" when anchor.Knows(DatePrecision.Month) => FormatMonth(a.AddMonths(shift).Year, a.AddMonths(shift).Month),
            "WEEK" when anchor.Knows(DatePrecision.Day) => FormatWeek(a.AddDays(7 * shift)),
            "WEEKEND" when anchor.Knows(DatePrecision.Day) => FormatWeek(a.AddDays(7 * shift)) + "-WE",
            _ => null,
        };
        if (value is not null)
        {
            found.Add(new(m.Index, m.Index + m.Length, value, true, "relative-period", anchor.Label));
        }
    }

    [GeneratedRegex(@"\b(?i:the)\s+(?<unit>(?i:week|weekend|month|year))\s+(?i:after)\s+(?:(?i:the)\s+)?(?i:next)\b")]
    private static partial Regex AfterNext();

    /// <summary>"the end of this week", "beginning of next month", "mid next week": TimeML gives the unit's value (and a mod this does not keep).</summary>
    [GeneratedRegex(@"(?:\b(?:(?i:the)\s+)?(?i:beginning|start|end|middle)\s+(?i:of)\s+|\b(?i:mid)-?\s*)(?:(?i:the)\s+)?(?<relation>(?i:this|next|last|coming|past|previous))\s+(?<unit>(?i:week|month|year))\b(?!-)")]
    private static partial Regex PartOfRelativeUnit();

    [GeneratedRegex(@"\b(?:(?i:earlier|later)\s+in\s+the|(?i:the\s+)?(?i:current))\s+(?<unit>(?i:week|month|year))\b(?!-)")]
    private static partial Regex WithinCurrent();

    [GeneratedRegex(@"\b(?:(?i:the)\s+)?(?<n>[12]?\d)(?:st|nd|rd|th)\s+(?i:century)\b")]
    private static partial Regex Century();
}
