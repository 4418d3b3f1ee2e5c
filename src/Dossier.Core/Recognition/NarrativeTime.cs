using System.Globalization;
using Dossier.Core.Model;

namespace Dossier.Core.Recognition;

/// <summary>
/// The date a story last stated, for the expressions that count from it ("the next day" after
/// "on 3 March" is 4 March): a day, or failing that a month or year, from the date candidates
/// read so far.
/// </summary>
internal sealed class NarrativeTime
{
    private DateOnly? _reference;
    private DatePrecision _precision;

    /// <summary>Remembers a stated date, or rewrites a narrative candidate against the one remembered.</summary>
    public TimeCandidate Resolve(TimeCandidate candidate)
    {
        if (candidate.Rule.StartsWith(NarrativeDateRules.Prefix, StringComparison.Ordinal))
        {
            var parts = candidate.Rule.Split(':');
            if (_reference is { } reference
                && NarrativeDateRules.Shift(reference, parts[1], int.Parse(parts[2], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture), _precision) is { } value)
            {
                candidate = candidate with { Value = value, Anchor = null };
            }

            Remember(candidate.Value);
            return candidate;
        }

        if (candidate.IsDate)
        {
            Remember(candidate.Value);
        }

        return candidate;
    }

    private void Remember(string value)
    {
        if (value.Length >= 10 && DateOnly.TryParseExact(value.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            (_reference, _precision) = (day, DatePrecision.Day);
        }
        else if (value.Length == 7 && DateOnly.TryParseExact(value + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
        {
            (_reference, _precision) = (month, DatePrecision.Month);
        }
        else if (value.Length == 4 && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year >= 1)
        {
            (_reference, _precision) = (new DateOnly(year, 1, 1), DatePrecision.Year);
        }
    }
}
