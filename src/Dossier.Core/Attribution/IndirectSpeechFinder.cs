using System.Text.RegularExpressions;
using Dossier.Core.Model;
using Dossier.Core.Text;

namespace Dossier.Core.Attribution;

/// <summary>
/// Reported speech without quotation marks: "Peskov said (that) …", "X told Al Jazeera that …",
/// "according to X, …", "…, according to X", and "…, he said." at the end of a sentence.
/// </summary>
internal sealed partial class IndirectSpeechFinder
{
    private const int MinClauseWords = 3;
    private const int MaxColonSourceChars = 60;

    // "according to early results of exit polls conducted for the networks by a research firm, …"
    private const int MaxPhraseSourceChars = 160;

    private readonly Document _document;
    private readonly SourceFinder _sources;
    private readonly SpeakerLinker _linker;

    public IndirectSpeechFinder(Document document, SourceFinder sources, SpeakerLinker linker)
    {
        _document = document;
        _sources = sources;
        _linker = linker;
    }

    public List<Quote> Find(IReadOnlyList<Quote> direct, CancellationToken cancellationToken)
    {
        var result = new List<Quote>();
        var directQuotes = direct.Where(q => q.Kind == QuoteKind.Direct).ToList();
        var frames = new CueFrameFinder(_document, _sources);
        var unsourced = new UnsourcedCueFinder(_document.Text, Trim);
        var polls = new PollCueFinder(_document.Text, Trim);
        var token = 0;
        for (var s = 0; s < _document.Sentences.Count; s++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var span = _document.Sentences[s].Span;
            while (token < _document.Tokens.Count && _document.Tokens[token].Span.Start < span.Start)
            {
                token++;
            }

            var first = token;
            while (token < _document.Tokens.Count && _document.Tokens[token].Span.End <= span.End)
            {
                token++;
            }

            // A direct quote's words, cue and speaker are taken; the rest of its sentence may attribute more.
            var inSentence = directQuotes.Where(d => d.Span.Overlaps(span)).ToList();
            var quoted = inSentence.SelectMany(d => new[] { d.Span, d.CueSpan ?? d.Span, d.Source ?? d.Span }).ToList();
            var taken = new List<FoundAttribution>();
            foreach (var candidate in Separate([.. InSentence(span).Concat(frames.Find(s, span, first, token)).Concat(unsourced.Find(span)).Concat(polls.Find(span))]))
            {
                var found = BeforeQuoted(candidate, quoted);
                var quote = ToQuote(found, s);

                // "“…,” he said, referring to …": a direct quote's speaker may be the source of what follows its cue.
                var extent = found.Source is { } shared && inSentence.Any(d => d.Source == shared.Span && d.CueSpan?.End <= found.Cue.Start)
                    ? new TextSpan(found.Cue.Start, Math.Max(found.Cue.End, found.Content.End))
                    : found.Extent;
                if (quote is null || quoted.Any(d => d.Overlaps(extent)) || taken.Any(t => Conflicts(t, found)))
                {
                    continue;
                }

                taken.Add(found);
                result.Add(quote);
            }
        }

        return result;
    }

    /// <summary>
    /// A cue or source inside an attribution already taken is not read again, except the subject two coordinated cues
    /// share: "Ryan expressed concern about the primaries and said he hoped …".
    /// </summary>
    private static bool Conflicts(FoundAttribution taken, FoundAttribution found) =>
        taken.Extent.Overlaps(found.Cue)
        || (found.Source is { } source && taken.Extent.Overlaps(source.Span) && !(taken.Source?.Span == source.Span && !taken.Content.Overlaps(found.Content)));

    /// <summary>
    /// "He said he had not seen it, and when asked …, he said, “…”": a reported clause ends before the
    /// direct quote (its words, cue or speaker) that follows it in the sentence, at the last comma before it.
    /// </summary>
    private FoundAttribution BeforeQuoted(FoundAttribution found, List<TextSpan> quoted)
    {
        var content = found.Content;
        var next = quoted.Where(q => q.Start > content.Start && q.Start < content.End && q.Start > found.Cue.End).Select(q => q.Start).DefaultIfEmpty(-1).Min();
        if (next < 0)
        {
            return found;
        }

        var text = _document.Text;
        var comma = text.LastIndexOfAny([',', ';', '—', '–'], next - 1, next - content.Start);
        return found with { Content = Trim(content.Start, comma > content.Start ? comma : next) };
    }

