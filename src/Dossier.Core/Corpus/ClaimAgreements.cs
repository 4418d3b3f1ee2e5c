using Dossier.Core.Model;

namespace Dossier.Core.CorpusAnalysis;

/// <summary>
/// Agreements: claims that two or more outlets make, each told in the words of its most
/// representative sentence (the one closest to all the others, preferring the outlet's own words
/// over a quote and plain words over loaded ones) and cited with every supporting sentence.
/// Exclusives: substantive claims that no other outlet makes.
/// </summary>
internal static class ClaimAgreements
{
    public static List<CitedStatement> Agreements(ClaimAligner aligner, IReadOnlySet<Citation> framed)
    {
        var used = new HashSet<int>();
        var agreements = new List<(CitedStatement Statement, int Outlets, double Strength)>();
        var ordered = aligner.Claims
            .Select(c => (Claim: c, Outlets: aligner.Outlets(c).Count, Strength: aligner.MatchesOf(c).Sum(m => m.Similarity)))
            .Where(c => c.Outlets >= 2)
            .OrderByDescending(c => c.Outlets)
            .ThenByDescending(c => c.Strength)
            .ThenBy(c => c.Claim.Index);
        foreach (var (claim, _, _) in ordered)
        {
            if (used.Contains(claim.Index))
            {
                continue;
            }

            // One supporting sentence per document: the one that states the claim most closely.
            var members = aligner.MatchesOf(claim)
                .Select(m => m.Other)
                .Where(o => !used.Contains(o.Index) && o.Document != claim.Document && IsBestMatchIn(aligner, o, claim))
                .DistinctBy(o => o.Document.Id)
                .Prepend(claim)
                .ToList();
            var outlets = members.Select(m => m.Outlet).Distinct(StringComparer.Ordinal).Count();
            if (outlets < 2)
            {
                continue;
            }

            used.UnionWith(members.Select(m => m.Index));
            var representative = Representative(aligner, members, framed);
            var strength = members.Sum(m => members.Where(o => o != m && o.Outlet != m.Outlet).Sum(o => aligner.Similarity(m, o)));
            agreements.Add((new CitedStatement(representative.Text, Citations(members)), outlets, strength));
        }

        return [.. agreements.OrderByDescending(a => a.Outlets).ThenByDescending(a => a.Strength).Select(a => a.Statement)];
    }

    public static List<CitedStatement> Exclusives(ClaimAligner aligner, int maxPerOutlet)
    {
        return [.. aligner.Claims
            .Where(c => c.IsSubstantive && c.QuotedShare < 0.5 && aligner.MatchesOf(c).Count == 0)
            .GroupBy(c => c.Outlet, StringComparer.Ordinal)
            .SelectMany(g => g.OrderByDescending(Substance).ThenBy(c => c.Index).Take(maxPerOutlet))
            .OrderBy(c => c.Index)
            .Select(c => new CitedStatement(c.Text, [c.Citation]))];
    }

    // A sentence supports the claim of the sentence in that article it matches best, not every one it resembles.
    private static bool IsBestMatchIn(ClaimAligner aligner, ClaimStatement member, ClaimStatement seed) =>
        aligner.MatchesOf(member).Concat(aligner.SameOutletMatchesOf(member)).Where(m => m.Other.Document == seed.Document).MaxBy(m => m.Similarity).Other == seed;

    public static ClaimStatement Representative(ClaimAligner aligner, IReadOnlyList<ClaimStatement> members, IReadOnlySet<Citation> framed) =>
        members
            .OrderByDescending(m => members.Where(o => o != m).Sum(o => aligner.Similarity(m, o)) - m.QuotedShare - (framed.Contains(m.Citation) ? 1 : 0))
            .ThenBy(m => m.Index)
            .First();

    public static List<Citation> Citations(IEnumerable<ClaimStatement> members) =>
        [.. members.Select(m => m.Citation).Distinct().OrderBy(c => c.Doc, StringComparer.Ordinal).ThenBy(c => c.Sentence)];

    private static int Substance(ClaimStatement claim) =>
        (2 * claim.Amounts.Count) + (2 * claim.Times.Count(t => t.IsDate)) + claim.Entities.Count;
}
