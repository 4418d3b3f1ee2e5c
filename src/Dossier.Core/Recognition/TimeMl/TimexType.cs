namespace Dossier.Core.Recognition.TimeMl;

/// <summary>The TIMEX3 type a normalised value implies: DATE, TIME, DURATION or SET.</summary>
public static class TimexType
{
    public static string Of(string value, string rule)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(rule);
        if (rule.StartsWith("set", StringComparison.Ordinal))
        {
            return "SET";
        }

        if (value.Length > 1 && value[0] == 'P' && (char.IsAsciiDigit(value[1]) || value[1] is 'T' or 'X'))
        {
            return "DURATION";
        }

        return value.Contains('T', StringComparison.Ordinal) && value.Length > 4 && char.IsAsciiDigit(value[0]) ? "TIME" : "DATE";
    }
}
