using System.Text.RegularExpressions;

namespace Dossier.Core.Actors;

/// <summary>
/// Reads PETRARCH agent dictionaries (<c>Phoenix.agents.txt</c>): <c>PHRASE {PLURALS} [~CODE]</c> lines and
/// <c>!MARKER! = A, B</c> substitution sets. Substitutions are expanded; regular plurals (+S, Y→IES, SS→SSES)
/// are added unless the phrase ends with <c>_</c> or gives its own plurals in braces (<c>{}</c>: none).
/// </summary>
public static partial class PhoenixAgentReader
{
    public static IReadOnlyList<AgentRecord> Read(TextReader reader, ICollection<string>? problems = null)
    {
        var markers = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var records = new List<AgentRecord>();
        foreach (var (number, text, _) in DictionaryLines.Read(reader))
        {
            var line = text.Trim();
            if (line.Length == 0)
            {
                continue;
            }

            var marker = Marker().Match(line);
            if (marker.Success)
            {
                markers[marker.Groups["name"].Value] = [.. marker.Groups["items"].Value.Split(',').Select(s => s.Trim()).Where(s => s.Length > 0)];
                continue;
            }

            var entry = Entry().Match(line);
            if (!entry.Success)
            {
                problems?.Add($"line {number}: not an agent entry: '{line}'");
                continue;
            }

            var rawCode = entry.Groups["code"].Value.Trim();
            var before = rawCode.EndsWith('~');
            var code = rawCode.Trim('~');
            var plurals = entry.Groups["plurals"].Success
                ? entry.Groups["plurals"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(DictionaryLines.Phrase).ToList()
                : null;
            foreach (var raw in Expand(entry.Groups["phrase"].Value.Trim(), markers))
            {
                var phrases = new List<string> { DictionaryLines.Phrase(raw) };
                if (plurals is not null)
                {
                    phrases.AddRange(plurals);
                }
                else if (!raw.EndsWith('_') && !entry.Groups["phrase"].Value.Contains('!', StringComparison.Ordinal))
                {
                    phrases.Add(Plural(phrases[0]));
                }

                records.Add(new AgentRecord([.. phrases.Distinct(StringComparer.Ordinal)], code, before));
            }
        }

        return records;
    }

    /// <summary>The regular English plural of the phrase's last word.</summary>
    internal static string Plural(string phrase)
    {
        if (phrase.EndsWith("SS", StringComparison.OrdinalIgnoreCase))
        {
            return phrase + "ES";
        }

        if (phrase.Length > 1 && phrase.EndsWith('Y') && !"AEIOU".Contains(phrase[^2], StringComparison.Ordinal))
        {
            return phrase[..^1] + "IES";
        }

        return phrase + "S";
    }

    /// <summary>"CONGRESS!PERSON!" with !PERSON! = MAN, WOMAN → CONGRESSMAN, CONGRESSWOMAN.</summary>
    private static IEnumerable<string> Expand(string phrase, Dictionary<string, string[]> markers)
    {
        var m = MarkerUse().Match(phrase);
        if (!m.Success || !markers.TryGetValue(m.Value, out var items))
        {
            yield return phrase;
            yield break;
        }

        foreach (var item in items)
        {
            foreach (var expanded in Expand(string.Concat(phrase.AsSpan(0, m.Index), item, phrase.AsSpan(m.Index + m.Length)), markers))
            {
                yield return expanded;
            }
        }
    }

    [GeneratedRegex(@"^(?<name>![A-Z]+!)\s*=\s*(?<items>.+)$")]
    private static partial Regex Marker();

    [GeneratedRegex(@"![A-Z]+!")]
    private static partial Regex MarkerUse();

    [GeneratedRegex(@"^(?<phrase>[^\[{]+?)\s*(?:\{(?<plurals>[^}]*)\})?\s*\[(?<code>[^\]}]+)[\]}]")]
    private static partial Regex Entry();
}
