using System.Text.RegularExpressions;

namespace Dossier.Core.Recognition;

/// <summary>
/// Joins a day to what narrows it: a part of the day after it ("Friday night" →
/// <c>…TNI</c>) and a clock time before or after it ("9 a.m. Tuesday", "Tuesday at 9 a.m.").
/// </summary>
internal static partial class DayParts
{
    public static void Join(string sentence, List<TimeCandidate> kept)
    {
        for (var i = 0; i < kept.Count; i++)
        {
            var day = kept[i];
            if (!IsDay(day))
            {
                continue;
            }

            var part = PartAfter().Match(sentence, day.End);
            if (part.Success && (i + 1 == kept.Count || kept[i + 1].Start >= part.Index + part.Length))
            {
                kept[i] = day with { End = part.Index + part.Length, Value = day.Value + ClockTimeRules.PartSuffix(part.Groups["part"].Value), Rule = day.Rule + "+part" };
            }
        }

        for (var i = kept.Count - 2; i >= 0; i--)
        {
            var (first, second) = (kept[i], kept[i + 1]);
            var gap = sentence.AsSpan(first.End, second.Start - first.End);
            if (first.Rule == "clock" && IsDay(second) && ClockDayGap().IsMatch(gap))
            {
                kept[i] = second with { Start = first.Start, Value = second.Value + first.Value[10..], Rule = "clock+" + second.Rule };
                kept.RemoveAt(i + 1);
            }
            else if (IsDay(first) && second.Rule == "clock" && DayClockGap().IsMatch(gap))
            {
                kept[i] = first with { End = second.End, Value = first.Value + second.Value[10..], Rule = first.Rule + "+clock" };
                kept.RemoveAt(i + 1);
            }
        }
    }

    private static bool IsDay(TimeCandidate candidate) => candidate.IsDate && candidate.Value.Length == 10 && candidate.Rule != "clock";

    [GeneratedRegex(@"\G\s+(?<part>(?i:morning|afternoon|evening|night))\b")]
    private static partial Regex PartAfter();

    /// <summary>Nothing, a comma, "on", or a bracketed other zone's time ("10:35 a.m. (0735 GMT) Friday").</summary>
    [GeneratedRegex(@"\A(?:\s*,?\s*|\s+(?i:on)\s+|\s*\([^()]{1,24}\)\s*,?\s*)\z")]
    private static partial Regex ClockDayGap();

    [GeneratedRegex(@"\A(?:\s*,?\s*|\s+(?i:at)\s+)\z")]
    private static partial Regex DayClockGap();
}
