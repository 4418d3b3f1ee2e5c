using System.Buffers;
using System.Text.RegularExpressions;

namespace Dossier.Core.Recognition;

/// <summary>
/// Words that point at the present, past or future without a calendar date ("now", "current",
/// "recently", "in the future"): TimeML's <c>PRESENT_REF</c>, <c>PAST_REF</c> and
/// <c>FUTURE_REF</c>, and the vague spans "in recent years" (<c>PXY</c>). They are not timeline
/// material ("the then current price" is <c>PAST_REF</c>). "Previously" and "already" are left out: TimeML annotators rarely mark them.
/// </summary>
internal static partial class TimeReferenceRules
{
    private static readonly SearchValues<string> ReferenceWords = TextCues.Of("now", "current", "days", "present", "recent", "past", "future", "soon");
    private static readonly SearchValues<string> RecentWords = TextCues.Of("recent", "coming", "past");
    private static readonly SearchValues<string> PluralUnits = TextCues.Of("years", "months", "weeks", "days", "decades", "centuries");

    public static void Collect(string sentence, List<TimeCandidate> found)
    {
        foreach (Match m in TextCues.Matches(Reference(), sentence, ReferenceWords))
        {
            var value = m.Groups["present"].Success ? "PRESENT_REF" : m.Groups["past"].Success ? "PAST_REF" : "FUTURE_REF";
            found.Add(new(m.Index, m.Index + m.Length, value, false, "reference", null));
        }

        foreach (Match m in TextCues.Matches(RecentUnits(), sentence, RecentWords))
        {
            var unit = char.ToUpperInvariant(m.Groups["unit"].Value[0]);
            found.Add(new(m.Index, m.Index + m.Length, "PX" + unit, false, "recent-units", null));
        }

        foreach (Match m in TextCues.Matches(UncountedUnits(), sentence, PluralUnits))
        {
            var unit = m.Groups["unit"];
            var designator = unit.Value.ToUpperInvariant() switch
            {
                "CENTURIES" => "E",
                "DECADES" => "DE",
                var plural => plural[..1],
            };
            found.Add(new(unit.Index, unit.Index + unit.Length, "PX" + designator, false, "uncounted-units", null));
        }
    }

    private const string NotACount = @"(?!\s+(?:\d|(?i:few|several|two|three|four|five|six|seven|eight|nine|ten|year|month|week|day|decade|century|quarter)\b))";

    [GeneratedRegex(@"\b(?:(?<present>(?i:right\s+now|now|currently|nowadays|these\s+days|at\s+present|current(?=\s+[a-z])))|(?<past>(?i:then[-\s]current|(?:more\s+)?recently|the\s+past" + NotACount + @"|recent(?=\s+[a-z])(?!\s+(?:years|months|weeks|days|decades)\b)))|(?<future>(?i:the\s+(?:near\s+|distant\s+)?future|in\s+future|(?<!\bas\s)soon)))\b(?!-)")]
    private static partial Regex Reference();

    /// <summary>"for years", "within weeks", "over the years": the span is the unit alone, as TimeML marks it.</summary>
    [GeneratedRegex(@"\b(?i:for|within|over\s+the|in\s+the)\s+(?<unit>(?i:years|months|weeks|days|decades|centuries))\b(?!\s+(?i:ago|old|of\s+age)\b)")]
    private static partial Regex UncountedUnits();

    [GeneratedRegex(@"\b(?i:recent|coming|past)\s+(?<unit>(?i:years|months|weeks|days))\b")]
    private static partial Regex RecentUnits();
}
