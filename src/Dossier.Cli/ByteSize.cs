using System.Globalization;

namespace Dossier.Cli;

/// <summary>Parses sizes such as <c>200000</c>, <c>64K</c>, <c>64MB</c>, <c>1G</c>.</summary>
internal static class ByteSize
{
    public static bool TryParse(string text, out long bytes)
    {
        bytes = 0;
        var s = text.Trim().ToUpperInvariant();
        if (s.EndsWith('B'))
        {
            s = s[..^1];
        }

        long multiplier = 1;
        if (s.Length > 0 && char.IsLetter(s[^1]))
        {
            multiplier = s[^1] switch
            {
                'K' => 1024L,
                'M' => 1024L * 1024,
                'G' => 1024L * 1024 * 1024,
                _ => 0,
            };
            s = s[..^1];
        }

        if (multiplier == 0 || !double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || value <= 0 || value * multiplier > long.MaxValue)
        {
            return false;
        }

        bytes = (long)(value * multiplier);
        return true;
    }
}