    /// <summary>
    /// "Officials said the talks had stalled, and the ministry wants …": a content ends before a later
    /// clause that has its own source and cue, so that both attributions are kept.
    /// </summary>
    private List<FoundAttribution> Separate(List<FoundAttribution> found)
    {
        var text = _document.Text;
        for (var i = 0; i < found.Count; i++)
        {
            var content = found[i].Content;
            foreach (var later in found)
            {
                if (later.Source is not { } source || source.Span.Start <= content.Start || later.Cue.Start >= content.End || source.Span.Start >= content.End)
                {
                    continue;
                }

                var boundary = ClauseBoundary().Match(text[content.Start..source.Span.Start]);
                if (boundary.Success)
                {
                    content = Trim(content.Start, content.Start + boundary.Index);
                }
            }

            found[i] = found[i] with { Content = content };
        }

        return found;
    }

    private Quote? ToQuote(FoundAttribution found, int sentence)
    {
        var text = _document.Text;
        // A stance's or a particle verb's content may be one name ("endorsed Trump", "referring to Obama"); what is said or
        // believed is a clause, or a two-word phrase of its own.
        var stance = found.Kind == CueKind.Stance || IsParticleCue(found.Cue);
        var words = found.Content.Length == 0 ? 0 : DirectQuoteFinder.WordCount().Count(found.Content.Of(text));
        if (words < (stance ? 1 : MinClauseWords) && !(words == MinClauseWords - 1 && IsShortContent(found)))
        {
            return null;
        }

        if (NotContent().IsMatch(text, found.Content.Start) || (!stance && StartsWithSpeaker(found.Content)))
        {
            return null;
        }

        // Without a source phrase the attribution names nobody ("he seemed rattled"); with one, it must name someone.
        var speaker = found.Source is { } source ? _linker.Link(source) : null;
        if (speaker is null && found.Source is { IsPronoun: false })
        {
            return null;
        }

        return new Quote(found.Content, found.Content.Of(text), KindOf(found.Kind), found.Cue.Of(text), speaker, sentence)
        {
            CueSpan = found.Cue,
            Source = found.Source?.Span,
        };
    }

    /// <summary>
    /// Two words after a cue are what it attributes when they are a phrase of their own ("declined to comment", "announcing
    /// her decision"), not a verb of telling's listener ("told the crowd"), a headline's figure ("Clinton: 1,769") or a
    /// sentence's opening words ("they warned. Nor, apparently, …").
    /// </summary>
    private bool IsShortContent(FoundAttribution found)
    {
        var text = _document.Text;
        return char.IsLower(text[found.Content.Start]) && char.IsLower(text[found.Cue.Start]) && !CueLexicon.TakesObject(found.Cue.Of(text).ToLowerInvariant());
    }

    /// <summary>"referring to", "talked about", "called for": a verb and the particle that makes it a cue, whose object is what it is about.</summary>
    private bool IsParticleCue(TextSpan cue)
    {
        var text = _document.Text.AsSpan(cue.Start, cue.Length);
        var space = text.IndexOf(' ');
        return space > 0 && text.LastIndexOf(' ') == space && CueVerbs.TakesParticle(text[..space].ToString(), text[(space + 1)..].ToString());
    }

    /// <summary>"said Marley Anderson, 21, a junior …": the words after the cue name the speaker, not what was said.</summary>
    private bool StartsWithSpeaker(TextSpan content)
    {
        var text = _document.Text;
        foreach (var m in _document.Mentions)
        {
            if (m.Type == EntityType.Person && m.Span.Start == content.Start)
            {
                var after = text.AsSpan(m.Span.End, content.End - m.Span.End).TrimStart();
                return after.IsEmpty || after[0] == ',';
            }
        }

        return false;
    }

    private static QuoteKind KindOf(CueKind kind) => kind switch
    {
        CueKind.Belief or CueKind.Stance => QuoteKind.Belief,
        CueKind.Intention => QuoteKind.Intention,
        CueKind.Finding => QuoteKind.Finding,
        _ => QuoteKind.Indirect,
    };

    /// <summary>The attributions of the speech cues of the sentence ("said", "according to"), left to right.</summary>
    private IEnumerable<FoundAttribution> InSentence(TextSpan sentence)
    {
        var text = _document.Text;
        if (ColonCue(sentence) is { } headline)
        {
            yield return headline;
        }
        else if (HeadlineCueFinder.Find(text, sentence, _sources, Trim) is { } titled)
        {
            yield return titled;
        }

        for (var cue = CueLexicon.Cue().Match(text, sentence.Start, sentence.Length); cue.Success; cue = cue.NextMatch())
        {
            var cueSpan = new TextSpan(cue.Index, cue.Index + cue.Length);
            var found = cue.Value.StartsWith("according", StringComparison.OrdinalIgnoreCase)
                ? AccordingTo(sentence, cueSpan)
                : Reported(sentence, cueSpan, cue.Value) ?? Trailing(sentence, cueSpan, cue.Value) ?? Participle(sentence, cueSpan, cue.Value);
            if (found is { } f)
            {
                yield return new FoundAttribution(cueSpan, f.Source, f.Content, CueKind.Speech);
            }
        }
    }

