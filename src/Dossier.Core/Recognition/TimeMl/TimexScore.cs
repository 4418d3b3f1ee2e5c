namespace Dossier.Core.Recognition.TimeMl;

/// <summary>
/// TempEval-3 style counts for time expressions: strict (same span) and relaxed (overlapping
/// span) matches, one system timex to at most one gold timex, and among relaxed matches how
/// many have the gold value and type. Value F1 is computed like TempEval-3's attribute F1:
/// correct values over system timexes (precision) and over gold timexes (recall).
/// </summary>
public sealed class TimexScore
{
    public int Gold { get; private set; }

    public int System { get; private set; }

    public int Strict { get; private set; }

    public int Relaxed { get; private set; }

    public int CorrectValue { get; private set; }

    public int CorrectType { get; private set; }

    public double StrictF1 => F1(Strict);

    public double RelaxedF1 => F1(Relaxed);

    public double ValueF1 => F1(CorrectValue);

    public double TypeF1 => F1(CorrectType);

    public double StrictPrecision => Ratio(Strict, System);

    public double StrictRecall => Ratio(Strict, Gold);

    public double RelaxedPrecision => Ratio(Relaxed, System);

    public double RelaxedRecall => Ratio(Relaxed, Gold);

    /// <summary>Correct values among relaxed matches.</summary>
    public double ValueAccuracy => Ratio(CorrectValue, Relaxed);

    /// <summary>Adds one document; returns the pairs matched (gold, system) and the unmatched of each side, for error listings.</summary>
    public TimexAlignment Add(IReadOnlyList<TimeMlTimex> gold, IReadOnlyList<TimeMlTimex> system)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(system);
        Gold += gold.Count;
        System += system.Count;
        var used = new bool[system.Count];
        var pairs = new List<(TimeMlTimex Gold, TimeMlTimex System)>();
        var missed = new List<TimeMlTimex>();
        foreach (var g in gold)
        {
            var match = BestOverlap(g, system, used);
            if (match < 0)
            {
                missed.Add(g);
                continue;
            }

            used[match] = true;
            var s = system[match];
            pairs.Add((g, s));
            Relaxed++;
            Strict += s.Start == g.Start && s.End == g.End ? 1 : 0;
            CorrectValue += string.Equals(s.Value, g.Value, StringComparison.Ordinal) ? 1 : 0;
            CorrectType += string.Equals(s.Type, g.Type, StringComparison.Ordinal) ? 1 : 0;
        }

        var spurious = system.Where((_, i) => !used[i]).ToList();
        return new TimexAlignment(pairs, missed, spurious);
    }

    private static int BestOverlap(TimeMlTimex gold, IReadOnlyList<TimeMlTimex> system, bool[] used)
    {
        var best = -1;
        var bestOverlap = 0;
        for (var i = 0; i < system.Count; i++)
        {
            var overlap = Math.Min(gold.End, system[i].End) - Math.Max(gold.Start, system[i].Start);
            if (!used[i] && overlap > bestOverlap)
            {
                best = i;
                bestOverlap = overlap;
            }
        }

        return best;
    }

    private static double Ratio(int part, int whole) => whole == 0 ? 0 : (double)part / whole;

    private double F1(int correct)
    {
        var precision = Ratio(correct, System);
        var recall = Ratio(correct, Gold);
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }
}

/// <summary>How one document's system timexes lined up with the gold ones.</summary>
public sealed record TimexAlignment(
    IReadOnlyList<(TimeMlTimex Gold, TimeMlTimex System)> Matched,
    IReadOnlyList<TimeMlTimex> Missed,
    IReadOnlyList<TimeMlTimex> Spurious);
