using System.Globalization;
using System.Text.RegularExpressions;
using Dossier.Core.Model;
using Dossier.Core.Recognition;

namespace Dossier.Core.CorpusAnalysis;

/// <summary>
/// Finds one quantity reported with different values by different articles: amounts with the
/// same unit and durations in sentences that state the same claim (aligned), and counts of
/// meetings with the same counterpart (<see cref="MeetingCounts"/>), in sentences that do not date
/// themselves to different years ("$84m in 2015" is not "$60m in 2017"). Values are compared as
/// ranges, so rounding ("about 10,000" and "10,200") and qualifiers ("more than 2,000" and
/// "2,500") do not count as disagreement.
/// </summary>
internal static partial class ConflictFinder
{
    private const double DaysPerMonth = 30.44;

    /// <summary>The unit of durations given for something to happen, compared across the story like meeting counts.</summary>
    private const string Deadline = "deadline";

    public static List<Conflict> Find(ClaimAligner aligner, IReadOnlyDictionary<string, List<(TextSpan Span, Entity Entity)>> mentionsByDoc)
    {
        var quantities = aligner.Claims.SelectMany(Quantities).ToList();
        var meetings = aligner.Claims
            .SelectMany(c => MeetingCounts.Find(c, mentionsByDoc.GetValueOrDefault(c.Document.Id) ?? []).Select(m => new Quantity(c, m.Text, "meetings:" + m.Counterpart, $"meetings with {m.Name}", m.Count, m.Count)))
            .ToList();
        quantities.AddRange(meetings);
        var byClaim = quantities.ToLookup(q => q.Claim);
        var parent = Enumerable.Range(0, quantities.Count).ToArray();
        int Find(int i) => parent[i] == i ? i : parent[i] = Find(parent[i]);
        var indexOf = quantities.Select((q, i) => (q, i)).ToDictionary(x => (object)x.q, x => x.i, ReferenceEqualityComparer.Instance);
        var disagreeing = new HashSet<int>();
        foreach (var claim in aligner.Claims)
        {
            foreach (var (other, _) in aligner.MatchesOf(claim).Concat(aligner.SameOutletMatchesOf(claim)))
            {
                if (other.Index < claim.Index || !SameYears(claim, other))
                {
                    continue;
                }

                foreach (var a in byClaim[claim])
                {
                    foreach (var b in byClaim[other].Where(b => b.Unit == a.Unit && SameAbout(a, b)))
                    {
                        var (i, j) = (indexOf[a], indexOf[b]);
                        parent[Find(j)] = Find(i);
                        if (a.High < b.Low || b.High < a.Low)
                        {
                            disagreeing.Add(i);
                        }
                    }
                }
            }
        }

        // Counts of meetings and deadlines are stated in sentences that say different things ("his
        // previous four trips to China", "one with Chinese President Xi Jinping"): they are compared
        // when their sentences name a common entity and share at least two content words, or when
        // one sentence of an article goes on with what the one before it said.
        var loose = quantities.Select((q, i) => (q, i)).Where(x => x.q.Unit.StartsWith("meetings:", StringComparison.Ordinal) || x.q.Unit == Deadline).ToList();
        foreach (var group in loose.GroupBy(x => x.q.Unit, StringComparer.Ordinal))
        {
            // Copies of one sentence state one value: they are joined once, and only one of them is
            // compared with the other statements, so a story of many copies costs no more than one.
            var members = new List<(Quantity Q, int I)>();
            foreach (var same in group.GroupBy(x => (x.q.Claim.Text, x.q.Text)))
            {
                var (first, firstIndex) = same.First();
                members.Add((first, firstIndex));
                foreach (var (_, i) in same.Skip(1))
                {
                    parent[Find(i)] = Find(firstIndex);
                }
            }

            for (var x = 0; x < members.Count; x++)
            {
                for (var y = x + 1; y < members.Count; y++)
                {
                    var (a, i) = members[x];
                    var (b, j) = members[y];
                    if (!RelatedLoosely(a, b))
                    {
                        continue;
                    }

                    parent[Find(j)] = Find(i);
                    if (a.High < b.Low || b.High < a.Low)
                    {
                        disagreeing.Add(i);
                    }
                }
            }
        }

        var roots = disagreeing.Select(Find).ToHashSet();
        return [.. Enumerable.Range(0, quantities.Count)
            .Where(i => roots.Contains(Find(i)))
            .GroupBy(Find)
            .Select(g => g.Select(i => quantities[i]).ToList())
            .Select(members => new Conflict(
                About(members),
                [.. members
                    .DistinctBy(m => (m.Claim.Document.Id, m.Claim.Sentence, m.Text))
                    .OrderBy(m => m.Claim.Document.Id, StringComparer.Ordinal)
                    .ThenBy(m => m.Claim.Sentence)
                    .Select(m => new ConflictingClaim(m.Text, m.Claim.Document.Id, m.Claim.Sentence))]))];
    }

