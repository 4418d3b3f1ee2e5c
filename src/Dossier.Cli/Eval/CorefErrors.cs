namespace Dossier.Cli.Eval;

/// <summary>
/// The resolver's mistakes on one topic, for reading: each gold entity split over several predicted entities
/// (recall errors) and each predicted entity that joins several gold entities (precision errors), with the
/// mention texts of each part.
/// </summary>
internal static class CorefErrors
{
    /// <param name="gold">Mention key → gold instance.</param>
    /// <param name="predicted">Mention key → predicted entity.</param>
    /// <param name="texts">Mention key → the mention's text.</param>
    public static void Print(TextWriter output, string topic, Dictionary<string, string> gold, Dictionary<string, string> predicted, Dictionary<string, string> texts)
    {
        output.WriteLine($"# {topic}: gold entities split over several predicted entities");
        PrintMixed(output, gold, predicted, texts);
        output.WriteLine($"# {topic}: predicted entities joining several gold entities");
        PrintMixed(output, predicted, gold, texts);
    }

    /// <summary>Each group of <paramref name="outer"/> whose mentions fall into more than one group of <paramref name="inner"/>.</summary>
    private static void PrintMixed(TextWriter output, Dictionary<string, string> outer, Dictionary<string, string> inner, Dictionary<string, string> texts)
    {
        foreach (var group in outer.GroupBy(kv => kv.Value, kv => kv.Key, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var parts = group.GroupBy(k => inner[k], StringComparer.Ordinal).OrderByDescending(p => p.Count()).ThenBy(p => p.Key, StringComparer.Ordinal).ToList();
            if (parts.Count < 2)
            {
                continue;
            }

            output.WriteLine(group.Key);
            foreach (var part in parts)
            {
                var forms = part.GroupBy(k => texts[k], StringComparer.Ordinal).Select(f => f.Count() > 1 ? $"{f.Key} ×{f.Count()}" : f.Key);
                output.WriteLine($"  {part.Key}: {string.Join(" | ", forms)}");
            }
        }
    }
}
