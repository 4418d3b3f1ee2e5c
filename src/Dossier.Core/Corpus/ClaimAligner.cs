namespace Dossier.Core.CorpusAnalysis;

/// <summary>
/// Matches each claim with the claims of other outlets that state the same thing: content-word
/// overlap weighted by rarity within the story (so "summit" counts less than "Khasan"), plus
/// shared entities, numbers and dates. Candidates come from an index of rare words, so a story's
/// claims are not all compared with each other.
/// </summary>
internal sealed class ClaimAligner
{
    /// <summary>Words in more claims than this are too common to find candidates with (they still count in the score).</summary>
    private const int MaxPostings = 400;

    private readonly List<(ClaimStatement Other, double Similarity)>[] _matches;
    private readonly List<(ClaimStatement Other, double Similarity)>[] _sameOutletMatches;
    private readonly Dictionary<string, double> _idf;

    public ClaimAligner(IReadOnlyList<ClaimStatement> claims, double threshold)
    {
        Claims = claims;
        Threshold = threshold;
        var documentFrequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var word in claims.SelectMany(c => c.Words))
        {
            documentFrequency[word] = documentFrequency.GetValueOrDefault(word) + 1;
        }

        _idf = documentFrequency.ToDictionary(kv => kv.Key, kv => Math.Log(1 + (claims.Count / (double)kv.Value)), StringComparer.Ordinal);
        var postings = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < claims.Count; i++)
        {
            foreach (var key in Keys(claims[i]))
            {
                if (!postings.TryGetValue(key, out var list))
                {
                    postings[key] = list = [];
                }

                list.Add(i);
            }
        }

        _matches = new List<(ClaimStatement, double)>[claims.Count];
        _sameOutletMatches = new List<(ClaimStatement, double)>[claims.Count];
        for (var i = 0; i < claims.Count; i++)
        {
            _matches[i] = [];
            _sameOutletMatches[i] = [];
        }

        for (var i = 0; i < claims.Count; i++)
        {
            var candidates = new HashSet<int>();
            foreach (var key in Keys(claims[i]))
            {
                if (postings.TryGetValue(key, out var list) && list.Count <= MaxPostings)
                {
                    candidates.UnionWith(list.Where(j => j > i && claims[j].Document != claims[i].Document));
                }
            }

            foreach (var j in candidates)
            {
                var similarity = Similarity(claims[i], claims[j]);
                if (similarity >= threshold)
                {
                    var matches = claims[i].Outlet == claims[j].Outlet ? _sameOutletMatches : _matches;
                    matches[i].Add((claims[j], similarity));
                    matches[j].Add((claims[i], similarity));
                }
            }
        }
    }

    public IReadOnlyList<ClaimStatement> Claims { get; }

    public double Threshold { get; }

    /// <summary>Claims of other outlets that state the same as <paramref name="claim"/>, most similar first.</summary>
    public IReadOnlyList<(ClaimStatement Other, double Similarity)> MatchesOf(ClaimStatement claim) =>
        [.. _matches[claim.Index].OrderByDescending(m => m.Similarity).ThenBy(m => m.Other.Index)];

    /// <summary>Claims of other articles of the same outlet that state the same (not evidence of agreement, but of a conflict).</summary>
    public IReadOnlyList<(ClaimStatement Other, double Similarity)> SameOutletMatchesOf(ClaimStatement claim) => _sameOutletMatches[claim.Index];

    /// <summary>The outlets that make this claim: its own and those of its matches.</summary>
    public IReadOnlySet<string> Outlets(ClaimStatement claim)
    {
        var outlets = new HashSet<string>(StringComparer.Ordinal) { claim.Outlet };
        outlets.UnionWith(_matches[claim.Index].Select(m => m.Other.Outlet));
        return outlets;
    }

    public double Weight(string word) => _idf.GetValueOrDefault(word, 1);

    public double Similarity(ClaimStatement a, ClaimStatement b)
    {
        double shared = 0, union = 0;
        foreach (var word in a.Words)
        {
            var weight = Weight(word);
            union += weight;
            if (b.Words.Contains(word))
            {
                shared += weight;
            }
        }

        union += b.Words.Where(w => !a.Words.Contains(w)).Sum(Weight);
        var score = union == 0 ? 0 : shared / union;
        score += Math.Min(0.15, 0.05 * a.Entities.Count(b.Entities.Contains));
        if (a.Amounts.Any(x => b.Amounts.Any(y => y.Unit == x.Unit && Math.Abs(y.Value - x.Value) <= 0.1 * Math.Abs(x.Value))))
        {
            score += 0.1;
        }

        if (a.Dates.Intersect(b.Dates, StringComparer.Ordinal).Any())
        {
            score += 0.1;
        }
        else if (Years(a) is { Count: > 0 } yearsA && Years(b) is { Count: > 0 } yearsB && !yearsA.Overlaps(yearsB))
        {
            // "trade reached $60m in 2017" and "trade reached $34m in 2018" are two facts.
            return 0;
        }

        return score;
    }

    public static HashSet<string> Years(ClaimStatement claim) =>
        [.. claim.Dates.Where(d => d.Length >= 4 && char.IsAsciiDigit(d[0])).Select(d => d[..4])];

    private static IEnumerable<string> Keys(ClaimStatement claim) =>
        claim.Words.Concat(claim.Entities.Select(e => "entity:" + e));
}
