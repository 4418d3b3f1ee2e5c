using System.Text;
using System.Text.RegularExpressions;

namespace Dossier.Core.Recognition;

/// <summary>
/// Joins durations written one unit after another ("1 year 1 month 21 days", "one week and three
/// days", "2 days 1 month") into one TimeML value (<c>P1Y1M21D</c>, <c>P1W3D</c>, <c>P1M2D</c>).
/// </summary>
internal static partial class CompoundDuration
{
    private const string DateOrder = "YMWD";
    private const string TimeOrder = "HMS";

    public static void Join(string sentence, List<TimeCandidate> kept)
    {
        for (var i = kept.Count - 2; i >= 0; i--)
        {
            var (first, second) = (kept[i], kept[i + 1]);
            if (IsSimpleDuration(first) && IsSimpleDuration(second) && second.Rule is "duration" or "duration+compound"
                && Gap().IsMatch(sentence.AsSpan(first.End, second.Start - first.End))
                && Combine(first.Value, second.Value) is { } value)
            {
                kept[i] = first with { End = second.End, Value = value, Rule = first.Rule + "+compound" };
                kept.RemoveAt(i + 1);
            }
        }
    }

    private static bool IsSimpleDuration(TimeCandidate candidate) =>
        !candidate.IsDate && candidate.Rule.StartsWith("duration", StringComparison.Ordinal) && candidate.Value.Length >= 3
        && candidate.Value[0] == 'P' && !candidate.Value.Contains('X', StringComparison.Ordinal);

    /// <summary>The sum of two durations as one value, or null when they share a unit.</summary>
    private static string? Combine(string first, string second)
    {
        var parts = new Dictionary<(bool Time, char Unit), string>();
        foreach (var value in new[] { first, second })
        {
            foreach (Match part in Part().Matches(value))
            {
                var key = (value.IndexOf('T', StringComparison.Ordinal) is var t && t >= 0 && part.Index > t, part.Groups["unit"].Value[0]);
                if (!parts.TryAdd(key, part.Groups["amount"].Value))
                {
                    return null;
                }
            }
        }

        var text = new StringBuilder("P");
        foreach (var unit in DateOrder.Where(u => parts.ContainsKey((false, u))))
        {
            text.Append(parts[(false, unit)]).Append(unit);
        }

        if (parts.Keys.Any(k => k.Time))
        {
            text.Append('T');
            foreach (var unit in TimeOrder.Where(u => parts.ContainsKey((true, u))))
            {
                text.Append(parts[(true, unit)]).Append(unit);
            }
        }

        return text.ToString();
    }

    [GeneratedRegex(@"(?<amount>\d+(?:\.\d+)?)(?<unit>[YMWDHS])")]
    private static partial Regex Part();

    [GeneratedRegex(@"\A\s*,?\s*(?:(?i:and)\s+)?\z")]
    private static partial Regex Gap();
}
