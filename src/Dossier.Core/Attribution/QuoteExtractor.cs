using System.Text.RegularExpressions;
using Dossier.Core.Model;
using Dossier.Core.Pipeline;
using Dossier.Core.Recognition;

namespace Dossier.Core.Attribution;

/// <summary>
/// Finds quoted words (straight or curly double quotes, within a paragraph) and "X said that …"
/// reported speech, and attributes each to the nearest person named around a speech verb, to an
/// anonymous source ("a government official"), or to the previous quote's speaker.
/// </summary>
public sealed partial class QuoteExtractor : IDocumentStep
{
    private const int MinDirectWords = 4;
    private const int EmbeddedDirectWords = 12;

    public string Name => "QuoteExtractor";

    public IReadOnlySet<Layer> Requires { get; } = Layers.Of(Layer.CleanText, Layer.Sentences, Layer.NameMentions);

    public IReadOnlySet<Layer> Produces { get; } = Layers.Of(Layer.Quotes);

    public void Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var text = document.Text;
        var people = document.Mentions.Where(m => m.Type == EntityType.Person).OrderBy(m => m.Span.Start).ToList();
        var quotes = new List<Quote>();
        Quote? previous = null;
        var paragraphStart = 0;
        while (paragraphStart < text.Length)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var newline = text.IndexOf('\n', paragraphStart);
            var paragraphEnd = newline < 0 ? text.Length : newline;
            var marks = QuoteMarks(text, paragraphStart, paragraphEnd);
            var inParagraph = new List<Quote>();
            for (var q = 0; q < marks.Count; q++)
            {
                var nextOpen = q + 1 < marks.Count ? marks[q + 1].Open : paragraphEnd;
                var quote = Direct(document, people, marks[q], paragraphStart, nextOpen);
                if (quote is null)
                {
                    continue;
                }

                if (quote.Speaker is null && previous?.Speaker is not null
                    && (inParagraph.Count > 0 || (marks[q].Open == FirstNonSpace(text, paragraphStart) && previous.Kind == QuoteKind.Direct)))
                {
                    quote = quote with { Speaker = previous.Speaker, Cue = previous.Cue };
                }

                inParagraph.Add(quote);
                previous = quote;
            }

            quotes.AddRange(inParagraph);
            if (paragraphEnd > paragraphStart && marks.Count == 0 && !string.IsNullOrWhiteSpace(text[paragraphStart..paragraphEnd]))
            {
                previous = null;
            }

