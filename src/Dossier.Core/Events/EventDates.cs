using System.Globalization;
using Dossier.Core.CorpusAnalysis;
using Dossier.Core.Model;

namespace Dossier.Core.Events;

/// <summary>Event dates: the sentence's own date, else the publication date, as ISO calendar dates with the precision known.</summary>
internal static class EventDates
{
    /// <summary>
    /// The coder's date when it has a calendar part, else the publication date. A publication
    /// timestamp dates the report, not the event, so it is cut to its day.
    /// </summary>
    public static string? Of(CodedEvent coded, Document document)
    {
        if (coded.Date is { } stated && TimelineBuilder.CalendarDate(stated) is { } calendar)
        {
            return calendar;
        }

        return document.Metadata.Published is { } published
            ? (published.Precision >= DatePrecision.Day ? published with { Precision = DatePrecision.Day } : published).ToIso()
            : null;
    }

    /// <summary>
    /// Whether two event dates can be the same event: both undated, two days at most one day apart
    /// (reports in different time zones), or a vaguer date containing the other ("2019-04" and "2019-04-25").
    /// </summary>
    public static bool Compatible(string? a, string? b)
    {
        if (a is null || b is null)
        {
            return a is null && b is null;
        }

        if (Day(a) is { } dayA && Day(b) is { } dayB)
        {
            return Math.Abs(dayA.DayNumber - dayB.DayNumber) <= 1;
        }

        return a.StartsWith(b, StringComparison.Ordinal) || b.StartsWith(a, StringComparison.Ordinal);
    }

    /// <summary>The earlier of two compatible dates when both are days, else the more precise one.</summary>
    public static string? Preferred(string? current, string? candidate)
    {
        if (current is null || candidate is null)
        {
            return current ?? candidate;
        }

        if (Day(current) is { } dayCurrent && Day(candidate) is { } dayCandidate)
        {
            return dayCandidate < dayCurrent ? candidate : current;
        }

        return candidate.Length > current.Length ? candidate : current;
    }

    private static DateOnly? Day(string date) =>
        date.Length >= 10 && DateOnly.TryParseExact(date[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : null;
}
