using Dossier.Core.Model;

namespace Dossier.Core.Attribution;

/// <summary>
/// Turns a source phrase into a speaker within one document: a name as written ("Cho") is linked
/// to the fullest form of that name in the document ("Cho Han bum"), a pronoun ("he said") to the
/// most recent compatible person named before it, and a description stays a description.
/// </summary>
internal sealed class SpeakerLinker
{
    private readonly string _text;
    private readonly List<Mention> _people;
    private readonly List<QuotedRegion> _quoted;

    public SpeakerLinker(string text, IEnumerable<Mention> mentions, List<QuotedRegion> quoted)
    {
        _text = text;
        _people = [.. mentions.Where(m => m.Type == EntityType.Person).OrderBy(m => m.Span.Start)];
        _quoted = quoted;
    }

    public QuoteSpeaker? Link(SourcePhrase source)
    {
        if (source.Mention is { } mention)
        {
            return mention.Type == EntityType.Person ? Person(mention, source.Span) : Named(mention, source.Span);
        }

        if (source.IsPronoun)
        {
            var word = source.Span.Of(_text);
            var antecedent = word switch
            {
                "he" or "He" or "she" or "She" => Antecedent(source.Span.Start, word.ToLowerInvariant()),
                "his" or "His" => Antecedent(source.Span.Start, "he"),
                "her" or "Her" => Antecedent(source.Span.Start, "she"),
                "who" => RelativeAntecedent(source.Span.Start),
                _ => null,
            };
            return antecedent is null ? null : Person(antecedent, source.Span);
        }

        var phrase = source.Span.Of(_text);
        return new QuoteSpeaker(phrase, null, phrase) { Source = source.Span };
    }

    private QuoteSpeaker Named(Mention mention, TextSpan written) =>
        new(mention.Text, mention.Span, SpeakerDescription.Of(_text, mention.Span)) { Source = written };

    private QuoteSpeaker Person(Mention written, TextSpan source)
    {
        var full = FullName(written);
        var description = SpeakerDescription.Of(_text, written.Span) ?? (full == written ? null : SpeakerDescription.Of(_text, full.Span));
        return new QuoteSpeaker(full.Text, full.Span, description) { Source = source };
    }

    /// <summary>The nearest earlier mention that contains every word of this one, else the first later one.</summary>
    private Mention FullName(Mention written)
    {
        var words = Words(written.Text);
        Mention? before = null, after = null;
        foreach (var m in _people)
        {
            if (m.Span == written.Span || m.Text.Length <= written.Text.Length)
            {
                continue;
            }

            var candidate = Words(m.Text);
            if (!words.All(w => candidate.Contains(w, StringComparer.Ordinal)))
            {
                continue;
            }

            if (m.Span.Start < written.Span.Start)
            {
                before = m;
            }
            else
            {
                after ??= m;
            }
        }

        return before ?? after ?? written;
    }

    /// <summary>The most recent person named before the pronoun outside quotation marks, whose title does not contradict its gender.</summary>
    private Mention? Antecedent(int pronoun, string word)
    {
        for (var i = _people.Count - 1; i >= 0; i--)
        {
            var m = _people[i];
            if (m.Span.End > pronoun || InsideQuote(m.Span.Start))
            {
                continue;
            }

            var gender = GenderOfTitle(m.Span.Start);
            if (gender is null || gender == word)
            {
                return m;
            }
        }

        return null;
    }

    /// <summary>"Ri Yong Ho, who told …" or "Georgy Toloraya, a scholar at …, who termed …": the last person before "who" in its sentence.</summary>
    private Mention? RelativeAntecedent(int who)
    {
        var sentenceStart = Math.Max(_text.LastIndexOf(". ", who, StringComparison.Ordinal), _text.LastIndexOf('\n', Math.Max(0, who - 1)));
        return _people.LastOrDefault(m => m.Span.End <= who && m.Span.Start > sentenceStart);
    }

    private bool InsideQuote(int offset) => _quoted.Any(q => q.Open < offset && offset < q.Close);

    private string? GenderOfTitle(int nameStart)
    {
        var before = _text.AsSpan(Math.Max(0, nameStart - 12), Math.Min(12, nameStart)).TrimEnd();
        if (before.EndsWith("Mr.", StringComparison.Ordinal) || before.EndsWith("Mr", StringComparison.Ordinal))
        {
            return "he";
        }

        return before.EndsWith("Mrs.", StringComparison.Ordinal) || before.EndsWith("Ms.", StringComparison.Ordinal) || before.EndsWith("Ms", StringComparison.Ordinal)
            ? "she"
            : null;
    }

    private static string[] Words(string name) => name.Split([' ', '-', '\u00a0'], StringSplitOptions.RemoveEmptyEntries);
}
