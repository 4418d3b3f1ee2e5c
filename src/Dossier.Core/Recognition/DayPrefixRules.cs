using System.Collections.Frozen;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Dossier.Core.Recognition;

/// <summary>
/// What may stand right before a full day and change it: "the week of March 6" is that day's
/// ISO week (<c>2000-W10</c>), and an abbreviated weekday joins the day it names ("Wed, 22 of Jan";
/// alone, "Sun" and "Sat" are too often other words to be read).
/// </summary>
internal static partial class DayPrefixRules
{
    public static void Join(string sentence, List<TimeCandidate> kept)
    {
        for (var i = 0; i < kept.Count; i++)
        {
            var day = kept[i];
            if (!day.IsDate || day.Value.Length != 10 || day.Start == 0 || !char.IsWhiteSpace(sentence[day.Start - 1]))
            {
                continue;
            }

            if (WeekOf().Match(sentence, 0, day.Start) is { Success: true } week && !Overlaps(kept, i, week.Index)
                && DateOnly.TryParseExact(day.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                kept[i] = day with { Start = week.Index, Value = TimeExpressionResolver.FormatWeek(date), Rule = "week-of+" + day.Rule };
            }
            else if (ShortWeekdayStart(sentence, day.Start) is { } start && !Overlaps(kept, i, start))
            {
                kept[i] = day with { Start = start, Rule = "weekday+" + day.Rule };
            }
        }
    }

    private static bool Overlaps(List<TimeCandidate> kept, int index, int start) => index > 0 && kept[index - 1].End > start;

    [GeneratedRegex(@"\b(?i:the\s+week\s+of)\s+\z", RegexOptions.RightToLeft)]
    private static partial Regex WeekOf();

    private static readonly FrozenSet<string> ShortWeekdays = new[] { "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Where an abbreviated weekday ("Wed", "Thurs.,") right before <paramref name="end"/> starts, or null.</summary>
    private static int? ShortWeekdayStart(string sentence, int end)
    {
        var text = sentence.AsSpan(0, end).TrimEnd();
        text = text.EndsWith(",") ? text[..^1] : text;
        text = text.EndsWith(".") ? text[..^1] : text;
        var start = text.Length;
        while (start > 0 && char.IsAsciiLetter(text[start - 1]))
        {
            start--;
        }

        return ShortWeekdays.Contains(text[start..].ToString()) ? start : null;
    }
}
