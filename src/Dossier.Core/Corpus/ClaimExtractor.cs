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
        foreach (var document in documents)
        {
            var amounts = document.Amounts.ToLookup(a => a.Sentence);
            var times = document.Times.ToLookup(t => t.Sentence);
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (var s = 0; s < document.Sentences.Count; s++)
            {
                var span = document.Sentences[s].Span;
                var text = Flatten(document.TextOf(span));
                var words = ClaimWords.Content(text);

                // A caption printed twice, or a sentence ending in a question mark (a heading), says nothing new.
                if (words.Count < MinContentWords || text.EndsWith('?') || !seen.Add(text))
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
                    outlets[document.Id],
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