    /// <summary>"Graham: Trump’s Rhetoric Destroying GOP’s Chance" (a headline's way of attributing): a name, a colon, then the words.</summary>
    private FoundAttribution? ColonCue(TextSpan sentence)
    {
        var text = _document.Text;
        var colon = text.IndexOf(':', sentence.Start, Math.Min(sentence.Length, MaxColonSourceChars));
        if (colon < 0 || colon + 1 >= sentence.End || !char.IsWhiteSpace(text[colon + 1]))
        {
            return null;
        }

        var source = _sources.After(sentence.Start, colon);
        if (source?.Mention is null || source.Span.Start != sentence.Start || !text.AsSpan(source.Span.End, colon - source.Span.End).IsWhiteSpace())
        {
            // "Poll: Trump ties Clinton", "Q: How did things go?": a short label that no name list knows.
            var label = ColonLabel().Match(text, sentence.Start, colon - sentence.Start).Groups["label"];
            if (!label.Success || NotSources().IsMatch(label.Value))
            {
                return null;
            }

            source = new SourcePhrase(new TextSpan(label.Index, label.Index + label.Length), null, false);
        }

        var content = Trim(colon + 1, sentence.End);
        return new FoundAttribution(new TextSpan(colon, colon + 1), source, content, CueKind.Speech);
    }

    /// <summary>"X said (that) …": the subject before the cue, the clause after it.</summary>
    private (TextSpan Content, SourcePhrase Source)? Reported(TextSpan sentence, TextSpan cue, string verb)
    {
        var text = _document.Text;
        var lookback = Math.Max(sentence.Start, cue.Start - 30);
        if (cue.Start == sentence.Start || Passive().Match(text, lookback, cue.Start - lookback).Success)
        {
            return null;
        }

        var clauseFrom = ClauseStart(sentence.Start, cue.Start);
        var source = _sources.Before(clauseFrom, cue.Start, loose: false);
        if (source is null)
        {
            return null;
        }

        var after = AfterCueAdjuncts(cue.End, sentence.End);
        var rest = text.AsSpan(after, sentence.End - after);
        var that = ThatClause().Match(text, after, sentence.End - after);
        int start;
        if (that.Success)
        {
            start = that.Index + that.Length;
        }
        else if (CueLexicon.TakesObject(verb) || rest.TrimStart().StartsWith(",") || rest.TrimStart().StartsWith(":") || rest.TrimStart().StartsWith("."))
        {
            return null;
        }
        else
        {
            var bare = BareClause().Match(text, after, sentence.End - after);
            if (!bare.Success)
            {
                return null;
            }

            start = bare.Index + bare.Length;
        }

        return (Trim(start, sentence.End), source);
    }

    /// <summary>
    /// Where the reported clause may begin after a cue: past when it was said ("said on Friday she
    /// …", "said Tuesday that …") and past a short aside between commas ("says, win or lose, he …").
    /// </summary>
    private int AfterCueAdjuncts(int cueEnd, int sentenceEnd)
    {
        var text = _document.Text;
        var when = WhenSaid().Match(text, cueEnd, sentenceEnd - cueEnd);
        var at = when.Success ? when.Index + when.Length : cueEnd;
        var aside = Aside().Match(text, at, sentenceEnd - at);

        // The aside's last character is the space BareClause starts with.
        var afterAside = aside.Index + aside.Length - 1;
        return aside.Success && BareClause().IsMatch(text, afterAside) ? afterAside : at;
    }

    /// <summary>"Peskov spoke on Friday, saying (that) …": the sentence's subject, the clause after the participle.</summary>
    private (TextSpan Content, SourcePhrase Source)? Participle(TextSpan sentence, TextSpan cue, string verb)
    {
        var text = _document.Text;
        var before = text.AsSpan(sentence.Start, cue.Start - sentence.Start).TrimEnd();
        if (!verb.EndsWith("ing", StringComparison.Ordinal) || before.Length == 0 || before[^1] != ',')
        {
            return null;
        }

        var subject = _sources.After(sentence.Start, cue.Start);
        if (subject is null || subject.Span.Start != sentence.Start)
        {
            return null;
        }

        var that = ThatClause().Match(text, cue.End, sentence.End - cue.End);
        if (that.Success)
        {
            return (Trim(that.Index + that.Length, sentence.End), subject);
        }

        var bare = BareClause().Match(text, cue.End, sentence.End - cue.End);
        return bare.Success && !CueLexicon.TakesObject(verb) ? (Trim(bare.Index + bare.Length, sentence.End), subject) : null;
    }

