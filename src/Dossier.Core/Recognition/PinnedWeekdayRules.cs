using System.Globalization;
using System.Text.RegularExpressions;
using static Dossier.Core.Recognition.TimeExpressionResolver;

namespace Dossier.Core.Recognition;

/// <summary>
/// "Thursday 25/04" or "Thursday, April 25" without a year, when only a year is known to anchor
/// it: the weekday pins the year, taken as the first year from the anchor's on (the latest year
/// an undated article states is a lower bound for when it was written) where that day falls on
/// that weekday.
/// </summary>
internal static partial class PinnedWeekdayRules
{
    private const int SearchYears = 7;

    public static void Collect(string sentence, TimeAnchor anchor, List<TimeCandidate> found)
    {
        foreach (Match m in WeekdayDate().Matches(sentence))
        {
            var weekday = WeekdayOf(m.Groups["weekday"].Value);
            var month = m.Groups["mon"].Success
                ? int.Parse(m.Groups["mon"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture)
                : MonthNumber(m.Groups["month"].Value) ?? 0;
            var day = int.Parse(m.Groups["day"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);
            for (var year = anchor.Date.Year; year < anchor.Date.Year + SearchYears; year++)
            {
                if (TryDate(year, month, day) is { } date && date.DayOfWeek == weekday)
                {
                    found.Add(new(m.Index, m.Index + m.Length, FormatDay(date), true, "weekday-pinned-date", anchor.Label));
                    break;
                }
            }
        }
    }

    [GeneratedRegex(@"\b(?<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+(?:(?<day>\d{1,2})/(?<mon>\d{1,2})(?![\d/])|(?<month>(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b\.?)\s+(?<day>\d{1,2})(?:st|nd|rd|th)?\b(?!,?\s*\d))")]
    private static partial Regex WeekdayDate();
}
