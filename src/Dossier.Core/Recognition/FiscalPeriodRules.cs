using System.Buffers;
using System.Globalization;
using System.Text.RegularExpressions;
using Dossier.Core.Model;
using static Dossier.Core.Recognition.TimeExpressionResolver;

namespace Dossier.Core.Recognition;

/// <summary>
/// The reporting periods of business news: quarters ("the third quarter", "third-quarter",
/// "fiscal first quarter of 1990" → <c>1989-Q3</c>), the period being reported ("the quarter",
/// "the latest period"), the same period a year back ("the year-ago quarter", "year-earlier") and
/// whole years ("the full year", "the current fiscal year", "fiscal 1989", "by year end").
/// Candidates whose rule starts with <see cref="Anaphor"/> or <see cref="YearBack"/> refer to the
/// quarter the text last named and are re-resolved against it by <see cref="ReportingPeriod"/>.
/// </summary>
internal static partial class FiscalPeriodRules
{
    private static readonly SearchValues<string> Fiscal = TextCues.Of("fiscal");
    private static readonly SearchValues<string> Quarter = TextCues.Of("quarter");
    private static readonly SearchValues<string> Periods = TextCues.Of("quarter", "period");
    private static readonly SearchValues<string> YearBackWords = TextCues.Of("year-ago", "year-earlier", "prior-year", "quarter", "period");
    private static readonly SearchValues<string> Year = TextCues.Of("year");
    private static readonly SearchValues<string> Codes = TextCues.Of("Q1", "Q2", "Q3", "Q4", "H1", "H2", "H3", "H4");

    public const string Named = "quarter";
    public const string Anaphor = "quarter-anaphor";
    public const string Ahead = "quarter-ahead";
    public const string Ended = "quarter-ended";
    public const string YearBack = "year-back";
    public const string YearBackPeriod = "year-back-period";
    public const string YearQuarter = "year-quarter";
    public const string YearPeriod = "year-period";

    public static void Collect(string sentence, TimeAnchor? anchor, List<TimeCandidate> found)
    {
        foreach (Match m in TextCues.Matches(FiscalYear(), sentence, Fiscal))
        {
            found.Add(new(m.Index, m.Index + m.Length, m.Groups["year"].Value, true, "fiscal-year", null));
        }

        foreach (Match m in TextCues.Matches(OrdinalQuarter(), sentence, Quarter))
        {
            var quarter = QuarterNumber(m.Groups["ordinal"].Value);
            var shift = m.Groups["back"].Success ? -1 : m.Groups["ahead"].Success ? 1 : 0;
            if (m.Groups["year"].Success)
            {
                var stated = Int(m, "year") + shift;
                var outlook = anchor is not null && anchor.Knows(DatePrecision.Month) && IsRunning(stated, quarter, anchor.Date) && LooksForward(sentence, m.Index);
                found.Add(new(m.Index, m.Index + m.Length, Format(stated, quarter), true, outlook ? Ahead : Named, null));
                continue;
            }

            if (anchor is null || !anchor.Knows(DatePrecision.Month))
            {
                continue;
            }

            if (m.Groups["relation"].Success)
            {
                var related = anchor.Date.Year + m.Groups["relation"].Value.ToUpperInvariant() switch { "NEXT" => 1, "LAST" => -1, _ => 0 };
                found.Add(new(m.Index, m.Index + m.Length, Format(related, quarter), true, Named, anchor.Label));
                continue;
            }

            var year = anchor.Date.Year + shift;
            var forward = LooksForward(sentence, m.Index);
            if (shift == 0 && quarter > QuarterOf(anchor.Date) && !forward)
            {
                year--;
            }

            found.Add(new(m.Index, m.Index + m.Length, Format(year, quarter), true, IsRunning(year, quarter, anchor.Date) && forward ? Ahead : Named, anchor.Label));
        }

        foreach (Match m in TextCues.Matches(YearOfPeriod(), sentence, Periods))
        {
            var quarter = m.Groups["unit"].Value.Equals("quarter", StringComparison.OrdinalIgnoreCase);
            found.Add(new(m.Index, m.Index + m.Length, m.Groups["year"].Value, true, quarter ? YearQuarter : YearPeriod, null));
        }

        CollectCodes(sentence, anchor, found);
        if (anchor is null || !anchor.Knows(DatePrecision.Month))
        {
            return;
        }

        var a = anchor.Date;
        var latest = a.AddMonths(-3);
        var ended = found.Count;
        CollectQuarterEnded(sentence, anchor, found);
        foreach (Match m in TextCues.Matches(ReportedPeriod(), sentence, Periods))
        {
            if (found.Skip(ended).Any(c => c.Start == m.Index))
            {
                continue;
            }

            var current = m.Groups["current"].Success;
            var value = current ? Format(a.Year, QuarterOf(a)) : Format(latest.Year, QuarterOf(latest));
            found.Add(new(m.Index, m.Index + m.Length, value, true, current ? "quarter-current" : Anaphor, anchor.Label));
        }

        foreach (Match m in TextCues.Matches(YearAgoPeriod(), sentence, YearBackWords))
        {
            var value = m.Groups["period"].Success ? Format(latest.Year - 1, QuarterOf(latest)) : FormatYear(a.Year - 1);
            found.Add(new(m.Index, m.Index + m.Length, value, true, m.Groups["period"].Success ? YearBackPeriod : YearBack, anchor.Label));
        }

        foreach (Match m in TextCues.Matches(WholeYear(), sentence, Year))
        {
            if (m.Groups["ended"].Success)
            {
                // TimeBank annotates "the year ended March 31" as the year's length, not as a year.
                found.Add(new(m.Index, m.Index + m.Length, "P1Y", false, "year-ended", null));
                continue;
            }

            found.Add(new(m.Index, m.Index + m.Length, FormatYear(a.Year), true, "whole-year", anchor.Label));
        }
    }

