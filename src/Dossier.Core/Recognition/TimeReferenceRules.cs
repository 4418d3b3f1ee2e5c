using System.Text.RegularExpressions;

namespace Dossier.Core.Recognition;

/// <summary>
/// Words that point at the present, past or future without a calendar date ("now", "recently",
/// "in the future"): TimeML's <c>PRESENT_REF</c>, <c>PAST_REF</c> and <c>FUTURE_REF</c>. They are
/// not timeline material.
/// </summary>
internal static partial class TimeReferenceRules
{
    public static void Collect(string sentence, List<TimeCandidate> found)
    {
        foreach (Match m in Reference().Matches(sentence))
        {
            var value = m.Groups["present"].Success ? "PRESENT_REF" : m.Groups["past"].Success ? "PAST_REF" : "FUTURE_REF";
            found.Add(new(m.Index, m.Index + m.Length, value, false, "reference", null));
        }
    }

    [GeneratedRegex(@"\b(?:(?<present>(?i:right\s+now|now|currently|nowadays|these\s+days|at\s+present))|(?<past>(?i:recently|previously|in\s+the\s+past|the\s+past(?!\s+(?:\d|few|several|two|three|four|five|six|seven|eight|nine|ten|year|month|week|day|decade))))|(?<future>(?i:the\s+future|in\s+future|(?<!\bas\s)soon)))\b(?!-)")]
    private static partial Regex Reference();
}
