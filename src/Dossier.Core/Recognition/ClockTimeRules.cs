using System.Globalization;
using System.Text.RegularExpressions;

namespace Dossier.Core.Recognition;

/// <summary>
/// Clock times ("10:35 a.m.", "6 p.m. EDT", "4 in the morning", "midday"), dated by the anchor's day, and the parts
/// of a day ("this morning", "last night"). A clock time followed by a weekday is joined to it
/// by <see cref="TimeRecognizer"/>.
/// </summary>
internal static partial class ClockTimeRules
{
    public static void Collect(string sentence, TimeAnchor anchor, List<TimeCandidate> found)
    {
        var day = TimeExpressionResolver.FormatDay(anchor.Date);
        foreach (Match m in Clock().Matches(sentence))
        {
            var hour = int.Parse(m.Groups["hour"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);
            var minute = m.Groups["minute"].Success ? int.Parse(m.Groups["minute"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture) : 0;
            if (hour is < 1 or > 12 || minute > 59)
            {
                continue;
            }

            var afternoon = m.Groups["half"].Success
                ? char.ToUpperInvariant(m.Groups["half"].Value[0]) == 'P'
                : !m.Groups["part"].Value.Equals("morning", StringComparison.OrdinalIgnoreCase);
            hour = hour % 12 + (afternoon ? 12 : 0);
            found.Add(new(m.Index, m.Index + m.Length, string.Create(CultureInfo.InvariantCulture, $"{day}T{hour:D2}:{minute:D2}"), true, "clock", anchor.Label));
        }

        foreach (Match m in Noon().Matches(sentence))
        {
            var time = m.Value.StartsWith("mid", StringComparison.OrdinalIgnoreCase) && m.Value.EndsWith("night", StringComparison.OrdinalIgnoreCase) ? "T24:00" : "T12:00";
            found.Add(new(m.Index, m.Index + m.Length, day + time, true, "clock", anchor.Label));
        }

        foreach (Match m in RelativeDayPart().Matches(sentence))
        {
            var yesterday = m.Groups["relation"].Value.Equals("last", StringComparison.OrdinalIgnoreCase);
            var date = TimeExpressionResolver.FormatDay(yesterday ? anchor.Date.AddDays(-1) : anchor.Date);
            var part = m.Groups["part"].Success ? m.Groups["part"].Value : "night";
            found.Add(new(m.Index, m.Index + m.Length, date + PartSuffix(part), true, "day-part", anchor.Label));
        }
    }

    /// <summary>TimeML's suffix for a part of the day: <c>TMO</c>, <c>TAF</c>, <c>TEV</c>, <c>TNI</c>.</summary>
    public static string PartSuffix(string part) => part.ToUpperInvariant() switch
    {
        "MORNING" => "TMO",
        "AFTERNOON" => "TAF",
        "EVENING" => "TEV",
        _ => "TNI",
    };

    /// <summary>"10:35 a.m.", "6 pm EDT"; "4 in the morning", "8 in the evening".</summary>
    [GeneratedRegex(@"(?<![\d.,])\b(?<hour>\d{1,2})(?:(?::(?<minute>\d{2}))?\s*(?<half>[ap])\.?\s?m\b\.?(?:\s+(?:[ECMP][SD]T|GMT|UTC|local\s+time)\b)?|\s+in\s+the\s+(?<part>morning|afternoon|evening)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex Clock();

    [GeneratedRegex(@"\b(?:noon|midday|midnight)\b")]
    private static partial Regex Noon();

    [GeneratedRegex(@"\b(?:(?<relation>(?i:this|last))\s+(?<part>(?i:morning|afternoon|evening|night))|(?i:tonight))\b")]
    private static partial Regex RelativeDayPart();
}