    /// <summary>
    /// "the quarter ended Sept. 30" is the calendar quarter holding most of the three months up to
    /// that day (ended July 31 → Q2); the day is in the past unless the text says "ending". The
    /// span is "the quarter", as TimeBank annotates the day on its own. A fiscal quarter already
    /// named ("the fiscal first quarter … the quarter ended Sept. 29") keeps its name.
    /// </summary>
    private static void CollectQuarterEnded(string sentence, TimeAnchor anchor, List<TimeCandidate> found)
    {
        foreach (Match m in TextCues.Matches(QuarterEnded(), sentence, Quarter))
        {
            if (MonthNumber(m.Groups["month"].Value) is not { } month
                || TryDate(anchor.Date.Year, month, int.Parse(m.Groups["day"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture)) is not { } end)
            {
                continue;
            }

            if (end.DayNumber > anchor.Date.DayNumber + 7 && m.Groups["ending"].Length == 0)
            {
                end = end.AddYears(-1);
            }

            var middle = end.AddDays(-45);
            found.Add(new(m.Index, m.Index + m.Length, Format(middle.Year, QuarterOf(middle)), true, Ended, anchor.Label));
        }
    }

    /// <summary>"Q3 2016", "2016 Q3", "Q1 this year", "H2 2016", and a bare "Q3" in the anchor's year (last year's when still ahead in a past-tense sentence).</summary>
    private static void CollectCodes(string sentence, TimeAnchor? anchor, List<TimeCandidate> found)
    {
        foreach (Match m in TextCues.Matches(QuarterCode(), sentence, Codes))
        {
            var half = m.Groups["kind"].Value == "H";
            var n = m.Groups["n"].ValueSpan[0] - '0';
            if (half && n > 2)
            {
                continue;
            }

            int year;
            if (m.Groups["year"].Success)
            {
                year = Int(m, "year");
            }
            else if (anchor is not null && anchor.Knows(DatePrecision.Month))
            {
                var relation = m.Groups["relation"].Value.ToUpperInvariant();
                var current = half ? (anchor.Date.Month + 5) / 6 : QuarterOf(anchor.Date);
                year = anchor.Date.Year + relation switch
                {
                    "NEXT" => 1,
                    "LAST" => -1,
                    "THIS" => 0,
                    _ => n > current && !LooksForward(sentence, m.Index) ? -1 : 0,
                };
            }
            else
            {
                continue;
            }

            var value = half ? string.Create(CultureInfo.InvariantCulture, $"{year:D4}-H{n}") : Format(year, n);
            found.Add(new(m.Index, m.Index + m.Length, value, true, half ? "half-year" : Named, m.Groups["year"].Success ? null : anchor?.Label));
        }
    }

    /// <summary>Whether the quarter has not ended by <paramref name="anchor"/>: the current quarter or a later one.</summary>
    private static bool IsRunning(int year, int quarter, DateOnly anchor) =>
        year > anchor.Year || (year == anchor.Year && quarter >= QuarterOf(anchor));

    public static string Format(int year, int quarter) => string.Create(CultureInfo.InvariantCulture, $"{year:D4}-Q{quarter}");

    public static int QuarterOf(DateOnly date) => ((date.Month - 1) / 3) + 1;

    private static int QuarterNumber(string ordinal) => char.ToUpperInvariant(ordinal[0]) switch
    {
        'F' when ordinal.Length > 1 && char.ToUpperInvariant(ordinal[1]) == 'I' => 1,
        '1' => 1,
        'S' or '2' => 2,
        'T' or '3' => 3,
        _ => 4,
    };

    private static int Int(Match m, string group) => int.Parse(m.Groups[group].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"\b(?:(?<year>19\d{2}|20\d{2})\s*)?(?<kind>[QH])(?<n>[1-4])\b(?!-)(?:\s+(?<year>19\d{2}|20\d{2})\b|\s+(?<relation>(?i:this|next|last))\s+(?i:year)\b)?")]
    private static partial Regex QuarterCode();

