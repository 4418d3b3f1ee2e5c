using System.Text.Json.Nodes;

namespace Dossier.Cli.Tests;

/// <summary>Semantic JSON comparison: property order is ignored; the result lists where the two differ.</summary>
public static class JsonDiff
{
    public static IReadOnlyList<string> Differences(JsonNode? expected, JsonNode? actual, int max = 25)
    {
        var differences = new List<string>();
        Compare(expected, actual, "$", differences, max);
        return differences;
    }

    private static void Compare(JsonNode? expected, JsonNode? actual, string path, List<string> differences, int max)
    {
        if (differences.Count >= max)
        {
            return;
        }

        switch (expected, actual)
        {
            case (null, null):
                return;
            case (JsonObject e, JsonObject a):
                foreach (var name in e.Select(p => p.Key).Union(a.Select(p => p.Key)))
                {
                    if (!e.ContainsKey(name))
                    {
                        differences.Add($"{path}.{name}: unexpected, {Show(a[name])}");
                    }
                    else if (!a.ContainsKey(name))
                    {
                        differences.Add($"{path}.{name}: missing, expected {Show(e[name])}");
                    }
                    else
                    {
                        Compare(e[name], a[name], $"{path}.{name}", differences, max);
                    }
                }

                return;
            case (JsonArray e, JsonArray a):
                for (var i = 0; i < Math.Max(e.Count, a.Count); i++)
                {
                    if (i >= a.Count)
                    {
                        differences.Add($"{path}[{i}]: missing, expected {Show(e[i])}");
                    }
                    else if (i >= e.Count)
                    {
                        differences.Add($"{path}[{i}]: unexpected, {Show(a[i])}");
                    }
                    else
                    {
                        Compare(e[i], a[i], $"{path}[{i}]", differences, max);
                    }
                }

                return;
            default:
                if (!JsonNode.DeepEquals(expected, actual))
                {
                    differences.Add($"{path}: expected {Show(expected)}, got {Show(actual)}");
                }

                return;
        }
    }

    private static string Show(JsonNode? node)
    {
        var text = node?.ToJsonString() ?? "null";
        return text.Length > 160 ? text[..160] + "…" : text;
    }
}
