using System.Globalization;
using Dossier.Core.Model;

namespace Dossier.Core.Recognition;

/// <summary>
/// The quarter a text is reporting on, for the expressions that point back at it: "the quarter"
/// and "the latest quarter" are the quarter being reported, and "a year ago" or "the year-ago
/// period" in or right after a sentence about that quarter is the quarter a year earlier
/// ("third-quarter profit rose 11% from a year ago" → <c>1988-Q3</c>). A quarter still running
/// in a sentence about the future ("will result in a fourth-quarter charge") is an outlook, and
/// one more than a year back ("a charge in the 1988 second quarter") a comparison: neither is the
/// quarter being reported, so neither is remembered. "A year earlier" in a sentence about a
/// longer period ("for the nine months, … a year earlier") stays a year.
/// </summary>
internal sealed class ReportingPeriod(TimeAnchor? anchor)
{
    private readonly string? _earliestRemembered = anchor is not null && anchor.Knows(DatePrecision.Month)
        ? FiscalPeriodRules.Format(anchor.Date.AddMonths(-12).Year, FiscalPeriodRules.QuarterOf(anchor.Date.AddMonths(-12)))
        : null;

    private string? _quarter;
    private int _sentence = int.MinValue;
    private int _longerPeriodSentence = int.MinValue;

    /// <summary>Remembers a reported quarter, or rewrites a candidate that refers to the one remembered.</summary>
    public TimeCandidate Resolve(TimeCandidate candidate, int sentence)
    {
        if (candidate.Rule == FiscalPeriodRules.Named || (candidate.Rule == FiscalPeriodRules.Ended && _quarter is null))
        {
            if (_earliestRemembered is null || string.CompareOrdinal(candidate.Value, _earliestRemembered) >= 0)
            {
                (_quarter, _sentence) = (candidate.Value, sentence);
            }

            return candidate;
        }

        if (IsLongerPeriod(candidate))
        {
            _longerPeriodSentence = sentence;
            return candidate;
        }

        if (candidate.Rule is FiscalPeriodRules.Anaphor or FiscalPeriodRules.Ended)
        {
            _quarter ??= candidate.Value;
            _sentence = sentence;
            return candidate with { Value = _quarter };
        }

        if (_quarter is null)
        {
            return candidate;
        }

        var near = sentence - _sentence <= 1 && _longerPeriodSentence != sentence;
        return candidate.Rule switch
        {
            FiscalPeriodRules.YearBackPeriod => candidate with { Value = YearBack(_quarter) },
            FiscalPeriodRules.YearBack when near => candidate with { Value = YearBack(_quarter) },
            FiscalPeriodRules.YearQuarter => candidate with { Value = candidate.Value + _quarter[4..] },
            FiscalPeriodRules.YearPeriod when near => candidate with { Value = candidate.Value + _quarter[4..] },
            _ => candidate,
        };
    }

    /// <summary>"the nine months", "the first half", "the year ended Sept. 30": results for a period longer than a quarter.</summary>
    private static bool IsLongerPeriod(TimeCandidate candidate) =>
        candidate.Value is "P6M" or "P9M" or "P1Y" || candidate.Rule is "half-year" or "whole-year";

    private static string YearBack(string quarter)
    {
        var year = int.Parse(quarter.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture) - 1;
        return year.ToString("D4", CultureInfo.InvariantCulture) + quarter[4..];
    }
}
