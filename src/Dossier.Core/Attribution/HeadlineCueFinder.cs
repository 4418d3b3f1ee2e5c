using System.Text.RegularExpressions;
using Dossier.Core.Model;

namespace Dossier.Core.Attribution;

/// <summary>
/// Headlines written in title case ("Trump Says His Plan Will Not Allow People To Die", "Pence
/// Calls for Special Prosecutor"): every word is capitalised, so a cue verb cannot be told from a
/// name by its case or by its part-of-speech tag. In such a line, the first cue verb in the -s or
/// past form splits it into source and content.
/// </summary>
internal static partial class HeadlineCueFinder
{
    private const int MinWords = 4;
    private const int MaxWords = 30;
    private const int MaxSourceWords = 7;
    private const int MinContentWords = 2;

    // Words this long are capitalised in a title-case line; shorter ones ("of", "to", "a") may not be.
    private const int LongWord = 4;
    private const double TitleCaseShare = 0.8;

    private static readonly HashSet<string> IrregularFinite = new(StringComparer.Ordinal) { "said", "told", "wrote", "thought", "felt", "knew", "found", "sought", "spoke" };

    /// <summary>The headline's attribution, when <paramref name="sentence"/> is a title-case headline with a cue verb after its first word.</summary>
    public static FoundAttribution? Find(string text, TextSpan sentence, SourceFinder sources, Func<int, int, TextSpan> trim)
    {
        // Every sentence is asked: tell a title-case headline by its words' count and case before making any Match.
        if (!LooksLikeTitleCaseHeadline(text, sentence))
        {
            return null;
        }

        var words = new List<Match>();
        for (var m = Word().Match(text, sentence.Start, sentence.Length); m.Success; m = m.NextMatch())
        {
            words.Add(m);
        }

        for (var i = 1; i < Math.Min(words.Count - MinContentWords, MaxSourceWords + 1); i++)
        {
            var word = words[i].Value;
            var lower = word.ToLowerInvariant();
            if (!char.IsUpper(word[0]) || !IsFinite(lower) || !CueVerbs.TryGet(lower, out var kind) || CueVerbs.NeedsParticle(lower))
            {
                continue;
            }

            var cueEnd = words[i].Index + words[i].Length;
            if (CueVerbs.TakesParticle(lower, words[i + 1].Value.ToLowerInvariant()))
            {
                cueEnd = words[i + 1].Index + words[i + 1].Length;
            }

            var sourceSpan = trim(sentence.Start, words[i].Index);
            var named = sources.After(sentence.Start, words[i].Index);
            var source = named is { Mention: not null } && named.Span == sourceSpan ? named : new SourcePhrase(sourceSpan, null, false);
            return new FoundAttribution(new TextSpan(words[i].Index, cueEnd), source, trim(cueEnd, sentence.End), kind);
        }

        return null;
    }

    /// <summary>"Says", "Slams", "Endorsed", "Told": a form that can be a headline's main verb (not "Say" or "Saying").</summary>
    private static bool IsFinite(string lower) =>
        IrregularFinite.Contains(lower) || lower.EndsWith("ed", StringComparison.Ordinal) || (lower.EndsWith('s') && !lower.EndsWith("ss", StringComparison.Ordinal));

    /// <summary>Between <see cref="MinWords"/> and <see cref="MaxWords"/> words, most of the long ones capitalised.</summary>
    private static bool LooksLikeTitleCaseHeadline(string text, TextSpan sentence)
    {
        int count = 0, longWords = 0, capitalised = 0;
        foreach (var m in Word().EnumerateMatches(text.AsSpan(sentence.Start, sentence.Length)))
        {
            if (++count > MaxWords)
            {
                return false;
            }

            if (m.Length >= LongWord)
            {
                longWords++;
                capitalised += char.IsUpper(text[sentence.Start + m.Index]) ? 1 : 0;
            }
        }

        return count >= MinWords && longWords >= MinWords - 1 && capitalised >= TitleCaseShare * longWords;
    }

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}’'\-]*")]
    private static partial Regex Word();
}