    private static IEnumerable<Quantity> Quantities(ClaimStatement claim)
    {
        foreach (var amount in claim.Amounts)
        {
            var unit = amount.Unit is null ? "count" : ClaimWords.Key(amount.Unit.ToLowerInvariant());
            var (low, high) = Range(amount.Value, amount.Qualifier);
            yield return new Quantity(claim, amount.Text, unit, amount.About, low, high);
        }

        foreach (Match half in HalfYear().Matches(claim.Text))
        {
            var start = claim.Span.Start + half.Index;
            var unit = IsDeadline(claim.Document, claim.Span, start, start + half.Length) ? Deadline : "duration";
            yield return new Quantity(claim, half.Value, unit, null, 182 * 0.97, 183 * 1.03);
        }

        foreach (var time in claim.Times.Where(t => !t.IsDate && (t.Text.Any(char.IsAsciiDigit) || CountWord().IsMatch(t.Text))))
        {
            var match = Duration().Match(time.Value);
            if (!match.Success)
            {
                continue;
            }

            var days = match.Groups["unit"].Value switch { "Y" => 365.25, "M" => DaysPerMonth, "W" => 7, _ => 1 };
            var count = double.Parse(match.Groups["n"].ValueSpan, NumberStyles.Float, CultureInfo.InvariantCulture);
            var document = claim.Document;
            var headStart = Math.Max(claim.Span.Start, time.Span.Start - 40);
            var stated = StatedDuration().Match(document.Text[headStart..time.Span.End]);
            if (!stated.Success)
            {
                var (low, high) = Range(count * days, null);
                yield return new Quantity(claim, time.Text, "duration", null, low, high);
                continue;
            }

            // "six or seven months": a range from the first count to the second.
            var alternative = stated.Groups["alt"].Success ? NumberWords.Parse(stated.Groups["alt"].Value) : null;
            var qualifier = stated.Groups["qualifier"];
            var textStart = qualifier.Success ? qualifier.Index : alternative is not null ? stated.Groups["alt"].Index : stated.Groups["count"].Index;
            var (lowest, highest) = Range(Math.Min(alternative ?? count, count) * days, qualifier.Success ? qualifier.Value : null);
            if (alternative is not null && !qualifier.Success)
            {
                (lowest, highest) = (Math.Min(alternative.Value, count) * days * 0.97, Math.Max(alternative.Value, count) * days * 1.03);
            }

            var start = headStart + textStart;
            var unitName = IsDeadline(document, claim.Span, start, time.Span.End) ? Deadline : "duration";
            yield return new Quantity(claim, document.Text[start..time.Span.End], unitName, null, lowest, highest);
        }
    }

    /// <summary>
    /// A span of time given for something to happen ("gave the US eight months to", "in the next
    /// six months", "a half-year timetable"), not time elapsed since something ("two months after").
    /// </summary>
    private static bool IsDeadline(Document document, TextSpan sentence, int start, int end)
    {
        var before = document.Text[Math.Max(sentence.Start, start - 60)..start];
        var after = document.Text[end..Math.Min(sentence.End, end + 40)];
        return DeadlineBefore().IsMatch(before) || DeadlineAfter().IsMatch(after);
    }

