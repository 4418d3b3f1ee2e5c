using System.Buffers;
using System.Globalization;
using System.Text.RegularExpressions;
using static Dossier.Core.Recognition.TimeExpressionResolver;

namespace Dossier.Core.Recognition;

/// <summary>
/// Dates that point at the story's own time rather than the publication date: "the next day",
/// "the following week", "the day before", "that year", "the same day", "that weekend", and parts
/// of such a day ("the next morning", "that night" → <c>…TMO</c>, <c>…TNI</c>). They are collected
/// against the anchor and re-resolved by <see cref="NarrativeTime"/> against the date the text
/// last stated, when it stated one.
/// </summary>
internal static partial class NarrativeDateRules
{
    private static readonly SearchValues<string> Units = TextCues.Of("day", "morning", "afternoon", "evening", "night", "week", "month", "year");

    public const string Prefix = "narrative:";

    public static void Collect(string sentence, TimeAnchor anchor, List<TimeCandidate> found)
    {
        foreach (Match m in TextCues.Matches(Narrative(), sentence, Units))
        {
            var unit = m.Groups["unit"].Value.ToUpperInvariant();
            var shift = m.Groups["next"].Success ? 1 : m.Groups["back"].Success ? -1 : 0;
            if (Shift(anchor.Date, unit, shift, anchor.Precision) is { } value)
            {
                found.Add(new(m.Index, m.Index + m.Length, value, true, string.Create(CultureInfo.InvariantCulture, $"{Prefix}{unit}:{shift}"), anchor.Label));
            }
        }
    }

    /// <summary>The value <paramref name="shift"/> units from <paramref name="reference"/>, at the unit's precision, or null when the reference is too coarse.</summary>
    public static string? Shift(DateOnly reference, string unit, int shift, Model.DatePrecision precision) => unit switch
    {
        "DAY" when precision >= Model.DatePrecision.Day => FormatDay(reference.AddDays(shift)),
        "MORNING" or "AFTERNOON" or "EVENING" or "NIGHT" when precision >= Model.DatePrecision.Day => FormatDay(reference.AddDays(shift)) + ClockTimeRules.PartSuffix(unit),
        "WEEK" when precision >= Model.DatePrecision.Day => FormatWeek(reference.AddDays(7 * shift)),
        "WEEKEND" when precision >= Model.DatePrecision.Day => FormatWeek(reference.AddDays(7 * shift)) + "-WE",
        "MONTH" when precision >= Model.DatePrecision.Month => FormatMonth(reference.AddMonths(shift).Year, reference.AddMonths(shift).Month),
        "YEAR" => FormatYear(reference.Year + shift),
        _ => null,
    };

    [GeneratedRegex(@"\b(?:(?:(?i:the)\s+)?(?<next>(?i:next))\s+(?<unit>(?i:day|morning|afternoon|evening|night))|(?i:the)\s+(?<next>(?i:following))\s+(?<unit>(?i:day|morning|afternoon|evening|night|weekend|week|month|year))|(?i:the)\s+(?<unit>(?i:day))\s+(?:(?<back>(?i:before))|(?<next>(?i:after)))(?=\s*(?:[.,;:!?""”]|$))|(?i:the)\s+(?<back>(?i:previous|preceding))\s+(?<unit>(?i:day|morning|afternoon|evening|night))|(?:(?i:that)(?:\s+(?i:same))?|(?i:the)\s+(?i:same))\s+(?<unit>(?i:day|morning|afternoon|evening|night|weekend|week|month|year)))\b(?![-’']|\s+(?i:before|after|of|that|when|in|and|or)\b)")]
    private static partial Regex Narrative();
}
