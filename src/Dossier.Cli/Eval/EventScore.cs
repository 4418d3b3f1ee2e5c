using Dossier.Core.Events;

namespace Dossier.Cli.Eval;

/// <summary>Counts of coded against expected (source, target, code) triples, overall and by CAMEO root code (first two digits).</summary>
internal sealed class EventScore
{
    public int Expected { get; private set; }

    public int Coded { get; private set; }

    public int TruePositives { get; private set; }

    public int FalsePositives => Coded - TruePositives;

    public int Misses => Expected - TruePositives;

    public double Found => Expected == 0 ? 0 : (double)TruePositives / Expected;

    public double FalseShare => Coded == 0 ? 0 : (double)FalsePositives / Coded;

    public SortedDictionary<string, RootRow> ByRoot { get; } = new(StringComparer.Ordinal);

    /// <summary>The same counts by the suite's record category ("DEMO", "COMPOUND"), sorted by name.</summary>
    public SortedDictionary<string, RootRow> ByCategory { get; } = new(StringComparer.Ordinal);

    /// <summary>Adds one record; returns what it missed and what it coded wrongly.</summary>
    public (List<ExpectedCoding> Missed, List<ExpectedCoding> Spurious) Add(IReadOnlyList<ExpectedCoding> expected, IReadOnlyList<ExpectedCoding> coded, string category = "")
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(coded);
        var byCategory = Category(category.Length == 0 ? "(none)" : category);
        var remaining = new List<ExpectedCoding>(coded);
        var missed = new List<ExpectedCoding>();
        foreach (var e in expected)
        {
            Expected++;
            Row(e.Code).Expected++;
            byCategory.Expected++;
            var at = remaining.FindIndex(c => Same(c, e));
            if (at >= 0)
            {
                TruePositives++;
                Row(e.Code).TruePositives++;
                byCategory.TruePositives++;
                remaining.RemoveAt(at);
            }
            else
            {
                Row(e.Code).Misses++;
                byCategory.Misses++;
                missed.Add(e);
            }
        }

        Coded += coded.Count;
        foreach (var s in remaining)
        {
            Row(s.Code).FalsePositives++;
            byCategory.FalsePositives++;
        }

        return (missed, remaining);
    }

    private static bool Same(ExpectedCoding a, ExpectedCoding b) =>
        string.Equals(a.Source, b.Source, StringComparison.OrdinalIgnoreCase)
        && string.Equals(a.Target, b.Target, StringComparison.OrdinalIgnoreCase)
        && string.Equals(a.Code, b.Code, StringComparison.OrdinalIgnoreCase);

    private RootRow Row(string code)
    {
        var root = code.Length >= 2 ? code[..2] : code;
        if (!ByRoot.TryGetValue(root, out var row))
        {
            row = new RootRow();
            ByRoot[root] = row;
        }

        return row;
    }

    private RootRow Category(string category)
    {
        if (!ByCategory.TryGetValue(category, out var row))
        {
            row = new RootRow();
            ByCategory[category] = row;
        }

        return row;
    }

    internal sealed class RootRow
    {
        public int Expected { get; set; }

        public int TruePositives { get; set; }

        public int FalsePositives { get; set; }

        public int Misses { get; set; }
    }
}