            paragraphStart = paragraphEnd + 1;
        }

        quotes.AddRange(Indirect(document, people, quotes));
        document.Quotes = [.. quotes.OrderBy(q => q.Span.Start)];
    }

    private static int FirstNonSpace(string text, int from)
    {
        while (from < text.Length && char.IsWhiteSpace(text[from]))
        {
            from++;
        }

        return from;
    }

    private readonly record struct Marks(int Open, int Close);

    /// <summary>Opening and closing marks; a quote left open runs to the end of the paragraph.</summary>
    private static List<Marks> QuoteMarks(string text, int start, int end)
    {
        var result = new List<Marks>();
        var open = -1;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (c is not ('“' or '”' or '"'))
            {
                continue;
            }

            var opens = c == '“' || (c == '"' && (i == start || char.IsWhiteSpace(text[i - 1]) || text[i - 1] is '(' or '[' or '—' or '–'));
            if (open < 0 && opens)
            {
                open = i;
            }
            else if (open >= 0 && !opens)
            {
                result.Add(new Marks(open, i));
                open = -1;
            }
            else if (open >= 0 && c == '“')
            {
                open = i;
            }
        }

        if (open >= 0)
        {
            result.Add(new Marks(open, end));
        }

        return result;
    }

    private static Quote? Direct(Document document, List<Mention> people, Marks marks, int paragraphStart, int nextOpen)
    {
        var text = document.Text;
        int start = marks.Open + 1, end = marks.Close;
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
        var sentence = document.SentenceAt(start);
        var sentenceStart = sentence >= 0 ? Math.Max(document.Sentences[sentence].Span.Start, paragraphStart) : paragraphStart;
        var lead = text[sentenceStart..marks.Open].TrimEnd();
        var words = WordCount().Count(inner);
        // A quote that continues the clause before it ("termed the talks “timely”", "claimed that the DPRK "is useless"") is partial.
        var embedded = lead.Length > 0 && char.IsLetterOrDigit(lead[^1]) && !EndsWithCue().IsMatch(lead);
        var whole = embedded
            ? words >= EmbeddedDirectWords
            : words >= MinDirectWords || inner[^1] is '.' or '?' or '!';
        if (marks.Close >= text.Length || text[marks.Close] is not ('”' or '"'))
        {
            whole = words >= MinDirectWords;
            if (!whole)
            {
                return null;
            }
        }

        var kind = whole ? QuoteKind.Direct : QuoteKind.Partial;
        var (cue, speaker) = SpeakerAfter(document, people, marks.Close + 1, TailEnd(document, marks.Close, nextOpen))
            ?? SpeakerBefore(document, people, sentenceStart, marks.Open)
            ?? (null, null);
        return new Quote(span, inner, kind, cue, speaker, sentence);
    }

    private static int TailEnd(Document document, int close, int nextOpen)
    {
        var sentence = document.SentenceAt(Math.Max(0, close - 1));
        var end = sentence >= 0 ? document.Sentences[sentence].Span.End : nextOpen;

        // A closing mark right at a sentence end: the attribution is the next sentence only if it starts lower-case ("…,” said Cho).
        if (end <= close + 1 && sentence + 1 < document.Sentences.Count && sentence >= 0)
        {
            end = document.Sentences[sentence + 1].Span.End;
        }

        return Math.Min(end, nextOpen);
    }

    /// <summary>"…,” said Cho" or "…,” a government official said" or "…,” Cho told Al Jazeera".</summary>
    private static (string? Cue, QuoteSpeaker? Speaker)? SpeakerAfter(Document document, List<Mention> people, int from, int to)
    {
        if (to <= from)
        {
            return null;
        }

        var text = document.Text;
        var cue = CueVerb().Match(text, from, to - from);
        if (!cue.Success || text[from..cue.Index].Contains('.', StringComparison.Ordinal))
        {
            return null;
        }

        var person = people.Where(m => m.Span.Start >= from && m.Span.End <= to)
            .OrderBy(m => Math.Min(Math.Abs(m.Span.End - cue.Index), Math.Abs(m.Span.Start - (cue.Index + cue.Length))))
            .FirstOrDefault();
        if (person is not null)
        {
            return (cue.Value, SpeakerOf(document, person));
        }

        var anonymous = Anonymous().Match(text, from, to - from);
        return anonymous.Success ? (cue.Value, new QuoteSpeaker(anonymous.Value, null, anonymous.Value)) : null;
    }

    /// <summary>"Kim said, “…" or "Jeong Young-tae, an analyst at …, said “…", or a cue earlier in the sentence.</summary>
    private static (string? Cue, QuoteSpeaker? Speaker)? SpeakerBefore(Document document, List<Mention> people, int from, int to)
    {
        if (to <= from)
        {
            return null;
        }

        var text = document.Text;
        var cue = CueVerbLast().Match(text, from, to - from);
        if (!cue.Success)
        {
            return null;
        }

        var anonymous = AnonymousBeforeCue().Match(text, from, cue.Index - from);
        if (anonymous.Success)
        {
            var phrase = anonymous.Groups["np"].Value;
            return (cue.Value, new QuoteSpeaker(phrase, null, phrase));
        }

        var person = people.LastOrDefault(m => m.Span.Start >= from && m.Span.End <= cue.Index)
            ?? people.FirstOrDefault(m => m.Span.Start >= cue.Index + cue.Length && m.Span.End <= to);
        return person is null ? null : (cue.Value, SpeakerOf(document, person));
    }

    private static QuoteSpeaker SpeakerOf(Document document, Mention person) =>
        new(person.Text, person.Span, NameContext.AppositiveAfter(document.Text, person.Span) ?? NameContext.TitleBefore(document.Text, person.Span));

    /// <summary>Reported speech without quote marks: "Dmitri Peskov said that the two leaders will discuss …".</summary>
    private static List<Quote> Indirect(Document document, List<Mention> people, List<Quote> direct)
    {
        var text = document.Text;
        var result = new List<Quote>();
        for (var s = 0; s < document.Sentences.Count; s++)
        {
            var span = document.Sentences[s].Span;
            if (direct.Any(q => q.Kind == QuoteKind.Direct && span.Overlaps(q.Span)))
            {
                continue;
            }

            var m = ReportedClause().Match(text, span.Start, span.Length);
            if (!m.Success)
            {
                continue;
            }

            var cueStart = m.Groups["cue"].Index;
            var clause = m.Groups["clause"];
            var clauseEnd = clause.Index + clause.Length;
            while (clauseEnd > clause.Index && text[clauseEnd - 1] is '.' or '!' or '?' or ' ' or '”' or '"')
            {
                clauseEnd--;
            }

            if (WordCount().Count(text.AsSpan(clause.Index, clauseEnd - clause.Index)) < 3)
            {
                continue;
            }

            var speaker = IndirectSpeaker(document, people, span.Start, cueStart);
            if (speaker is null)
            {
                continue;
            }

            var clauseSpan = new TextSpan(clause.Index, clauseEnd);
            result.Add(new Quote(clauseSpan, clauseSpan.Of(text), QuoteKind.Indirect, m.Groups["verb"].Value, speaker, s));
        }

        return result;
    }

    private static QuoteSpeaker? IndirectSpeaker(Document document, List<Mention> people, int sentenceStart, int cueStart)
    {
        var text = document.Text;
        var person = people.LastOrDefault(m => m.Span.Start >= sentenceStart && m.Span.End <= cueStart);
        if (person is not null)
        {
            var gap = text[person.Span.End..cueStart];
            if (string.IsNullOrWhiteSpace(gap) || AppositiveGap().IsMatch(gap))
            {
                return SpeakerOf(document, person);
            }
        }

        var anonymous = AnonymousBeforeCue().Match(text, sentenceStart, cueStart - sentenceStart);
        if (anonymous.Success)
        {
            var phrase = anonymous.Groups["np"].Value;
            return new QuoteSpeaker(phrase, null, phrase);
        }

        return null;
    }

    [GeneratedRegex(@"\b(?:said|says|told|added|asked|explained|stated|noted|claimed|warned|insisted)$")]
    private static partial Regex EndsWithCue();

    [GeneratedRegex(@"[\p{L}\p{Nd}][\p{L}\p{Nd}'’\-]*")]
    private static partial Regex WordCount();

    [GeneratedRegex(@"\b(?:said|says|told|added|asked|explained|stated|noted|claimed|according to|warned|insisted)\b")]
    private static partial Regex CueVerb();

    [GeneratedRegex(@"\b(?:said|says|told|added|asked|explained|stated|noted|claimed|according to|termed|warned|insisted)\b", RegexOptions.RightToLeft)]
    private static partial Regex CueVerbLast();

    private const string Role = @"(?:officials?|sources?|diplomats?|analysts?|experts?|observers?|researchers?|spokes(?:person|man|woman)|aides?|insiders?|scholars?)";

    [GeneratedRegex(@"\b(?:[Aa]n?|[Oo]ne|[Aa]nother|[Tt]he|[Ss]ome|[Ss]everal)\s+(?:[\p{Ll}\-]+\s+){0,4}" + Role + @"\b(?:\s+(?:in|at|from|with|of)\s+(?:the\s+)?[\p{L}\s\-]{1,40}?(?=\s+(?:said|says|told|explained)\b))?")]
    private static partial Regex Anonymous();

    [GeneratedRegex(@"(?:^|(?<=[,;]\s*)|\b)(?<np>(?:(?:[Aa]n?|[Oo]ne|[Aa]nother|[Tt]he|[Ss]ome|[Ss]everal|[Mm]any)\s+(?:[\p{L}\-]+\s+){0,4}" + Role + @"(?:\s+(?:in|at|from|with|of)\s+(?:the\s+)?[\p{L}\s\-]{1,40}?)?|[A-Z][\p{Ll}]+s(?<=(?:Analysts|Experts|Officials|Observers|Diplomats|Sources))))\s+$")]
    private static partial Regex AnonymousBeforeCue();

    [GeneratedRegex(@"(?<cue>\b(?<verb>said|says|say|explained|claimed|claim|claims|noted|stated|added|told(?:\s+[\p{L}]+){1,3}?(?=\s+that\b)))\s+(?:that\s+)?(?<clause>[^“”""].*)", RegexOptions.Singleline)]
    private static partial Regex ReportedClause();

    [GeneratedRegex(@"^,[^,]{3,120},\s*(?:(?:reportedly|also|later|on \w+|during [^,]+?)\s+)?$")]
    private static partial Regex AppositiveGap();
}
