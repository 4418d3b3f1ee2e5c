using System.Text.RegularExpressions;
using Dossier.Core.Model;

namespace Dossier.Core.Attribution;

/// <summary>
/// Turns quoted regions into direct and partial quotes with their cue and speaker: named after the
/// quote ("…,” said Cho), before it (Kim said, “…”), in the sentence before it ending with a colon,
/// or carried over from the previous quote of the same passage.
/// </summary>
internal sealed partial class DirectQuoteFinder
{
    private const int MinDirectWords = 4;
    private const int EmbeddedDirectWords = 12;

    private readonly Document _document;
    private readonly SourceFinder _sources;
    private readonly SpeakerLinker _linker;

    public DirectQuoteFinder(Document document, SourceFinder sources, SpeakerLinker linker)
    {
        _document = document;
        _sources = sources;
        _linker = linker;
    }

    public List<Quote> Find(List<QuotedRegion> regions, CancellationToken cancellationToken)
    {
        var text = _document.Text;
        var quotes = new List<Quote>();
        Quote? previous = null;
        var previousEnd = 0;
        for (var q = 0; q < regions.Count; q++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var region = regions[q];
            var nextOpen = q + 1 < regions.Count ? regions[q + 1].Open : text.Length;
            var quote = Direct(region, nextOpen);
            if (quote is null)
            {
                continue;
            }

            if (quote.Speaker is null && quote.Source is null && previous is not null && (previous.Speaker is not null || previous.Source is not null) && Continues(previous, previousEnd, region.Open))
            {
                quote = quote with { Speaker = previous.Speaker, Cue = previous.Cue, CueSpan = previous.CueSpan, Source = previous.Source };
            }

            quotes.Add(quote);
            if (quote.Kind != QuoteKind.Partial || quote.Speaker is not null || quote.Source is not null)
            {
                previous = quote;
                previousEnd = region.Close;
            }
        }

        return quotes;
    }

    /// <summary>
    /// A quote without its own cue continues the previous speaker when nothing but quotes lies
    /// between them in the same paragraph, or it opens the next paragraph after a direct quote.
    /// </summary>
    private bool Continues(Quote previous, int previousEnd, int open)
    {
        var text = _document.Text;
        var between = text.AsSpan(previousEnd + 1, Math.Max(0, open - previousEnd - 1));
        var firstNewline = between.IndexOf('\n');
        if (firstNewline < 0)
        {
            return true;
        }

        // Only the end of the previous quote's paragraph, then blank lines, before this quote opens its own.
        return previous.Kind == QuoteKind.Direct && between[firstNewline..].Trim().IsEmpty;
    }

