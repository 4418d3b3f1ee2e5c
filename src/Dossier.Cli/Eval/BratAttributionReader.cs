using System.Globalization;

namespace Dossier.Cli.Eval;

/// <summary>
/// Reads PolNeAR's brat standoff files: text-bound annotations (<c>T1 Source 10 13;20 25 …</c>) and
/// the events tying them into attributions (<c>E1 Attribution:T5 Content:T4 Cue:T3 Source:T2</c>).
/// </summary>
internal static class BratAttributionReader
{
    public static List<BratAttribution> Read(IEnumerable<string> lines)
    {
        var spans = new Dictionary<string, SpanFragments>(StringComparer.Ordinal);
        var events = new List<string[]>();
        foreach (var line in lines)
        {
            var fields = line.Split('\t');
            if (fields.Length < 2)
            {
                continue;
            }

            if (fields[0].StartsWith('T'))
            {
                var space = fields[1].IndexOf(' ', StringComparison.Ordinal);
                if (space > 0)
                {
                    spans[fields[0]] = ParseFragments(fields[1][(space + 1)..]);
                }
            }
            else if (fields[0].StartsWith('E'))
            {
                events.Add(fields[1].Split(' ', StringSplitOptions.RemoveEmptyEntries));
            }
        }

        var result = new List<BratAttribution>();
        foreach (var roles in events)
        {
            SpanFragments? source = null, cue = null, content = null;
            foreach (var role in roles)
            {
                var colon = role.IndexOf(':', StringComparison.Ordinal);
                if (colon < 0 || !spans.TryGetValue(role[(colon + 1)..], out var span))
                {
                    continue;
                }

                switch (role[..colon])
                {
                    case "Source":
                        source = span;
                        break;
                    case "Cue":
                        cue = span;
                        break;
                    case "Content":
                        content = span;
                        break;
                }
            }

            if (cue is not null || content is not null)
            {
                result.Add(new BratAttribution(source, cue, content));
            }
        }

        return result;
    }

    private static SpanFragments ParseFragments(string ranges) =>
        new([.. ranges.Split(';').Select(r => r.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Select(p => (int.Parse(p[0], CultureInfo.InvariantCulture), int.Parse(p[1], CultureInfo.InvariantCulture)))
            .OrderBy(f => f.Item1)]);
}
