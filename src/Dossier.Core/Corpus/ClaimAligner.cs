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

    /// <summary>
    /// A claim is scored in full against at most this many later claims: those sharing the most
    /// rare words and entities with it (ties to the earlier claim). In a story of thousands of
    /// articles this keeps the work per claim bounded; below this many candidates nothing is left out.
    /// </summary>
    private const int MaxCandidates = 200;

    /// <summary>What a shared entity counts for when candidates are ranked (about a word in a tenth of the claims).</summary>
    private const double EntityKeyWeight = 2.4;

    private readonly List<(ClaimStatement Other, double Similarity)>[] _matches;
    private readonly List<(ClaimStatement Other, double Similarity)>[] _sameOutletMatches;
    private readonly Dictionary<string, double> _idf;

    // Each claim's words and entities as sorted ids, and its words' summed weight: similarity is
    // computed many times per claim, so it merges two short arrays instead of looking up strings.
    private readonly int[][] _wordIds;
    private readonly double[] _wordWeights;
    private readonly double[] _totalWeights;
    private readonly int[][] _entityIds;

    public ClaimAligner(IReadOnlyList<ClaimStatement> claims, double threshold)
    {
        Claims = claims;
        Threshold = threshold;
        var documentFrequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var claim in claims)
        {
            foreach (var word in claim.Words)
            {
                documentFrequency[word] = documentFrequency.GetValueOrDefault(word) + 1;
            }
        }

        _idf = documentFrequency.ToDictionary(kv => kv.Key, kv => Math.Log(1 + (claims.Count / (double)kv.Value)), StringComparer.Ordinal);
        var wordIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var entityIds = new Dictionary<string, int>(StringComparer.Ordinal);
        _wordIds = new int[claims.Count][];
        _entityIds = new int[claims.Count][];
        _totalWeights = new double[claims.Count];
        var weights = new List<double>();
        for (var i = 0; i < claims.Count; i++)
        {
            var ids = new int[claims[i].Words.Count];
            var w = 0;
            foreach (var word in claims[i].Words)
            {
                if (!wordIds.TryGetValue(word, out var id))
                {
                    wordIds[word] = id = wordIds.Count;
                    weights.Add(_idf[word]);
                }

                ids[w++] = id;
                _totalWeights[i] += weights[id];
            }

            Array.Sort(ids);
            _wordIds[i] = ids;
            _entityIds[i] = [.. claims[i].Entities.Select(e => entityIds.TryGetValue(e, out var id) ? id : entityIds[e] = entityIds.Count).Order()];
        }

        _wordWeights = [.. weights];

        // Candidate keys as ids: a claim's words (their own ids), then its entities (after the words).
        var keys = new int[claims.Count][];
        var postings = new List<int>[wordIds.Count + entityIds.Count];
        var ownPlace = new int[claims.Count][];
        for (var i = 0; i < claims.Count; i++)
        {
            var words = claims[i].Words;
            keys[i] = new int[words.Count + claims[i].Entities.Count];
            ownPlace[i] = new int[keys[i].Length];
            var k = 0;
            foreach (var word in words)
            {
                keys[i][k++] = wordIds[word];
            }

            foreach (var entity in claims[i].Entities)
            {
                keys[i][k++] = wordIds.Count + entityIds[entity];
            }

            for (k = 0; k < keys[i].Length; k++)
            {
                var list = postings[keys[i][k]] ??= [];
                ownPlace[i][k] = list.Count;
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

        var sharedWeight = new double[claims.Count];
        var candidates = new List<int>();
        for (var i = 0; i < claims.Count; i++)
        {
            candidates.Clear();
            for (var k = 0; k < keys[i].Length; k++)
            {
                var key = keys[i][k];
                var list = postings[key];
                if (list.Count > MaxPostings)
                {
                    continue;
                }

                // Postings are in claim order: the claims after this one follow its own place.
                var weight = key < _wordWeights.Length ? _wordWeights[key] : EntityKeyWeight;
                for (var p = ownPlace[i][k] + 1; p < list.Count; p++)
                {
                    var j = list[p];
                    if (claims[j].Document == claims[i].Document)
                    {
                        continue;
                    }

                    if (sharedWeight[j] == 0)
                    {
                        candidates.Add(j);
                    }

                    sharedWeight[j] += weight;
                }
            }

            foreach (var j in MostShared(candidates, sharedWeight))
            {
                var similarity = Similarity(claims[i], claims[j]);
                if (similarity >= threshold)
                {
                    var matches = claims[i].Outlet == claims[j].Outlet ? _sameOutletMatches : _matches;
                    matches[i].Add((claims[j], similarity));
                    matches[j].Add((claims[i], similarity));
                }
            }

            foreach (var j in candidates)
            {
                sharedWeight[j] = 0;
            }
        }

        foreach (var matches in _matches)
        {
            matches.Sort(static (x, y) => y.Similarity != x.Similarity ? y.Similarity.CompareTo(x.Similarity) : x.Other.Index.CompareTo(y.Other.Index));
        }
    }

    public IReadOnlyList<ClaimStatement> Claims { get; }

    public double Threshold { get; }

    /// <summary>Claims of other outlets that state the same as <paramref name="claim"/>, most similar first.</summary>
    public IReadOnlyList<(ClaimStatement Other, double Similarity)> MatchesOf(ClaimStatement claim) => _matches[claim.Index];

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

    /// <summary>Similarity of two claims of this aligner.</summary>
    public double Similarity(ClaimStatement a, ClaimStatement b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (!ReferenceEquals(Claims[a.Index], a) || !ReferenceEquals(Claims[b.Index], b))
        {
            throw new ArgumentException("Both claims must be claims of this aligner.");
        }

        var shared = SharedWeight(_wordIds[a.Index], _wordIds[b.Index]);
        var union = _totalWeights[a.Index] + _totalWeights[b.Index] - shared;
        var score = union <= 0 ? 0 : shared / union;
        score += Math.Min(0.15, 0.05 * SharedCount(_entityIds[a.Index], _entityIds[b.Index]));
        if (SharesAmount(a, b))
        {
            score += 0.1;
        }

        if (SharesDate(a, b))
        {
            score += 0.1;
        }
        else if (a.Years.Count > 0 && b.Years.Count > 0 && !a.Years.Overlaps(b.Years))
        {
            // "trade reached $60m in 2017" and "trade reached $34m in 2018" are two facts.
            return 0;
        }

        return score;
    }

    public static IReadOnlySet<string> Years(ClaimStatement claim) => claim.Years;

    /// <summary>The candidates sharing the most weight with the claim, at most <see cref="MaxCandidates"/>, in the order they were found.</summary>
    private static List<int> MostShared(List<int> candidates, double[] sharedWeight)
    {
        if (candidates.Count <= MaxCandidates)
        {
            return candidates;
        }

        var cut = candidates.Select(j => sharedWeight[j]).OrderDescending().ElementAt(MaxCandidates - 1);
        var above = candidates.Count(j => sharedWeight[j] > cut);
        var atCut = MaxCandidates - above;
        return candidates.Where(j => sharedWeight[j] > cut || (sharedWeight[j] == cut && atCut-- > 0)).ToList();
    }

    private double SharedWeight(int[] a, int[] b)
    {
        double shared = 0;
        for (int x = 0, y = 0; x < a.Length && y < b.Length;)
        {
            if (a[x] == b[y])
            {
                shared += _wordWeights[a[x]];
                x++;
                y++;
            }
            else if (a[x] < b[y])
            {
                x++;
            }
            else
            {
                y++;
            }
        }

        return shared;
    }

    private static int SharedCount(int[] a, int[] b)
    {
        var shared = 0;
        for (int x = 0, y = 0; x < a.Length && y < b.Length;)
        {
            if (a[x] == b[y])
            {
                shared++;
                x++;
                y++;
            }
            else if (a[x] < b[y])
            {
                x++;
            }
            else
            {
                y++;
            }
        }

        return shared;
    }

    private static bool SharesAmount(ClaimStatement a, ClaimStatement b)
    {
        foreach (var x in a.Amounts)
        {
            foreach (var y in b.Amounts)
            {
                if (y.Unit == x.Unit && Math.Abs(y.Value - x.Value) <= 0.1 * Math.Abs(x.Value))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool SharesDate(ClaimStatement a, ClaimStatement b)
    {
        foreach (var x in a.DateValues)
        {
            foreach (var y in b.DateValues)
            {
                if (string.Equals(x, y, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