    [GeneratedRegex(@"\b(?i:fiscal)\s+(?<year>1[5-9]\d{2}|20\d{2})\b(?![-–/.,]\d)")]
    private static partial Regex FiscalYear();

    [GeneratedRegex(@"\b(?i:the)\s+(?<year>1[5-9]\d{2}|20\d{2})\s+(?<unit>(?i:quarter|period))\b(?!-)")]
    private static partial Regex YearOfPeriod();

    [GeneratedRegex(@"\b(?i:the|its|their)\s+(?:(?i:fiscal)\s+)?(?i:quarter)(?=\s+(?:(?i:ended)|(?<ending>(?i:ending)))\s+(?<month>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?)\s+(?<day>\d{1,2})\b)")]
    private static partial Regex QuarterEnded();

    [GeneratedRegex(@"\b(?:(?i:the|this|its|their|(?<back>last\s+year['’]s|(?:the\s+)?(?:year-ago|year-earlier|prior-year))|(?<ahead>next\s+year['’]s)|this\s+year['’]s)\s+)?(?:(?<year>1[5-9]\d{2}|20\d{2})\s+)?(?:(?i:fiscal)[-\s]+)?(?<ordinal>(?i:first|second|third|fourth)|1st|2nd|3rd|4th)[-\s](?i:quarter)s?\b(?:,?\s+(?:of\s+)?(?<year>1[5-9]\d{2}|20\d{2})\b|\s+(?:(?i:of)\s+)?(?<relation>(?i:this|next|last))\s+(?i:year)\b)?")]
    private static partial Regex OrdinalQuarter();

    [GeneratedRegex(@"\b(?:(?i:the|this)\s+(?:(?i:latest|past|last|previous|recent|most\s+recent|just-ended|(?<current>current)|same)\s+)?(?i:quarter)|(?i:the)\s+(?i:latest|most\s+recent|same)\s+(?i:period))\b(?!-)")]
    private static partial Regex ReportedPeriod();

    [GeneratedRegex(@"\b(?:(?i:the)\s+)?(?i:year-ago|year-earlier|prior-year)(?<period>\s+(?i:quarter|period))?\b(?!-)|\b(?i:the)\s+(?:(?i:same|corresponding|comparable)\s+)?(?<period>(?i:period|quarter))\s+(?i:last\s+year|a\s+year\s+(?:ago|earlier))\b|\b(?i:last\s+year['’]s)\s+(?<period>(?i:period|quarter))\b(?!-)")]
    private static partial Regex YearAgoPeriod();

    [GeneratedRegex(@"\b(?i:the)\s+(?:(?i:full|current|fiscal|current\s+fiscal|full\s+fiscal)\s+)?(?i:year)\b(?![-’']|\s+(?:\d|(?i:two\s+thousand|ago|earlier|before|later|after)\b))(?<ended>(?<=\b(?i:the|fiscal)\s+(?i:year))(?=\s+(?i:ended|ending)\b))?|\b(?:(?i:the\s+end\s+of\s+the\s+year)|(?i:year['’]s\s+end)|(?i:year[-\s]end))\b(?!-)")]
    private static partial Regex WholeYear();
}
