using Dossier.Core.Model;

namespace Dossier.Core.CorpusAnalysis;

/// <summary>
/// Finds the words an outlet adds to a claim to judge it: strong evaluative words of
/// <see cref="FramingLexicon"/> anywhere in the outlet's own words, and mild ones where other
/// outlets state the same claim without them. Quoted speech is the speaker's, never the outlet's
/// framing, and is skipped. Each span's note quotes what another outlet says instead.
/// </summary>
internal static class FramingFinder
{
    public static List<FramingSpan> Find(ClaimAligner aligner)
    {
        var spans = new List<FramingSpan>();
        foreach (var claim in aligner.Claims)
        {
            spans.AddRange(FindIn(claim, aligner.MatchesOf(claim)));
        }

        return spans;
    }

    public static List<FramingSpan> FindIn(ClaimStatement claim, IReadOnlyList<(ClaimStatement Other, double Similarity)> matches)
    {
        var document = claim.Document;
        var sentence = claim.Span;
        var tokens = ClaimWords.Tokens(document.TextOf(sentence)).Select(t => (t.Word, Span: new TextSpan(sentence.Start + t.Start, sentence.Start + t.Start + t.Length))).ToList();
        var othersWords = new HashSet<string>(matches.SelectMany(m => m.Other.AllWords), StringComparer.Ordinal);
        var found = new List<(TextSpan Span, string Kind)>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var (word, span) = tokens[i];
            if (claim.IsInsideQuote(span))
            {
                continue;
            }

            var kind = FramingLexicon.StrongKind(word)
                ?? (matches.Count > 0 && !othersWords.Contains(word) ? FramingLexicon.MildKind(word) : null);
            if (kind is null)
            {
                continue;
            }

            var end = span.End;
            if (kind == FramingLexicon.NameCalling && i + 2 < tokens.Count && tokens[i + 1].Word == "of" && IsCapitalised(document, tokens[i + 2].Span))
            {
                // "the stupidity of Donald Trump": the insult and its target.
                var j = i + 2;
                while (j + 1 < tokens.Count && IsCapitalised(document, tokens[j + 1].Span) && tokens[j + 1].Span.Start - tokens[j].Span.End <= 1)
                {
                    j++;
                }

                end = tokens[j].Span.End;
                i = j;
            }

            // "infamous and bullying": one span for a run of judgements.
            if (found.Count > 0 && found[^1].Kind == kind && i >= 2 && tokens[i - 1].Word == "and" && found[^1].Span.End == tokens[i - 2].Span.End)
            {
                found[^1] = (new TextSpan(found[^1].Span.Start, end), kind);
                continue;
            }

            found.Add((new TextSpan(span.Start, end), kind));
        }

        return [.. found.Select(f => new FramingSpan(document.Id, f.Span, document.TextOf(f.Span), f.Kind, Note(matches)))];
    }

    private static string Note(IReadOnlyList<(ClaimStatement Other, double Similarity)> matches)
    {
        if (matches.Count == 0)
        {
            return "evaluative wording from Dossier's framing lexicon; no other outlet reports this claim";
        }

        var plain = matches.Select(m => m.Other).OrderBy(m => m.QuotedShare).First();
        return $"others report it as: “{plain.Text}” [{plain.Document.Id}:{plain.Sentence}]";
    }

    private static bool IsCapitalised(Document document, TextSpan span) => span.Length > 0 && char.IsUpper(document.Text[span.Start]);
}
