using System.Globalization;

namespace Dossier.Fuzz;

internal sealed record FuzzSettings(long Inputs, long Seed, int Jobs, TimeSpan Timeout, string? Target, string FindingsDirectory)
{
    public static FuzzSettings? Parse(string[] args)
    {
        var settings = new FuzzSettings(10_000, 1, 1, TimeSpan.FromSeconds(10), null, "fuzz-findings");
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            var value = args[i + 1];
            settings = args[i] switch
            {
                "--inputs" when long.TryParse(value, CultureInfo.InvariantCulture, out var n) && n > 0 => settings with { Inputs = n },
                "--seed" when long.TryParse(value, CultureInfo.InvariantCulture, out var s) => settings with { Seed = s },
                "--jobs" when int.TryParse(value, CultureInfo.InvariantCulture, out var j) && j > 0 => settings with { Jobs = j },
                "--timeout" when double.TryParse(value, CultureInfo.InvariantCulture, out var t) && t > 0 => settings with { Timeout = TimeSpan.FromSeconds(t) },
                "--target" when FuzzTarget.All.Any(t => t.Name == value) => settings with { Target = value },
                "--findings" => settings with { FindingsDirectory = value },
                _ => null,
            };
            if (settings is null)
            {
                return null;
            }
        }

        return args.Length % 2 == 0 ? settings : null;
    }
}
