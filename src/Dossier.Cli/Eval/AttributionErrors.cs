namespace Dossier.Cli.Eval;

/// <summary>
/// The extractor's mistakes on one article, for reading: each gold attribution whose content no
/// prediction overlaps (a miss), and each prediction whose content overlaps no gold content (a false
/// alarm), as source | cue | content.
/// </summary>
internal static class AttributionErrors
{
    private const int MaxContentChars = 160;

    public static void Print(TextWriter output, string article, string text, IReadOnlyList<BratAttribution> gold, IReadOnlyList<BratAttribution> predicted)
    {
        var misses = gold.Where(g => !predicted.Any(p => Overlaps(g.Content, p.Content))).ToList();
        var alarms = predicted.Where(p => !gold.Any(g => Overlaps(g.Content, p.Content))).ToList();
        if (misses.Count == 0 && alarms.Count == 0)
        {
            return;
        }

        output.WriteLine($"# {article}");
        foreach (var miss in misses)
        {
            output.WriteLine($"  MISS  {Describe(text, miss)}");
        }

        foreach (var alarm in alarms)
        {
            output.WriteLine($"  FALSE {Describe(text, alarm)}");
        }
    }

    private static bool Overlaps(SpanFragments? a, SpanFragments? b) =>
        a is not null && b is not null && a.Fragments.Any(x => b.Fragments.Any(y => x.Start < y.End && y.Start < x.End));

    private static string Describe(string text, BratAttribution a) =>
        $"{Of(text, a.Source)} | {Of(text, a.Cue)} | {Shorten(Of(text, a.Content))}";

    private static string Of(string text, SpanFragments? span) =>
        span is null ? "-" : string.Join(" … ", span.Fragments.Select(f => text[f.Start..Math.Min(f.End, text.Length)])).ReplaceLineEndings(" ");

    private static string Shorten(string s) => s.Length <= MaxContentChars ? s : s[..MaxContentChars] + "…";
}