    /// <summary>"According to X, …" or "…, according to X."</summary>
    private (TextSpan Content, SourcePhrase Source)? AccordingTo(TextSpan sentence, TextSpan cue)
    {
        var text = _document.Text;
        var comma = text.IndexOf(',', cue.End, sentence.End - cue.End);
        var sourceEnd = comma < 0 ? sentence.End : comma;
        var source = _sources.After(cue.End, sourceEnd) ?? Phrase(cue.End, sourceEnd);
        if (source is null)
        {
            return null;
        }

        var before = text.AsSpan(sentence.Start, cue.Start - sentence.Start).TrimEnd();
        if (before.Length > 0 && before[^1] == ',')
        {
            return (Trim(sentence.Start, sentence.Start + before.Length - 1), source);
        }

        if (!before.IsEmpty || comma < 0)
        {
            return null;
        }

        // The source's appositive ends at a later comma: "According to X, a scholar at Y, …".
        var next = comma;
        var appositive = text.IndexOf(',', comma + 1, sentence.End - comma - 1);
        if (appositive > 0 && source.Mention is not null && AppositiveStart().IsMatch(text, comma))
        {
            next = appositive;
        }

        return (Trim(next + 1, sentence.End), source);
    }

    /// <summary>"…, he said." / "…, said a government official." / "…, analysts say, as …".</summary>
    private (TextSpan Content, SourcePhrase Source)? Trailing(TextSpan sentence, TextSpan cue, string verb)
    {
        var text = _document.Text;
        var comma = text.LastIndexOf(',', Math.Max(sentence.Start, cue.Start - 1), cue.Start - sentence.Start);
        if (comma <= sentence.Start)
        {
            return null;
        }

        var after = text.AsSpan(cue.End, sentence.End - cue.End).TrimStart();
        var source = _sources.Before(comma + 1, cue.Start, loose: false);
        if (source is not null && SourceModifiers().IsMatch(text.AsSpan(comma + 1, source.Span.Start - comma - 1)))
        {
            // "…, federal officials said": the modifiers belong to an unnamed source's phrase.
            if (source.Mention is null && !source.IsPronoun)
            {
                source = source with { Span = Trim(comma + 1, source.Span.End) };
            }

            // "…, the president told her." / "…, a spokesman told a local newspaper.": a verb of telling keeps its listener.
            var ends = after.IsEmpty || after[0] is '.' or ',' or '!' or ';' || (CueLexicon.TakesObject(verb) && Listener().IsMatch(after));
            return ends ? (Trim(sentence.Start, comma), source) : null;
        }

        if (!text.AsSpan(comma + 1, cue.Start - comma - 1).Trim().IsEmpty)
        {
            return null;
        }

        // "…, said a government official." but not "X, a worker, said she …": nothing but an appositive may follow the source.
        var end = text.IndexOfAny(['.', ',', ';'], cue.End, sentence.End - cue.End);
        source = _sources.After(cue.End, end < 0 ? sentence.End : end);
        return source is null || !text.AsSpan(source.Span.End, (end < 0 ? sentence.End : end) - source.Span.End).IsWhiteSpace()
            ? null
            : (Trim(sentence.Start, comma), source);
    }

    private SourcePhrase? Phrase(int from, int to)
    {
        var span = Trim(from, to);
        return span.Length == 0 || span.Length > MaxPhraseSourceChars ? null : new SourcePhrase(span, null, false);
    }

    /// <summary>Where the clause holding the cue begins: after the last comma-free stretch before it.</summary>
    private int ClauseStart(int sentenceStart, int cueStart)
    {
        var text = _document.Text;
        var semicolon = text.LastIndexOfAny([';', ':'], Math.Max(sentenceStart, cueStart - 1), cueStart - sentenceStart);
        return semicolon >= sentenceStart ? semicolon + 1 : sentenceStart;
    }

