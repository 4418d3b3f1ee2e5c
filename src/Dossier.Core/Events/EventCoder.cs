using Dossier.Core.Model;
using Dossier.Core.Models;
using Dossier.Core.Pipeline;

namespace Dossier.Core.Events;

/// <summary>
/// Codes who did what to whom in each sentence (CAMEO, through <see cref="SentenceCoder"/>) from
/// our own part-of-speech tags, the actor dictionaries and the document's name mentions. Each event
/// keeps the sentence, the verb's words, the pattern that matched, how the text presents it
/// (<see cref="EventMode"/>) and the sentence's date when a time mention gives one.
/// </summary>
public sealed class EventCoder(EventDictionaries dictionaries) : IDocumentStep
{
    private readonly SentenceCoder _coder = new(dictionaries);

    /// <summary>A coder with the Phoenix dictionaries shipped in Dossier.Core.</summary>
    public EventCoder()
        : this(EventDictionaries.Default)
    {
    }

    public string Name => "EventCoder";

    public IReadOnlySet<Layer> Requires { get; } = Layers.Of(Layer.CleanText, Layer.Sentences, Layer.Tokens, Layer.NameMentions, Layer.TimeMentions);

    public IReadOnlySet<Layer> Produces { get; } = Layers.Of(Layer.Events);

    public void Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var events = new List<CodedEvent>();
        var published = document.Metadata.Published?.Date;
        var token = 0;
        for (var s = 0; s < document.Sentences.Count; s++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var span = document.Sentences[s].Span;
            while (token < document.Tokens.Count && document.Tokens[token].Span.Start < span.Start)
            {
                token++;
            }

            var first = token;
            while (token < document.Tokens.Count && document.Tokens[token].Span.End <= span.End)
            {
                token++;
            }

            if (token - first < 3)
            {
                continue;
            }

            CodeSentence(document, s, first, token, published, events);
        }

        document.Events = events;
    }

    private void CodeSentence(Document document, int sentence, int first, int end, DateOnly? published, List<CodedEvent> events)
    {
        var (words, spans) = CodingWords.Split(document.Text, document.Tokens.Skip(first).Take(end - first));

        var dateValue = document.Times.FirstOrDefault(t => t.Sentence == sentence && t.IsDate && t.Value.Length >= 10)?.Value;
        DateOnly? date = dateValue is not null && DateOnly.TryParseExact(dateValue[..10], "yyyy-MM-dd", out var day) ? day : published;
        var tags = SentencePartsOfSpeech.Of(document, sentence, words);
        var found = _coder.Code(words, tags, date, MentionHits(document, sentence, spans, date));
        foreach (var e in found)
        {
            var verbSpan = new TextSpan(spans[e.VerbStart].Start, spans[e.VerbEnd - 1].End);
            events.Add(new CodedEvent(
                Actor(document, spans, e.Source, e.SourceCode),
                Actor(document, spans, e.Target, e.TargetCode),
                e.Code,
                sentence,
                verbSpan,
                e.Rule,
                e.Mode,
                document.Times.FirstOrDefault(t => t.Sentence == sentence && t.IsDate)?.Value));
        }
    }

    private static EventActor Actor(Document document, TextSpan[] spans, ActorUnit unit, string code)
    {
        var span = new TextSpan(spans[unit.Start].Start, spans[unit.End - 1].End);
        return new EventActor(null, code, document.TextOf(span), span);
    }

    /// <summary>Name mentions of the sentence that the catalog knows under another spelling than the lexicon's.</summary>
    private List<ActorHit>? MentionHits(Document document, int sentence, TextSpan[] spans, DateOnly? date)
    {
        if (dictionaries.Catalog is not { } catalog)
        {
            return null;
        }

        List<ActorHit>? hits = null;
        foreach (var mention in document.Mentions)
        {
            if (mention.Sentence != sentence || catalog.Find(mention.Text, date) is not { } actor || actor.CodeAt(date) is not { } code)
            {
                continue;
            }

            var start = Array.FindIndex(spans, s => s.Start >= mention.Span.Start);
            var end = Array.FindLastIndex(spans, s => s.End <= mention.Span.End);
            if (start < 0 || end < start)
            {
                continue;
            }

            hits ??= [];
            hits.Add(new ActorHit(start, end + 1, new LexiconEntry(actor.Name, [new Actors.CodedPeriod(code)])));
        }

        return hits;
    }
}
