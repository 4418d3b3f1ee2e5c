using Dossier.Core.Model;

namespace Dossier.Core.CorpusAnalysis;

/// <summary>
/// A multi-document extractive summary: sentences scored by how many outlets support them, how
/// central their words are to the story, and which of the story's facets they cover (who meets
/// whom, where, when, why and what each side wants); chosen greedily with a redundancy penalty
/// (maximal marginal relevance) and a bonus for facets not yet covered; shown in the order of
/// their place in their articles; each cited with every sentence that supports it.
/// </summary>
internal static class StorySummarizer
{
    private static readonly HashSet<string> MeetingWords = new(["summit", "meet", "meeting", "met", "talk", "visit", "visited", "visiting", "trip", "arrived", "hold", "negotiation"], StringComparer.Ordinal);

    private static readonly HashSet<string> PurposeWords = new(
        ["seek", "seeking", "sought", "want", "wanted", "aim", "aimed", "goal", "objective", "hope", "hoped", "hoping", "designed", "because", "order", "relief", "gain", "looking", "lessen", "reason", "priority", "interest"],
        StringComparer.Ordinal);

    public static List<CitedStatement> Summarise(
        ClaimAligner aligner,
        IReadOnlyDictionary<string, EntityType> entityTypes,
        IReadOnlySet<Citation> framed,
        int maxSentences)
    {
        var outletCount = aligner.Claims.Select(c => c.Outlet).Distinct(StringComparer.Ordinal).Count();
        var outletsByWord = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var claim in aligner.Claims)
        {
            foreach (var word in claim.Words)
            {
                if (!outletsByWord.TryGetValue(word, out var set))
                {
                    outletsByWord[word] = set = new HashSet<string>(StringComparer.Ordinal);
                }

                set.Add(claim.Outlet);
            }
        }

        var candidates = aligner.Claims
            .Where(c => c.QuotedShare < 0.3 && c.Words.Count >= 6 && c.Text.Length <= 400 && c.Entities.Count > 0 && EndsLikeASentence(c.Text))
            .Select(c => (Claim: c, Score: Score(c, aligner, outletsByWord, outletCount, framed), Facets: Facets(c, entityTypes)))
            .ToList();
        var chosen = new List<(ClaimStatement Claim, Facet Facets)>();
        var covered = Facet.None;
        var blocked = new HashSet<ClaimStatement>();
        while (chosen.Count < maxSentences)
        {
            (ClaimStatement Claim, double Value, Facet Facets)? best = null;
            foreach (var (claim, score, facets) in candidates)
            {
                if (blocked.Contains(claim))
                {
                    continue;
                }

                var redundancy = chosen.Count == 0 ? 0 : chosen.Max(c => aligner.Similarity(c.Claim, claim));
                if (redundancy >= 0.45)
                {
                    continue;
                }

                var value = score + (0.6 * Count(facets & ~covered)) - (2 * redundancy);
                if (best is null || value > best.Value.Value)
                {
                    best = (claim, value, facets);
                }
            }

            if (best is not { } pick)
            {
                break;
            }

            chosen.Add((pick.Claim, pick.Facets));
            blocked.Add(pick.Claim);
            blocked.UnionWith(aligner.MatchesOf(pick.Claim).Select(m => m.Other));
            blocked.UnionWith(aligner.SameOutletMatchesOf(pick.Claim).Select(m => m.Other));
            covered |= pick.Facets;
        }

        return [.. chosen
            .OrderBy(c => c.Claim.Sentence / (double)Math.Max(1, c.Claim.Document.Sentences.Count))
            .ThenBy(c => c.Claim.Index)
            .Select(c => new CitedStatement(c.Claim.Text, ClaimAgreements.Citations(aligner.MatchesOf(c.Claim).Select(m => m.Other).Prepend(c.Claim))))];
    }

    private static double Score(ClaimStatement claim, ClaimAligner aligner, Dictionary<string, HashSet<string>> outletsByWord, int outletCount, IReadOnlySet<Citation> framed)
    {
        var support = aligner.Outlets(claim).Count - 1;
        var centrality = claim.Words.Count == 0 ? 0 : claim.Words.Average(w => outletsByWord[w].Count / (double)outletCount);
        var lead = 0.5 / (1 + (0.2 * claim.Sentence));
        return support + (2 * centrality) + lead - (framed.Contains(claim.Citation) ? 2 : 0);
    }

    internal static Facet Facets(ClaimStatement claim, IReadOnlyDictionary<string, EntityType> entityTypes)
    {
        var facets = Facet.None;
        var types = claim.Entities.Select(e => entityTypes.GetValueOrDefault(e, EntityType.Other)).ToList();
        if (types.Count(t => t is EntityType.Person or EntityType.Country or EntityType.Organization) >= 2)
        {
            facets |= Facet.Who;
        }

        if (types.Contains(EntityType.Location))
        {
            facets |= Facet.Where;
        }

        if (claim.Times.Any(t => t.IsDate))
        {
            facets |= Facet.When;
        }

        if (claim.Words.Any(MeetingWords.Contains))
        {
            facets |= Facet.Meeting;
        }

        if (claim.Words.Any(PurposeWords.Contains))
        {
            facets |= Facet.Why;
        }

        return facets;
    }

    // A heading or a subtitle has no closing stop.
    private static bool EndsLikeASentence(string text) => text.Length > 0 && text[^1] is '.' or '!' or '”' or '"' or '’' or ')';

    private static int Count(Facet facets) => System.Numerics.BitOperations.PopCount((uint)facets);

    [Flags]
    internal enum Facet
    {
        None = 0,
        Who = 1,
        Where = 2,
        When = 4,
        Meeting = 8,
        Why = 16,
    }
}