    /// <summary>
    /// The span between <paramref name="start"/> and <paramref name="end"/> without surrounding
    /// spaces and punctuation, widened to whole tokens: trimming the full stop of "in the U.S.."
    /// must not cut the abbreviation's own period.
    /// </summary>
    private TextSpan Trim(int start, int end)
    {
        var text = _document.Text;
        while (start < end && (char.IsWhiteSpace(text[start]) || text[start] is ',' or ':' or '—' or '–'))
        {
            start++;
        }

        while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is '.' or ',' or ';' or '!' or '?' or ':' or '—' or '–'))
        {
            end--;
        }

        return start == end ? new TextSpan(start, end) : TokenAlignment.Snap(_document.Tokens, new TextSpan(start, end));
    }

    // One to three capitalised words: "Poll", "Clinton Camp", "HUFFPOLLSTER".
    [GeneratedRegex(@"\G\s*(?<label>[\p{Lu}][\p{L}\p{N}’'.\-]*(?:\s+[\p{Lu}][\p{L}\p{N}’'.\-]*){0,2})\s*$")]
    private static partial Regex ColonLabel();

    /// <summary>Labels before a colon that introduce something other than what someone said (interview turns are "Q:" and "A:", not sources).</summary>
    [GeneratedRegex(@"^(?:q|a|updated?|updates|related|note|editor['’]s\s+note|watch|look|boom|breaking|exclusive|revealed|remember|plus|photos?|video|read|read\s+more|click|sources?|follow|contact|email|subscribe|advertisement|listen|see\s+also|correction|disclosure|full\s+text|transcript|more|also|here|now|next|the\s+latest|latest|contributing|bottom\s+line)$", RegexOptions.IgnoreCase)]
    private static partial Regex NotSources();

    [GeneratedRegex(@"(?:,\s*(?:and|but|while|whereas)|;)\s*$")]
    private static partial Regex ClauseBoundary();

    /// <summary>
    /// Words after a cue that say where, when or about whom it was said, not what: "said of Mr. Cruz", "said on ABC", "said Wednesday",
    /// "said this week"; or that make a phrasal verb ("showed up", "found itself"). "this" and "at" open a clause too ("believe this
    /// provides …", "reported at least six …").
    /// </summary>
    [GeneratedRegex(@"\G(?:of|on|in|at(?!\s+(?:least|most)\b)|from|about(?!\s+(?:half|a\s+(?:third|quarter|dozen|fifth)|one|two|three|four|five|six|seven|eight|nine|ten|\d))|by|during|after|before|with|for|recently|later|earlier|yesterday|today|tonight|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|last|this(?=\s+(?:week|weekend|month|year|morning|afternoon|evening|spring|summer|fall|autumn|winter|season|time)\b)|afterward|afterwards|while|when|as|through|via|under|outside|inside|up|into|off|down|back|away|itself|himself|herself|themselves|ourselves|myself)\b")]
    private static partial Regex NotContent();

    [GeneratedRegex(@"\G\s+(?:(?:on|late|early)\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|yesterday|today|tonight|recently|earlier|later|last\s+(?:week|month|year|night)|this\s+(?:week|month|year|morning))(?:\s+(?:morning|afternoon|evening|night))?(?=[\s,])")]
    private static partial Regex WhenSaid();

    [GeneratedRegex(@"^(?:[\p{L}\p{N}’'\-]+\.?\s+){0,5}[\p{L}\p{N}’'\-]+\s*(?:[.!,;]|$)")]
    private static partial Regex Listener();

    [GeneratedRegex(@"\G\s*,[^,.;:“”""]{2,40},\s")]
    private static partial Regex Aside();

    [GeneratedRegex(@"^\s*(?:(?:[Mm]r|[Mm]rs|[Mm]s|[Dd]r|[Ss]en|[Rr]ep|[Gg]ov|[Pp]rof)\.?\s+|(?:[\p{Ll}][\p{L}.\-]*\s+){0,3}|(?:U\.S\.|[A-Z][\p{Ll}]+)\s+)?$")]
    private static partial Regex SourceModifiers();

    [GeneratedRegex(@"\b(?:is|was|were|are|be|been|being)\s+(?:[\p{L}]+ly\s+)?$")]
    private static partial Regex Passive();

    [GeneratedRegex(@"\G(?:\s+(?:[^,.;:“”""]{1,60}?\s+)?)?that\b\s*")]
    private static partial Regex ThatClause();

    [GeneratedRegex(@"\G\s+(?=(?:the|a|an|his|her|their|its|he|she|they|it|we|I|there|this|these|those|[\p{Lu}]|[\p{Ll}]+\s+(?:is|are|was|were|will|would|could|should|had|has|have|can|may|might|must)\b))(?!(?:in|on|at|during|after|before|to|with|for|of|by|last|this\s+week|on\s+\w+day)\b)")]
    private static partial Regex BareClause();

    [GeneratedRegex(@"\G,\s+(?:an?|the|[\p{Ll}])")]
    private static partial Regex AppositiveStart();
}
