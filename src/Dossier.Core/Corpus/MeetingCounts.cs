using System.Text.RegularExpressions;
using Dossier.Core.Model;

namespace Dossier.Core.CorpusAnalysis;

/// <summary>
/// "How many times they met", as articles state it: "three with South Korea's Moon Jae-in" in a
/// list of summits, "his previous four trips to China". The counterpart is the entity named
/// right after, keyed by its country (Xi Jinping and China are both CHN) so that counts given
/// for a leader and for his country meet.
/// </summary>
internal static partial class MeetingCounts
{
    private static readonly HashSet<string> MeetingWords = new(["summit", "meeting", "talk", "trip", "visit", "met"], StringComparer.Ordinal);

    public static IEnumerable<(int Count, string Counterpart, string Name, string Text)> Find(
        ClaimStatement claim,
        IReadOnlyList<(TextSpan Span, Entity Entity)> mentions)
    {
        if (!claim.Words.Any(MeetingWords.Contains))
        {
            yield break;
        }

        var document = claim.Document;
        var span = claim.Span;
        var text = document.TextOf(span);
        foreach (Match match in CountedMeetings().Matches(text))
        {
            var count = (int)(Recognition.NumberWords.Parse(match.Groups["n"].Value) ?? 0);
            var after = span.Start + match.Index + match.Length;
            var counterpart = mentions
                .Where(m => m.Span.Start >= after && m.Span.Start <= after + 40 && m.Entity.Type is EntityType.Person or EntityType.Country)
                .OrderBy(m => m.Span.Start)
                .Select(m => m.Entity)
                .FirstOrDefault();
            if (counterpart is null)
            {
                continue;
            }

            var key = counterpart.ActorCode is { Length: >= 3 } code ? code[..3] : counterpart.Id;
            var end = mentions.First(m => m.Entity == counterpart && m.Span.Start >= after).Span.End;
            yield return (count, key, counterpart.Name, document.Text[(span.Start + match.Index)..end]);
        }
    }

    [GeneratedRegex(@"\b(?<n>one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:(?:previous|earlier|prior)\s+)?(?:(?:summits?|meetings?|trips|visits)\s+)?(?:with|to)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex CountedMeetings();
}
