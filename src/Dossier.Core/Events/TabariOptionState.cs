using System.Globalization;
using System.Text.RegularExpressions;

namespace Dossier.Core.Events;

/// <summary>
/// The TABARI settings a validation suite has changed with its option records (<c>{ OPTION: SET:
/// CODE ALL }</c>), measured against the suite's own options file. A setting is back to normal when
/// it is turned off (<c>= FALSE</c>, <c>OFF</c>), set as the options file sets it, or set to TABARI's
/// default where the suite names one (<c>CODE BY CLAUSE</c>, "our usual default"; <c>MINIMUM WORDS
/// = 8</c>, "the default"). <c>OUTPUT:</c> only changes the output format and is not tracked.
/// <c>SET: CODE ALL / BY SENTENCE / BY CLAUSE</c> is emulated: it sets <see cref="Scope"/> rather than
/// counting as a change, and so is <c>COMMA: MIN = … MAX = … EMIN = … EMAX = … BMIN = … BMAX = …</c>
/// (or <c>COMMA: OFF</c>), which sets <see cref="Commas"/>, and <c>SET: MINIMUM WORDS = n</c>, which sets <see cref="MinimumWords"/>.
/// </summary>
public sealed partial class TabariOptionState
{
    private static readonly string[] Defaults = ["SET: CODE BY CLAUSE", "SET: MINIMUM WORDS = 8"];

    private readonly HashSet<string> _baseline;
    private readonly Dictionary<string, string> _changed = new(StringComparer.Ordinal);

    public TabariOptionState(IEnumerable<string> optionsFileLines)
    {
        ArgumentNullException.ThrowIfNull(optionsFileLines);
        _baseline = new HashSet<string>(
            optionsFileLines.Select(Normalize).Where(l => l.Length > 0 && !l.StartsWith("//", StringComparison.Ordinal)).Concat(Defaults.Select(Normalize)),
            StringComparer.Ordinal);
    }

    /// <summary>Which of a sentence's events TABARI keeps under the current <c>SET: CODE …</c> setting.</summary>
    public EventScope Scope { get; private set; } = EventScope.FirstPerClause;

    /// <summary>The comma-delimited clauses TABARI drops under the current <c>COMMA:</c> setting (its defaults until one is given).</summary>
    public CommaClauseLimits Commas { get; private set; } = CommaClauseLimits.TabariDefault;

    /// <summary>The fewest words a sentence needs to be coded under the current <c>SET: MINIMUM WORDS</c> (TABARI's default, 8, until one is given).</summary>
    public int MinimumWords { get; private set; } = 8;

    /// <summary>One setting that differs from the suite's own and is not emulated, or null when none does.</summary>
    public string? Changed => _changed.Count == 0 ? null : _changed.Values.Order(StringComparer.Ordinal).First();

    public void Set(string option)
    {
        var normalized = Normalize(option);
        var key = Key(normalized);
        if (key.StartsWith("OUTPUT", StringComparison.Ordinal))
        {
            return;
        }

        if (key == "SET: CODE" && CodeScope(normalized) is { } scope)
        {
            Scope = scope;
            return;
        }

        if (key == "SET: MINIMUM WORDS" && int.TryParse(normalized[(normalized.LastIndexOf('=') + 1)..], NumberStyles.Integer, CultureInfo.InvariantCulture, out var minimum))
        {
            MinimumWords = minimum;
            return;
        }

        if (key == "COMMA:")
        {
            Commas = CommaSetting(normalized, Commas);
            return;
        }

        if (_baseline.Contains(normalized) || normalized.EndsWith("= FALSE", StringComparison.Ordinal) || normalized.EndsWith(" OFF", StringComparison.Ordinal) || normalized.EndsWith(":OFF", StringComparison.Ordinal))
        {
            _changed.Remove(key);
        }
        else
        {
            _changed[key] = normalized;
        }
    }

    private static EventScope? CodeScope(string option) => option switch
    {
        "SET: CODE ALL" => EventScope.All,
        "SET: CODE BY SENTENCE" => EventScope.FirstPerSentence,
        "SET: CODE BY CLAUSE" => EventScope.FirstPerClause,
        _ => null,
    };

    /// <summary>"COMMA: OFF" turns every kind off; otherwise each "NAME = n" given changes that bound.</summary>
    private static CommaClauseLimits CommaSetting(string option, CommaClauseLimits current)
    {
        if (option.Contains("OFF", StringComparison.Ordinal))
        {
            return CommaClauseLimits.Off;
        }

        foreach (Match bound in CommaBound().Matches(option))
        {
            current = current.With(bound.Groups["name"].Value, int.Parse(bound.Groups["value"].Value, CultureInfo.InvariantCulture)) ?? current;
        }

        return current;
    }

    [GeneratedRegex(@"(?<name>[A-Z]+) = (?<value>\d+)")]
    private static partial Regex CommaBound();

    /// <summary>"SET: TIME SHIFT = TRUE" → "SET: TIME SHIFT"; "SET: CODE ALL" → "SET: CODE"; "DEFAULT: SOURCE …" → "DEFAULT:".</summary>
    private static string Key(string option)
    {
        if (option.StartsWith("SET:", StringComparison.Ordinal))
        {
            var equals = option.IndexOf('=', StringComparison.Ordinal);
            if (equals > 0)
            {
                return option[..equals].TrimEnd();
            }

            return option.StartsWith("SET: CODE", StringComparison.Ordinal) ? "SET: CODE" : option;
        }

        var colon = option.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 ? option[..(colon + 1)] : option;
    }

    private static string Normalize(string line) =>
        string.Join(' ', line.ToUpperInvariant().Replace(":", ": ", StringComparison.Ordinal).Replace("=", " = ", StringComparison.Ordinal).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            .Replace(" :", ":", StringComparison.Ordinal);
}
