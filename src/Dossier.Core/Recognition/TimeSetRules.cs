using System.Buffers;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Dossier.Core.Recognition;

/// <summary>Recurring times, TimeML sets: "daily" (<c>P1D</c>), "every two years" (<c>P2Y</c>), "weekly", "each July".</summary>
internal static partial class TimeSetRules
{
    private static readonly SearchValues<string> Adverbs = TextCues.Of("daily", "weekly", "monthly", "annually", "yearly");
    private static readonly SearchValues<string> Quantifiers = TextCues.Of("every", "each");

    public static void Collect(string sentence, List<TimeCandidate> found)
    {
        foreach (Match m in TextCues.Matches(Adverb(), sentence, Adverbs))
        {
            var value = m.Value switch
            {
                "daily" => "P1D",
                "weekly" => "P1W",
                "monthly" => "P1M",
                _ => "P1Y",
            };
            found.Add(new(m.Index, m.Index + m.Length, value, false, "set", null));
        }

        foreach (Match m in TextCues.Matches(Every(), sentence, Quantifiers))
        {
            if (!m.Groups["unit"].Success)
            {
                var named = m.Groups["month"].Success
                    ? string.Create(CultureInfo.InvariantCulture, $"XXXX-{TimeExpressionResolver.MonthNumber(m.Groups["month"].Value):D2}")
                    : string.Create(CultureInfo.InvariantCulture, $"XXXX-WXX-{((int)TimeExpressionResolver.WeekdayOf(m.Groups["weekday"].Value) + 6) % 7 + 1}");
                found.Add(new(m.Index, m.Index + m.Length, named, false, "set", null));
                continue;
            }

            var count = m.Groups["count"].Success ? NumberWords.Parse(m.Groups["count"].Value) : 1;
            if (count is not { } n || n < 1 || n != Math.Floor(n))
            {
                continue;
            }

            var unit = char.ToUpperInvariant(m.Groups["unit"].Value[0]);
            var value = unit == 'H' ? string.Create(CultureInfo.InvariantCulture, $"PT{n}H") : string.Create(CultureInfo.InvariantCulture, $"P{n}{unit}");
            found.Add(new(m.Index, m.Index + m.Length, value, false, "set", null));
        }
    }


    // Lower case only: "Daily" is usually part of a newspaper's name.
    [GeneratedRegex(@"\b(?:daily|weekly|monthly|annually|yearly)\b(?!-)")]
    private static partial Regex Adverb();

    /// <summary>"every two years", "each day"; "each July" (<c>XXXX-07</c>), "every Monday" (<c>XXXX-WXX-1</c>).</summary>
    [GeneratedRegex(@"\b(?i:every|each)\s+(?:(?:(?<count>two|three|four|five|six|ten|\d{1,2})\s+)?(?<unit>(?i:day|week|month|year|hour))s?|(?<month>January|February|March|April|May|June|July|August|September|October|November|December)|(?<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b")]
    private static partial Regex Every();
}
