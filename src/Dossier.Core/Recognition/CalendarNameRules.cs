using System.Buffers;
using System.Text.RegularExpressions;
using Dossier.Core.Model;
using static Dossier.Core.Recognition.TimeExpressionResolver;

namespace Dossier.Core.Recognition;

/// <summary>
/// Seasons ("last fall" → <c>1998-FA</c>, "summer 2018", "into the summer") and fixed or computed holidays
/// ("Christmas", "Thanksgiving", "Election Day"), resolved to the occurrence the tense points at.
/// </summary>
internal static partial class CalendarNameRules
{
    private static readonly SearchValues<string> Seasons = TextCues.Of("spring", "summer", "fall", "autumn", "winter");
    private static readonly SearchValues<string> HolidayWords = TextCues.Of("Christmas", "Year", "Independence", "Valentine", "Halloween", "Labor", "Memorial", "Election", "Thanksgiving");

    public static void Collect(string sentence, TimeAnchor? anchor, List<TimeCandidate> found)
    {
        foreach (Match m in TextCues.Matches(Season(), sentence, Seasons))
        {
            var (code, startMonth) = m.Groups["season"].Value.ToUpperInvariant() switch
            {
                "SPRING" => ("SP", 3),
                "SUMMER" => ("SU", 6),
                "WINTER" => ("WI", 12),
                _ => ("FA", 9),
            };
            int year;
            if (m.Groups["year"].Success)
            {
                year = int.Parse(m.Groups["year"].ValueSpan, System.Globalization.CultureInfo.InvariantCulture);
            }
            else if (anchor is { } a && a.Knows(DatePrecision.Month))
            {
                var relation = m.Groups["bare"].Success ? (LooksForward(sentence, m.Index) ? "FORWARD" : "BACK") : m.Groups["relation"].Value.ToUpperInvariant();
                year = relation switch
                {
                    "LAST" or "PAST" => startMonth + 3 <= a.Date.Month ? a.Date.Year : a.Date.Year - 1,
                    "NEXT" or "COMING" => startMonth > a.Date.Month ? a.Date.Year : a.Date.Year + 1,
                    "BACK" => startMonth <= a.Date.Month ? a.Date.Year : a.Date.Year - 1,
                    "FORWARD" => startMonth >= a.Date.Month ? a.Date.Year : a.Date.Year + 1,
                    _ => a.Date.Year,
                };
            }
            else
            {
                continue;
            }

            found.Add(new(m.Index, m.Index + m.Length, FormatYear(year) + "-" + code, true, "season", m.Groups["year"].Success ? null : anchor?.Label));
        }

        foreach (Match m in TextCues.Matches(Holiday(), sentence, HolidayWords))
        {
            var name = m.Groups["name"].Value;
            int year;
            if (m.Groups["year"].Success)
            {
                year = int.Parse(m.Groups["year"].ValueSpan, System.Globalization.CultureInfo.InvariantCulture);
            }
            else if (anchor is { } a && a.Knows(DatePrecision.Day))
            {
                var relation = m.Groups["relation"].Value.ToUpperInvariant();
                var forward = relation is "NEXT" or "THIS" || (relation != "LAST" && LooksForward(sentence, m.Index));
                var thisYear = HolidayDate(name, a.Date.Year);
                year = forward ? (thisYear >= a.Date ? a.Date.Year : a.Date.Year + 1) : (thisYear <= a.Date ? a.Date.Year : a.Date.Year - 1);
            }
            else
            {
                continue;
            }

            found.Add(new(m.Index, m.Index + m.Length, FormatDay(HolidayDate(name, year)), true, "holiday", m.Groups["year"].Success ? null : anchor?.Label));
        }
    }

    private static DateOnly HolidayDate(string name, int year) => string.Join(' ', name.ToUpperInvariant().Replace('’', '\'').Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)) switch
    {
        "CHRISTMAS" or "CHRISTMAS DAY" => new DateOnly(year, 12, 25),
        "CHRISTMAS EVE" => new DateOnly(year, 12, 24),
        "NEW YEAR'S DAY" => new DateOnly(year, 1, 1),
        "NEW YEAR'S EVE" => new DateOnly(year, 12, 31),
        "INDEPENDENCE DAY" => new DateOnly(year, 7, 4),
        "VALENTINE'S DAY" => new DateOnly(year, 2, 14),
        "HALLOWEEN" => new DateOnly(year, 10, 31),
        "LABOR DAY" => NthWeekday(year, 9, DayOfWeek.Monday, 1),
        "MEMORIAL DAY" => NthWeekday(year, 6, DayOfWeek.Monday, 1).AddDays(-7),
        "ELECTION DAY" => NthWeekday(year, 11, DayOfWeek.Monday, 1).AddDays(1),
        _ => NthWeekday(year, 11, DayOfWeek.Thursday, 4),
    };

    private static DateOnly NthWeekday(int year, int month, DayOfWeek weekday, int n) =>
        NearestWeekday(new DateOnly(year, month, 1), weekday, forward: true).AddDays(7 * (n - 1));

    // The third form is "the summer" after a preposition ("well into the summer"): the last such season, or the next when the clause looks ahead.
    [GeneratedRegex(@"\b(?:(?<relation>(?i:last|this|next|past|coming|early|late))\s+)(?<season>(?i:spring|summer|fall|autumn|winter))\b(?:\s+(?:of\s+)?(?<year>1[5-9]\d{2}|20\d{2})\b)?|\b(?<season>(?i:spring|summer|autumn|winter))\s+(?:of\s+)?(?<year>1[5-9]\d{2}|20\d{2})\b|(?<=\b(?i:in|during|over|since|until|through|into|by|for)\s+)(?<bare>(?i:the))\s+(?<season>(?i:spring|summer|fall|autumn|winter))\b(?![-’']|\s+(?:(?i:of)\s+)?\d)")]
    private static partial Regex Season();

    [GeneratedRegex(@"\b(?:(?<relation>(?i:last|this|next))\s+)?(?<name>Christmas(?:\s+(?:Eve|Day))?|New\s+Year['’]s\s+(?:Day|Eve)|Independence\s+Day|Valentine['’]s\s+Day|Halloween|Labor\s+Day|Memorial\s+Day|Election\s+Day|Thanksgiving)(?:\s+Day)?(?:,?\s+(?<year>1[5-9]\d{2}|20\d{2})\b)?")]
    private static partial Regex Holiday();
}
