using System.Globalization;

namespace Dossier.Core.Recognition;

/// <summary>
/// The quarter a text last named, for the expressions that point back at it: "the quarter" is
/// the quarter being reported, and "a year ago" or "the year-ago period" in or right after a
/// sentence about a quarter is that quarter a year earlier ("third-quarter profit rose 11% from
/// a year ago" → <c>1988-Q3</c>).
/// </summary>
internal sealed class ReportingPeriod
{
    private string? _quarter;
    private int _sentence = int.MinValue;

    /// <summary>Remembers a named quarter, or rewrites a candidate that refers to the one remembered.</summary>
    public TimeCandidate Resolve(TimeCandidate candidate, int sentence)
    {
        if (candidate.Rule == FiscalPeriodRules.Named)
        {
            _quarter = candidate.Value;
            _sentence = sentence;
            return candidate;
        }

        if (_quarter is null)
        {
            return candidate;
        }

        if (candidate.Rule == FiscalPeriodRules.Anaphor)
        {
            return candidate with { Value = _quarter };
        }

        if (candidate.Rule == FiscalPeriodRules.YearBack && sentence - _sentence <= 1)
        {
            var year = int.Parse(_quarter.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture) - 1;
            return candidate with { Value = year.ToString("D4", CultureInfo.InvariantCulture) + _quarter[4..] };
        }

        return candidate;
    }
}
