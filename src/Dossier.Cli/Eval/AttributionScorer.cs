namespace Dossier.Cli.Eval;

/// <summary>How a predicted span must agree with a gold one.</summary>
internal enum SpanMatch
{
    Exact,
    Overlap,
}

/// <summary>Matches counted for one measure: true positives, predictions, gold items.</summary>
internal sealed class MatchCount
{
    public int Matched { get; private set; }

    public int Predicted { get; private set; }

    public int Gold { get; private set; }

    public double Precision => Predicted == 0 ? 0 : (double)Matched / Predicted;

    public double Recall => Gold == 0 ? 0 : (double)Matched / Gold;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public void Add(int matched, int predicted, int gold)
    {
        Matched += matched;
        Predicted += predicted;
        Gold += gold;
    }
}

/// <summary>
/// Scores predicted attributions against gold ones, role by role (source, cue, content) and as
/// whole attributions, by exact span or by overlap, matching each gold item at most once. Spans
/// are compared after trimming white space, quotation marks and edge punctuation, so that
/// “…,” and … count as the same content.
/// </summary>
internal sealed class AttributionScorer
{
    public static readonly string[] Roles = ["source", "cue", "content", "attribution"];

    private readonly Dictionary<(string Role, SpanMatch Match), MatchCount> _counts = [];

    public MatchCount Count(string role, SpanMatch match)
    {
        if (!_counts.TryGetValue((role, match), out var count))
        {
            count = new MatchCount();
            _counts[(role, match)] = count;
        }

        return count;
    }

    public void Score(string text, IReadOnlyList<BratAttribution> gold, IReadOnlyList<BratAttribution> predicted)
    {
        foreach (var match in new[] { SpanMatch.Exact, SpanMatch.Overlap })
        {
            ScoreRole("source", text, gold.Select(g => g.Source), predicted.Select(p => p.Source), match);
            ScoreRole("cue", text, gold.Select(g => g.Cue), predicted.Select(p => p.Cue), match);
            ScoreRole("content", text, gold.Select(g => g.Content), predicted.Select(p => p.Content), match);
            var matched = Greedy(gold, predicted, (g, p) => Same(text, g.Cue, p.Cue, match) && Same(text, g.Content, p.Content, match)
                && ((g.Source is null && p.Source is null) || Same(text, g.Source, p.Source, match)));
            Count("attribution", match).Add(matched, predicted.Count, gold.Count);
        }
    }

    private void ScoreRole(string role, string text, IEnumerable<SpanFragments?> gold, IEnumerable<SpanFragments?> predicted, SpanMatch match)
    {
        var g = gold.OfType<SpanFragments>().ToList();
        var p = predicted.OfType<SpanFragments>().ToList();
        Count(role, match).Add(Greedy(g, p, (a, b) => Same(text, a, b, match)), p.Count, g.Count);
    }

    private static int Greedy<T>(IReadOnlyList<T> gold, IReadOnlyList<T> predicted, Func<T, T, bool> agrees)
    {
        var used = new bool[gold.Count];
        var matched = 0;
        foreach (var p in predicted)
        {
            for (var i = 0; i < gold.Count; i++)
            {
                if (!used[i] && agrees(gold[i], p))
                {
                    used[i] = true;
                    matched++;
                    break;
                }
            }
        }

        return matched;
    }

    private static bool Same(string text, SpanFragments? gold, SpanFragments? predicted, SpanMatch match)
    {
        if (gold is null || predicted is null)
        {
            return false;
        }

        if (match == SpanMatch.Exact)
        {
            return Trim(text, gold.Start, gold.End) == Trim(text, predicted.Start, predicted.End);
        }

        return gold.Fragments.Any(g => predicted.Fragments.Any(p =>
        {
            var (gs, ge) = Trim(text, g.Start, g.End);
            var (ps, pe) = Trim(text, p.Start, p.End);
            return gs < pe && ps < ge;
        }));
    }

    private static (int Start, int End) Trim(string text, int start, int end)
    {
        end = Math.Min(end, text.Length);
        while (start < end && IsEdge(text[start]))
        {
            start++;
        }

        while (end > start && IsEdge(text[end - 1]))
        {
            end--;
        }

        return (start, end);
    }

    private static bool IsEdge(char c) => char.IsWhiteSpace(c) || c is '“' or '”' or '"' or '‘' or '’' or '\'' or '.' or ',' or ';' or ':' or '—' or '–';
}
