using Dossier.Core.Attribution;
using Dossier.Core.Model;
using Dossier.Core.Recognition;
using Dossier.Core.Text;

namespace Dossier.Cli.Eval;

/// <summary>
/// Runs the steps quote extraction needs on a plain text whose offsets must be kept, and turns its
/// quotes into attributions: quotes sharing a cue become one attribution with several content
/// fragments, and quoted words inside a larger quote (PolNeAR gives each word one role) are dropped.
/// </summary>
internal static class QuoteAttributions
{
    public static Document Analyse(string id, string text)
    {
        var document = new Document(new RawDocument(id, id, "sha256:-", InputFormat.PlainText, text, RecordHints.None, []))
        {
            Text = text,
        };
        new Tokenizer().Process(document, CancellationToken.None);
        new SentenceSplitter().Process(document, CancellationToken.None);
        new NameRecognizer().Process(document, CancellationToken.None);
        new QuoteExtractor().Process(document, CancellationToken.None);
        return document;
    }

    public static List<BratAttribution> Of(IReadOnlyList<Quote> quotes)
    {
        var outer = quotes.Where(q => !quotes.Any(o => !ReferenceEquals(o, q) && o.Span.Start <= q.Span.Start && q.Span.End <= o.Span.End && o.Span != q.Span)).ToList();
        var result = new List<BratAttribution>();
        foreach (var group in outer.GroupBy(q => q.CueSpan is { } cue ? (cue.Start, cue.End) : (-q.Span.Start - 1, -1)))
        {
            var first = group.First();
            var content = new SpanFragments([.. group.Select(q => (q.Span.Start, q.Span.End)).Order()]);
            var cue = first.CueSpan is { } c ? new SpanFragments([(c.Start, c.End)]) : null;
            var source = (first.Source ?? first.Speaker?.Source) is { } s ? new SpanFragments([(s.Start, s.End)]) : null;
            result.Add(new BratAttribution(source, cue, content));
        }

        return result;
    }
}
