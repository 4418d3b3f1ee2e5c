using Dossier.Core.Model;

namespace Dossier.Core.CorpusAnalysis;

/// <summary>Turns the sentences of a story's documents into <see cref="ClaimStatement"/>s.</summary>
internal static class ClaimExtractor
{
    /// <summary>Fewer content words than this is a heading, a caption or a fragment, not a claim.</summary>
    private const int MinContentWords = 4;

    /// <summary>The resolved entities named in each sentence, keyed by (document, sentence).</summary>
    public static Dictionary<(string Doc, int Sentence), HashSet<string>> EntitiesBySentence(Corpus corpus)
    {
        var map = new Dictionary<(string Doc, int Sentence), HashSet<string>>();
        foreach (var entity in corpus.Entities)
        {
            foreach (var mention in entity.Mentions)
            {
                if (!corpus.ById.TryGetValue(mention.Doc, out var document))
                {
                    continue;
                }

                var sentence = document.SentenceAt(mention.Span.Start);
                if (sentence < 0)
                {
                    continue;
                }

                if (!map.TryGetValue((mention.Doc, sentence), out var set))
                {
                    map[(mention.Doc, sentence)] = set = new HashSet<string>(StringComparer.Ordinal);
                }

                set.Add(entity.Id);
            }
        }

        return map;
    }

    public static List<ClaimStatement> Extract(
        IReadOnlyList<Document> documents,
        IReadOnlyDictionary<string, string> outlets,
        IReadOnlyDictionary<(string Doc, int Sentence), HashSet<string>> entities)
    {
        var claims = new List<ClaimStatement>();

        // A sentence one source (an outlet, or a group of near-copies) has already stated, word for
        // word and with the same dates, is the same claim again: a caption printed twice, or each
        // sentence of a re-posted article. It is kept once, in the source's first document, so that
        // a story of many copies is not aligned copy by copy (the copies are listed in the story).
        var seen = new HashSet<(string Outlet, string Text, string Dates)>();
        foreach (var document in documents)
        {
            var amounts = document.Amounts.ToLookup(a => a.Sentence);
            var times = document.Times.ToLookup(t => t.Sentence);
            var outlet = outlets[document.Id];
            for (var s = 0; s < document.Sentences.Count; s++)
            {
                var span = document.Sentences[s].Span;
                var text = Flatten(document.TextOf(span));

                // A sentence ending in a question mark (a heading) says nothing new.
                if (text.EndsWith('?'))
                {
                    continue;
                }

                // Checked before the words are read: in a story of many copies most sentences are repeats.
                if (!seen.Add((outlet, text, string.Join(' ', times[s].Where(t => t.IsDate).Select(t => t.Value)))))
                {
                    continue;
                }

                var words = ClaimWords.Content(text);
                if (words.Count < MinContentWords)
                {
                    continue;
                }

                // A quote can start in an earlier sentence and run into this one.
                var quoteSpans = document.Quotes.Count == 0 ? [] : document.Quotes
                    .Where(q => q.Kind is QuoteKind.Direct or QuoteKind.Partial && q.Span.Overlaps(span))
                    .Select(q => q.Span)
                    .ToList();
                claims.Add(new ClaimStatement(
                    document,
                    s,
                    outlet,
                    text,
                    words,
                    entities.TryGetValue((document.Id, s), out var ids) ? ids : new HashSet<string>(StringComparer.Ordinal),
                    [.. amounts[s]],
                    [.. times[s]],
                    quoteSpans)
                { Index = claims.Count });
            }
        }

        return claims;
    }

    public static string Flatten(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
