using System.Globalization;
using System.Text.RegularExpressions;

namespace Dossier.Core.Tests.Recognition;

/// <summary>
/// The calendar interval a TimeML date value stands for, start inclusive and end exclusive, as
/// Recognizers-Text resolves date periods: <c>2016-W45</c> → 2016-11-07..2016-11-14,
/// <c>2016-Q3</c> → 2016-07-01..2016-10-01, <c>197X</c> → 1970..1980.
/// </summary>
internal static partial class TimexInterval
{
    public static (DateOnly Start, DateOnly End)? Of(string value)
    {
        if (Day().IsMatch(value) && DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return (day, day.AddDays(1));
        }

        if (Month().Match(value) is { Success: true } m)
        {
            var start = new DateOnly(Int(m, "year"), Int(m, "month"), 1);
            return Int(m, "month") is >= 1 and <= 12 ? (start, start.AddMonths(1)) : null;
        }

        if (Year().Match(value) is { Success: true } y)
        {
            var start = new DateOnly(Math.Max(1, Int(y, "year")), 1, 1);
            return (start, start.AddYears(1));
        }

        if (Week().Match(value) is { Success: true } w)
        {
            var monday = DateOnly.FromDateTime(ISOWeek.ToDateTime(Int(w, "year"), Int(w, "week"), DayOfWeek.Monday));
            return w.Groups["weekend"].Success ? (monday.AddDays(5), monday.AddDays(7)) : (monday, monday.AddDays(7));
        }

        if (Part().Match(value) is { Success: true } p)
        {
            var months = p.Groups["kind"].Value == "Q" ? 3 : 6;
            var start = new DateOnly(Int(p, "year"), 1, 1).AddMonths((Int(p, "n") - 1) * months);
            return (start, start.AddMonths(months));
        }

        if (Decade().Match(value) is { Success: true } c)
        {
            var start = new DateOnly(Int(c, "decade") * 10, 1, 1);
            return (start, start.AddYears(10));
        }

        if (Century().IsMatch(value))
        {
            var start = new DateOnly(Math.Max(1, int.Parse(value, CultureInfo.InvariantCulture) * 100), 1, 1);
            return (start, start.AddYears(100));
        }

        return null;
    }

    private static int Int(Match m, string group) => int.Parse(m.Groups[group].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}$")]
    private static partial Regex Day();

    [GeneratedRegex(@"^(?<year>\d{4})-(?<month>\d{2})$")]
    private static partial Regex Month();

    [GeneratedRegex(@"^(?<year>\d{4})$")]
    private static partial Regex Year();

    [GeneratedRegex(@"^(?<year>\d{4})-W(?<week>\d{2})(?<weekend>-WE)?$")]
    private static partial Regex Week();

    [GeneratedRegex(@"^(?<year>\d{4})-(?<kind>[QH])(?<n>[1-4])$")]
    private static partial Regex Part();

    [GeneratedRegex(@"^\d{2}$")]
    private static partial Regex Century();

    [GeneratedRegex(@"^(?<decade>\d{3})X$")]
    private static partial Regex Decade();
}