    private Quote? Direct(QuotedRegion region, int nextOpen)
    {
        var text = _document.Text;
        int start = region.Open + region.OpenWidth, end = region.Close;
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] == ','))
        {
            end--;
        }

        if (end <= start)
        {
            return null;
        }

        var span = new TextSpan(start, end);
        var inner = span.Of(text);
        var sentence = _document.SentenceAt(start);
        var paragraphStart = text.LastIndexOf('\n', Math.Max(0, region.Open - 1)) + 1;
        var sentenceStart = sentence >= 0 ? Math.Max(Math.Min(_document.Sentences[sentence].Span.Start, region.Open), paragraphStart) : paragraphStart;
        var lead = text[sentenceStart..region.Open].TrimEnd();
        var words = WordCount().Count(inner);

        // A quote that continues the clause before it ("termed the talks “timely”") is partial.
        var embedded = lead.Length > 0 && (char.IsLetterOrDigit(lead[^1]) || lead[^1] is '’' or '\'') && !CueLexicon.EndsWithCue().IsMatch(lead);
        var whole = embedded
            ? words >= EmbeddedDirectWords
            : words >= MinDirectWords || inner[^1] is '.' or '?' or '!';
        if (!region.Closed)
        {
            whole = words >= MinDirectWords;
            if (!whole)
            {
                return null;
            }
        }

        var kind = whole ? QuoteKind.Direct : QuoteKind.Partial;
        var attribution = After(region.Close + region.CloseWidth, TailEnd(region.Close + region.CloseWidth - 1, nextOpen))
            ?? Before(sentenceStart, region.Open, kind)
            ?? (kind == QuoteKind.Direct && lead.Length == 0 ? ColonIntroduction(region.Open) : null);
        var speaker = attribution?.Source is { } source ? _linker.Link(source) : null;
        return new Quote(span, inner, kind, attribution?.CueText(text), speaker, sentence) { CueSpan = attribution?.Cue, Source = attribution?.Source?.Span };
    }

    private int TailEnd(int close, int nextOpen)
    {
        var sentence = _document.SentenceAt(Math.Max(0, close - 1));
        var end = sentence >= 0 ? _document.Sentences[sentence].Span.End : nextOpen;

        // A closing mark right at a sentence end: the attribution may be the next sentence ("…?” asked Cho).
        if (sentence >= 0 && end <= close + 1 && sentence + 1 < _document.Sentences.Count)
        {
            end = _document.Sentences[sentence + 1].Span.End;
        }

        var newline = _document.Text.IndexOf('\n', Math.Min(close + 1, _document.Text.Length));
        return Math.Min(Math.Min(end, nextOpen), newline < 0 ? int.MaxValue : newline);
    }

    /// <summary>"…,” said Cho" or "…,” a government official said" or "…,” Cho told Al Jazeera".</summary>
    private Attribution? After(int from, int to)
    {
        if (to <= from)
        {
            return null;
        }

        var text = _document.Text;
        var cue = CueLexicon.Cue().Match(text, from, to - from);
        if (!cue.Success || cue.Index - from > 80 || text.AsSpan(from, cue.Index - from).IndexOfAny('.', '!', '?') >= 0)
        {
            return null;
        }

        // The subject must start right after the closing mark ("…,” Cho said), not in a new clause.
        var cueSpan = new TextSpan(cue.Index, cue.Index + cue.Length);
        var before = _sources.Before(from, cue.Index, loose: false);
        if (before is not null && IsLeadIn(text.AsSpan(from, before.Span.Start - from)))
        {
            return new Attribution(cueSpan, before);
        }

        var after = _sources.After(cueSpan.End, to);
        if (after is not null)
        {
            return new Attribution(cueSpan, after);
        }

        return text.AsSpan(from, cue.Index - from).Trim(" ,—–").IsEmpty ? new Attribution(cueSpan, null) : null;
    }

    /// <summary>Words between a closing mark and the speaker: nothing, or a short title ("Putin’s aide").</summary>
    private static bool IsLeadIn(ReadOnlySpan<char> between)
    {
        var trimmed = between.Trim(" ,—–");
        return trimmed.IsEmpty || (trimmed.Length <= 40 && trimmed.IndexOfAny(',', ';', ':') < 0 && !CueLexicon.Cue().IsMatch(trimmed));
    }

    /// <summary>"Kim said, “…" or "Jeong Young-tae, an analyst at …, said “…", or a cue earlier in the sentence.</summary>
    private Attribution? Before(int from, int to, QuoteKind kind)
    {
        if (to <= from)
        {
            return null;
        }

        var text = _document.Text;
        var cue = CueLexicon.LastCue().Match(text, from, to - from);
        if (!cue.Success)
        {
            return null;
        }

        var cueSpan = new TextSpan(cue.Index, cue.Index + cue.Length);
        var source = _sources.Before(from, cue.Index, loose: false);
        if (source is null || (cue.Value.StartsWith("according", StringComparison.OrdinalIgnoreCase) && kind == QuoteKind.Direct))
        {
            source = _sources.After(cueSpan.End, to) ?? source;
        }

        return source is null ? null : new Attribution(cueSpan, source);
    }

    /// <summary>A quote opening a sentence or paragraph after "Cho said:" or "He added:".</summary>
    private Attribution? ColonIntroduction(int open)
    {
        var text = _document.Text;
        var colon = open - 1;
        while (colon >= 0 && char.IsWhiteSpace(text[colon]))
        {
            colon--;
        }

        if (colon < 0 || text[colon] != ':')
        {
            return null;
        }

        var sentence = _document.SentenceAt(colon);
        var from = sentence >= 0 ? _document.Sentences[sentence].Span.Start : Math.Max(0, colon - 200);
        from = Math.Max(from, text.LastIndexOf('\n', colon) + 1);
        return Before(from, colon, QuoteKind.Direct);
    }

    [GeneratedRegex(@"[\p{L}\p{Nd}][\p{L}\p{Nd}'’\-]*")]
    public static partial Regex WordCount();
}