    private static (double Low, double High) Range(double value, string? qualifier) => qualifier?.ToLowerInvariant() switch
    {
        "more than" or "over" or "at least" or "above" or "upwards of" or "a little bit more than" or "a little more than" => (value, double.MaxValue),
        "less than" or "under" or "up to" or "as many as" or "at most" or "nearly" or "almost" or "below" => (0, value),
        "about" or "around" or "roughly" or "approximately" or "some" or "an estimated" => (value * 0.85, value * 1.15),
        _ => (value * 0.97, value * 1.03),
    };

    private static bool RelatedLoosely(Quantity a, Quantity b)
    {
        if (a.Claim.Document == b.Claim.Document)
        {
            return a.Unit == Deadline && Math.Abs(a.Claim.Sentence - b.Claim.Sentence) == 1;
        }

        if (!SameYears(a.Claim, b.Claim) || !a.Claim.Entities.Overlaps(b.Claim.Entities))
        {
            return false;
        }

        return a.Claim.Words.Count(b.Claim.Words.Contains) >= 2;
    }

    private static bool SameAbout(Quantity a, Quantity b) =>
        a.About is null || b.About is null || ClaimWords.Content(a.About).Overlaps(ClaimWords.Content(b.About));

    /// <summary>Two claims that date themselves to different years speak of different quantities (last year's trade, this year's).</summary>
    private static bool SameYears(ClaimStatement a, ClaimStatement b)
    {
        var yearsA = ClaimAligner.Years(a);
        var yearsB = ClaimAligner.Years(b);
        return yearsA.Count == 0 || yearsB.Count == 0 || yearsA.Overlaps(yearsB);
    }

    private static string About(List<Quantity> members)
    {
        var first = members[0];
        var what = members.Select(m => m.About).FirstOrDefault(a => a is not null) ?? first.Unit;
        var shared = members.Skip(1).Aggregate(first.Claim.Words.AsEnumerable(), (acc, m) => acc.Intersect(m.Claim.Words, StringComparer.Ordinal)).Take(4);
        var context = string.Join(", ", shared);
        return context.Length == 0 ? what : $"{what} ({context})";
    }

    [GeneratedRegex(@"\bhalf[- ](?:a[- ])?year\b", RegexOptions.IgnoreCase)]
    private static partial Regex HalfYear();

    [GeneratedRegex(@"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty|sixty|a hundred)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CountWord();

    [GeneratedRegex(@"(?:\b(?<qualifier>a little bit more than|a little more than|more than|at least|over|less than|under|up to|nearly|almost|about|around|roughly|some)\s+)?(?:\b(?<alt>\d+(?:\.\d+)?|[a-z]+)\s+(?:or|to)\s+)?\b(?<count>\d+(?:\.\d+)?|[a-z]+)\s+(?<unit>[a-z]+)\z", RegexOptions.IgnoreCase)]
    private static partial Regex StatedDuration();

    [GeneratedRegex(@"\b(?:gave|give|gives|given|giving|grant|granted|grants|allow|allowed|allows|set|sets|listed out|laid out|within|next|coming)\b(?:\s+[\w.'’-]+){0,4}\s*\z", RegexOptions.IgnoreCase)]
    private static partial Regex DeadlineBefore();

    [GeneratedRegex(@"\A\s*(?:timetable|deadline|time\s*frame|timeframe|window|ultimatum|grace period|to\s+(?!a\b|an\b|the\b)[a-z]+)", RegexOptions.IgnoreCase)]
    private static partial Regex DeadlineAfter();

    [GeneratedRegex(@"\AP(?<n>\d+(?:\.\d+)?)(?<unit>[YMWD])\z")]
    private static partial Regex Duration();

    private sealed record Quantity(ClaimStatement Claim, string Text, string Unit, string? About, double Low, double High);
}
