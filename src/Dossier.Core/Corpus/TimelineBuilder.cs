using System.Globalization;
using System.Text.RegularExpressions;
using Dossier.Core.Model;
using Dossier.Core.Pipeline;

namespace Dossier.Core.CorpusAnalysis;

/// <summary>
/// One timeline item per (document, sentence, date) for every date-valued time mention, ordered
/// by date string (so "2019-04" comes before "2019-04-24"; an ISO week sorts as its Monday), then
/// document id, then sentence.
/// </summary>
public sealed partial class TimelineBuilder : ICorpusStep
{
    public string Name => "TimelineBuilder";

    public IReadOnlySet<Layer> Requires { get; } = Layers.Of(Layer.TimeMentions, Layer.Sentences);

    public IReadOnlySet<Layer> Produces { get; } = Layers.Of(Layer.Timeline);

    public void Process(Corpus corpus, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        var items = new List<TimelineItem>();
        foreach (var document in corpus.Documents)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var seen = new HashSet<(int, string)>();
            foreach (var time in document.Times)
            {
                if (!time.IsDate || time.Sentence < 0 || time.Sentence >= document.Sentences.Count
                    || CalendarDate(time.Value) is not { } date || !seen.Add((time.Sentence, date)))
                {
                    continue;
                }

                var text = Whitespace().Replace(document.TextOf(document.Sentences[time.Sentence].Span), " ").Trim();
                items.Add(new TimelineItem(date, document.Id, time.Sentence, text));
            }
        }

        corpus.Timeline = [.. items
            .OrderBy(i => SortKey(i.Date), StringComparer.Ordinal)
            .ThenBy(i => i.Date, StringComparer.Ordinal)
            .ThenBy(i => i.Doc, StringComparer.Ordinal)
            .ThenBy(i => i.Sentence)];
    }

    /// <summary>
    /// The ISO 8601 calendar part of a TimeML value, which the timeline's contract promises:
    /// "2019-04-24TNI" (that night) is the day, "2019-SU" (that summer) the year; a value with no
    /// calendar part ("201X", a decade) stays off the timeline. The time mention keeps the full value.
    /// </summary>
    internal static string? CalendarDate(string value)
    {
        var match = IsoCalendarPrefix().Match(value);
        return match.Success ? match.Value : null;
    }

    /// <summary>"2019-W18" would sort after every dated day of 2019; its Monday puts it in place.</summary>
    private static string SortKey(string date)
    {
        var week = IsoWeek().Match(date);
        if (!week.Success)
        {
            return date;
        }

        var year = int.Parse(week.Groups["year"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);
        var number = int.Parse(week.Groups["week"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);
        return year is >= 1 and <= 9998 && number is >= 1 and <= 53
            ? ISOWeek.ToDateTime(year, number, DayOfWeek.Monday).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : date;
    }

    [GeneratedRegex(@"\A(?<year>\d{4})-W(?<week>\d{2})\z")]
    private static partial Regex IsoWeek();

    [GeneratedRegex(@"\A\d{4}(?:-W\d{2}(?!\d)|-\d{2}(?:-\d{2}(?:T\d{2}:\d{2}(?::\d{2})?)?)?(?!\d))?")]
    private static partial Regex IsoCalendarPrefix();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
