using Dossier.Core.Events;
using Dossier.Core.Model;
using Dossier.Core.Models;
using Dossier.Core.Text;

namespace Dossier.Core.Attribution;

/// <summary>
/// Subject–cue–complement frames over part-of-speech tags: "Polls show (that) …", "Trump wants to …",
/// "the campaign refused to …", "He also expressed concern … and said he hoped …", "…, calling it …".
/// The cue must be tagged as a verb, so "the plans" or "a call" are not cues.
/// </summary>
internal sealed class CueFrameFinder
{
    private const int MinContentWords = 2;

    // A clause before ", the BBC reported." has a subject, a verb and something more.
    private const int MinClauseWords = 3;

    // Words between a light verb or a possessor and the cue noun: "made an impassioned call for", "Graham's energetic endorsement of".
    private const int MaxNounModifiers = 3;

    private static readonly HashSet<string> Auxiliaries = new(StringComparer.OrdinalIgnoreCase)
    {
        "has", "have", "had", "'ve", "’ve", "do", "does", "did", "not", "n't", "n’t", "is", "are", "was", "were", "'s", "’s", "be", "been",
        "will", "would", "could", "should", "may", "might", "must", "can", "also", "still", "never", "already", "even", "just", "now",
        "repeatedly", "often", "later", "then", "again", "once", "reportedly", "previously", "recently", "publicly", "privately", "long",
    };

    // What a study, a poll or an inquiry is called: the subjects whose plain object of "found" is a finding.
    private static readonly HashSet<string> Documents = new(StringComparer.Ordinal)
    {
        "poll", "polls", "survey", "surveys", "study", "studies", "report", "reports", "analysis", "review", "investigation", "inquiry",
        "audit", "paper", "research", "data", "records", "documents", "results", "probe", "tally", "count", "estimate",
    };

    private static readonly System.Buffers.SearchValues<char> QuotationMarks = System.Buffers.SearchValues.Create("“”\"«»„");

    private readonly Document _document;
    private readonly SourceFinder _sources;

    public CueFrameFinder(Document document, SourceFinder sources)
    {
        _document = document;
        _sources = sources;
    }

    /// <summary>The frames of the sentence's tokens <paramref name="first"/> to <paramref name="end"/>, left to right.</summary>
    public IEnumerable<FoundAttribution> Find(int index, TextSpan sentence, int first, int end)
    {
        var text = _document.Text;
        var (words, spans) = CodingWords.Split(text, Enumerable.Range(first, end - first).Select(i => _document.Tokens[i]));
        var lower = words.Select(w => w.ToLowerInvariant()).ToArray();
        var nouns = lower.Any(NounCues.Contains);
        if (!nouns && !words.Any(w => CueVerbs.TryGet(w, out _)) && !lower.Contains("that"))
        {
            yield break;
        }

        var tags = SentencePartsOfSpeech.Of(_document, index, words);
        for (var j = 1; j < words.Length; j++)
        {
            // "He expressed concern about …", "Le Pen voiced support for …": the verb's subject holds the noun.
            if (nouns && tags[j].StartsWith("VB", StringComparison.Ordinal) && NounCues.IsLightVerb(lower[j]) && NounAfterLightVerb(lower, tags, j) is { } phrase)
            {
                var held = Frame(sentence, words, lower, tags, spans, j, phrase.Kind, phrase);
                if (held is not null)
                {
                    yield return held;
                    continue;
                }
            }

            // A capitalised cue word inside a sentence is a name ("the United States"). The tagger
            // misreads some verbs that are never nouns right after their subject ("analysts insist/IN", "experts suggest/JJS").
            var lexical = CueVerbs.TryGet(words[j], out var kind);
            var misread = lexical && CueVerbs.IsVerbOnly(words[j]) && (tags[j - 1].StartsWith("NN", StringComparison.Ordinal) || tags[j - 1] == "PRP");
            if (!tags[j].StartsWith("VB", StringComparison.Ordinal) && !misread)
            {
                continue;
            }

            if (!lexical && !ThatClauseCue.Opens(words, lower, tags, j))
            {
                continue;
            }

            // Any verb before a "that" clause puts the clause in its subject's mind or mouth ("ruled that", "worries that"); which, is not said, so it counts as a belief.
            var found = Frame(sentence, words, lower, tags, spans, j, lexical ? kind : CueKind.Belief);
            if (found is not null && (lexical || !ThatClauseCue.IsExpletive(found.Source!.Span.Of(_document.Text))))
            {
                yield return found;
            }
        }

        if (nouns)
        {
            foreach (var found in Possessed(sentence, words, lower, tags, spans).Concat(Received(sentence, words, lower, tags, spans)))
            {
                yield return found;
            }
        }
    }

    /// <summary>"expressed (serious) concern about", "made an impassioned call for": the cue noun a light verb at <paramref name="verb"/> takes as its object.</summary>
    private static NounCuePhrase? NounAfterLightVerb(string[] lower, string[] tags, int verb)
    {
        var noun = verb + 1;
        while (noun < lower.Length && noun - verb <= MaxNounModifiers && tags[noun] is "DT" or "PRP$" or "JJ" or "JJR" or "JJS" or "RB" or "CD")
        {
            noun++;
        }

        return noun < lower.Length && NounCues.Contains(lower[noun]) ? NounCues.At(lower, tags, noun) : null;
    }

    /// <summary>"his criticism of …", "Mr. Trump's continual attacks on …", "the DNC's decision to …": the possessor of a cue noun is its source.</summary>
    private IEnumerable<FoundAttribution> Possessed(TextSpan sentence, string[] words, string[] lower, string[] tags, TextSpan[] spans)
    {
        for (var n = 0; n < words.Length; n++)
        {
            if (!NounCues.Contains(lower[n]) || NounCues.At(lower, tags, n) is not { } phrase)
            {
                continue;
            }

            var owner = n - 1;
            while (owner >= 0 && n - owner <= MaxNounModifiers && tags[owner] is "JJ" or "JJR" or "JJS" or "RB" or "VBN" or "VBG")
            {
                owner--;
            }

            SourcePhrase? source = null;
            if (owner >= 0 && tags[owner] == "PRP$")
            {
                source = new SourcePhrase(spans[owner], null, true);
            }
            else if (owner > 0 && lower[owner] is "'s" or "'")
            {
                var named = _sources.Before(sentence.Start, spans[owner].Start, loose: false);
                source = named?.Mention is not null && named.Span.End == spans[owner - 1].End ? named : NounPhraseEndingAt(words, tags, spans, owner - 1);
            }

            // "Despite complaints that he is a quixotic crusader", "the claim that …": a clause nobody in the sentence is said to hold.
            var unowned = source is null && phrase.CueEnd == n && lower[phrase.ContentStart] == "that" && (owner < 0 || tags[owner] is "DT" or "IN" or "CC" or "," || tags[owner].StartsWith("VB", StringComparison.Ordinal));
            var content = source is null && !unowned ? null : NounContent(words, tags, spans, phrase);
            if (content is { } c)
            {
                yield return new FoundAttribution(new TextSpan(spans[owner + 1].Start, spans[phrase.CueEnd].End), source, c, phrase.Kind);
            }
        }
    }

    /// <summary>
    /// "The proposal has drawn harsh criticism from fellow GOP hopefuls", "Trump has faced criticism from rivals that …": a cue
    /// noun received from someone, whose content is the clause after the giver or else the sentence's subject, what it is aimed at.
    /// </summary>
    private IEnumerable<FoundAttribution> Received(TextSpan sentence, string[] words, string[] lower, string[] tags, TextSpan[] spans)
    {
        for (var n = 2; n + 2 < words.Length; n++)
        {
            if (lower[n + 1] != "from" || !NounCues.IsReceived(lower[n]) || !tags[n].StartsWith("NN", StringComparison.Ordinal))
            {
                continue;
            }

            var verb = n - 1;
            while (verb > 0 && n - verb <= MaxNounModifiers && tags[verb] is "DT" or "JJ" or "JJR" or "JJS" or "RB" or "CD")
            {
                verb--;
            }

            var giverEnd = n + 2;
            while (giverEnd < words.Length && (IsNounPhraseTag(tags[giverEnd]) || (words[giverEnd] is "and" or "of" && giverEnd + 1 < words.Length && IsNounPhraseTag(tags[giverEnd + 1]))))
            {
                giverEnd++;
            }

            if (!tags[verb].StartsWith("VB", StringComparison.Ordinal) || giverEnd == n + 2 || !tags[giverEnd - 1].StartsWith("NN", StringComparison.Ordinal))
            {
                continue;
            }

            var giver = _sources.After(spans[n + 1].End, spans[giverEnd - 1].End) is { Mention: not null } named && named.Span.Start == spans[n + 2].Start
                ? named
                : new SourcePhrase(new TextSpan(spans[n + 2].Start, spans[giverEnd - 1].End), null, tags[giverEnd - 1] == "PRP");
            var cue = new TextSpan(spans[verb].Start, spans[n].End);
            var clauseStart = giverEnd < words.Length && words[giverEnd] == "," ? giverEnd + 1 : giverEnd;
            if (clauseStart + 1 < words.Length && (lower[clauseStart] == "that" || (lower[clauseStart] == "to" && tags[clauseStart + 1] == "VB")))
            {
                var phrase = new NounCuePhrase(n, clauseStart, lower[clauseStart] == "to" ? CueKind.Intention : CueKind.Speech, Clause: true);
                if (NounContent(words, tags, spans, phrase) is { } clause)
                {
                    yield return new FoundAttribution(cue, giver, clause, phrase.Kind);
                }

                continue;
            }

            var target = Subject(sentence, words, tags, spans, verb);
            if (target is not null && !target.IsPronoun && target.Span.End <= spans[verb].Start)
            {
                yield return new FoundAttribution(cue, giver, target.Span, CueKind.Stance);
            }
        }
    }

    /// <summary>What a cue noun attributes: its clause, infinitive or object, to where the clause around it goes on.</summary>
    private TextSpan? NounContent(string[] words, string[] tags, TextSpan[] spans, NounCuePhrase phrase)
    {
        var end = NounCues.ContentEnd(words, tags, phrase.ContentStart, phrase.Clause);
        return end <= phrase.ContentStart ? null : TokenAlignment.Snap(_document.Tokens, new TextSpan(spans[phrase.ContentStart].Start, spans[end - 1].End));
    }

    private FoundAttribution? Frame(TextSpan sentence, string[] words, string[] lower, string[] tags, TextSpan[] spans, int cue, CueKind kind, NounCuePhrase? noun = null)
    {
        // "called for", "pointed to", "referring to": the particle belongs to the cue.
        var cueEnd = cue;
        if (noun is { } held)
        {
            cueEnd = held.CueEnd;
        }
        else if (cue + 1 < words.Length && CueVerbs.TakesParticle(lower[cue], lower[cue + 1]))
        {
            cueEnd = cue + 1;
        }
        else if (CueVerbs.NeedsParticle(lower[cue]))
        {
            return null;
        }

        var k = cue - 1;
        while (k >= 0 && (Auxiliaries.Contains(lower[k]) || tags[k] is "RB" or "MD"))
        {
            k--;
        }

        var content = noun is { } phrase ? NounContent(words, tags, spans, phrase) : Content(sentence, words, spans, cueEnd);
        if (noun is not null && content is null)
        {
            return null;
        }

        if (content is null)
        {
            return cueEnd == cue && kind is CueKind.Speech or CueKind.Finding ? AfterClause(sentence, words, lower, tags, spans, cue, k, kind) : null;
        }

        // "The poll found Trump leading": a document finds what it holds, even without a clause.
        var clause = cueEnd + 1 < words.Length && lower[cueEnd + 1] is "that" or "how" or "why" or "what" or "whether" or "if" or "when";
        if (noun is null && CueVerbs.NeedsClause(lower[cue]) && !clause && !(kind == CueKind.Finding && k >= 0 && Documents.Contains(lower[k])))
        {
            return null;
        }

        // A past participle is a cue only after "has/had" ("has said"); otherwise it is passive or an adjective.
        if (tags[cue] == "VBN" && (k == cue - 1 || lower[k + 1] is not ("has" or "have" or "had" or "'ve" or "’ve")))
        {
            return null;
        }

        // "The meeting is said to …": passive, the subject is not the source.
        if (tags[cue] != "VBG" && Enumerable.Range(k + 1, cue - k - 1).Any(i => lower[i] is "is" or "are" or "was" or "were" or "be" or "been" or "being" or "'s" or "’s"))
        {
            return null;
        }

        if (k < 0)
        {
            return null;
        }

        SourcePhrase? source;
        if (lower[k] is "and" or "but" || (lower[k] == "," && tags[cue] == "VBG"))
        {
            // "He expressed concern … and said …", "Trump spoke on Friday, calling it …": the sentence's subject;
            // "“…,” he said, referring to …": the source of the cue before the comma.
            source = (lower[k] == "," ? SpeakerBeforeComma(words, lower, tags, spans, k) : null) ?? Subject(sentence, words, tags, spans, k);
        }
        else if (tags[k] is "TO" or "IN")
        {
            // "no clear favorite to challenge", "joined China in calling for": no subject of its own.
            return null;
        }
        else
        {
            source = _sources.Before(sentence.Start, spans[k].End, loose: false) ?? NounPhraseEndingAt(words, tags, spans, k) ?? BeforeAppositive(words, tags, spans, k);
        }

        return source is null ? null : new FoundAttribution(new TextSpan(spans[cue].Start, spans[cueEnd].End), source, content.Value, kind);
    }

    /// <summary>
    /// "…, the BBC reported." / "…, a Quinnipiac University poll shows.": a noun phrase and a verb of saying or finding that close
    /// the sentence after a comma attribute everything before the comma.
    /// </summary>
    private FoundAttribution? AfterClause(TextSpan sentence, string[] words, string[] lower, string[] tags, TextSpan[] spans, int cue, int subjectEnd, CueKind kind)
    {
        var closes = Enumerable.Range(cue + 1, words.Length - cue - 1).All(i => words[i] is "." or "!" or "”" or "\"");
        if (!closes || subjectEnd < 1 || tags[cue] is not ("VBD" or "VBZ" or "VBP") || Enumerable.Range(subjectEnd + 1, cue - subjectEnd - 1).Any(i => lower[i] is "is" or "are" or "was" or "were" or "be" or "been"))
        {
            return null;
        }

        var subject = NounPhraseEndingAt(words, tags, spans, subjectEnd);
        if (subject is null)
        {
            return null;
        }

        var first = Array.FindIndex(spans, span => span.Start == subject.Span.Start);
        if (first < 2 || words[first - 1] != ",")
        {
            return null;
        }

        var text = _document.Text;
        var end = spans[first - 1].Start;
        while (end > sentence.Start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        // Quoted words and their speaker are the direct quote finder's: "“Nothing is decided,” he said."
        var start = spans[0].Start;
        if (text.AsSpan(start, spans[cue].Start - start).IndexOfAny(QuotationMarks) >= 0)
        {
            return null;
        }

        return first - 1 < MinClauseWords ? null : new FoundAttribution(new TextSpan(spans[cue].Start, spans[cue].End), subject, TokenAlignment.Snap(_document.Tokens, new TextSpan(start, end)), kind);
    }

    /// <summary>From the word after the cue to the end of the sentence, when that holds a complement.</summary>
    private TextSpan? Content(TextSpan sentence, string[] words, TextSpan[] spans, int cue)
    {
        var next = cue + 1;
        if (next >= words.Length || words.Length - next < MinContentWords || words[next] is "." or "," or ";" or ":" or "?" or "!" or ")" or "”" or "\"")
        {
            return null;
        }

        var end = sentence.End;
        var text = _document.Text;
        while (end > spans[next].Start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is '.' or ',' or ';' or '!' or '?' or ':' or '—' or '–'))
        {
            end--;
        }

        // Words split off a token ("n't", "'s") do not start or end a span of their own.
        return end > spans[next].Start ? TokenAlignment.Snap(_document.Tokens, new TextSpan(spans[next].Start, end)) : null;
    }

    /// <summary>"he said, referring to …", "said Ms. Abedin, referring to …": the source of a verb of saying that ends at the comma <paramref name="comma"/>.</summary>
    private SourcePhrase? SpeakerBeforeComma(string[] words, string[] lower, string[] tags, TextSpan[] spans, int comma)
    {
        var verb = comma - 1;
        if (verb >= 1 && lower[verb] is "said" or "says" or "told" or "wrote" or "writes" or "added" or "adds" && tags[verb - 1] is "PRP" or "NNP" or "NNPS" or "NN" or "NNS")
        {
            var before = verb - 1;
            var start = before;
            while (start > 0 && tags[start - 1] is "NNP" or "NNPS" || (start > 0 && tags[start - 1] is "DT" or "JJ" or "NN" && tags[before] is "NN" or "NNS"))
            {
                start--;
            }

            return new SourcePhrase(new TextSpan(spans[start].Start, spans[before].End), null, tags[before] == "PRP");
        }

        // "said Ms. Abedin, referring to …": a name after the verb.
        var name = comma - 1;
        var first = name;
        while (first > 0 && tags[first - 1] is "NNP" or "NNPS")
        {
            first--;
        }

        return tags[name] is "NNP" or "NNPS" && first > 0 && lower[first - 1] is "said" or "says" or "added"
            ? _sources.After(spans[first - 1].End, spans[name].End)
            : null;
    }

    /// <summary>The noun phrase at the start of the sentence, before <paramref name="before"/>.</summary>
    private SourcePhrase? Subject(TextSpan sentence, string[] words, string[] tags, TextSpan[] spans, int before)
    {
        var named = _sources.After(sentence.Start, spans[before].Start);
        if (named is not null && named.Span.Start == spans[0].Start)
        {
            return named;
        }

        var end = 0;
        while (end < before && IsNounPhraseTag(tags[end]))
        {
            end++;
        }

        return end == 0 || !tags[end - 1].StartsWith("NN", StringComparison.Ordinal) && tags[end - 1] != "PRP"
            ? null
            : new SourcePhrase(new TextSpan(spans[0].Start, spans[end - 1].End), null, tags[end - 1] == "PRP");
    }

    /// <summary>"Polling of union voters", "A review by The Times", "many liberal economists": the noun phrase ending at word <paramref name="last"/>.</summary>
    private static SourcePhrase? NounPhraseEndingAt(string[] words, string[] tags, TextSpan[] spans, int last)
    {
        if (!tags[last].StartsWith("NN", StringComparison.Ordinal) && tags[last] != "PRP")
        {
            return null;
        }

        var start = last;
        while (start > 0 && (IsNounPhraseTag(tags[start - 1]) || (tags[start - 1] == "IN" && words[start - 1] is "of" or "by" && start > 1 && tags[start - 2].StartsWith("NN", StringComparison.Ordinal))))
        {
            start--;
        }

        return new SourcePhrase(new TextSpan(spans[start].Start, spans[last].End), null, tags[last] == "PRP" && start == last);
    }

    /// <summary>"Nicole Hargrove, a 14-year Carrier worker, said": the name before the appositive that ends at the comma <paramref name="comma"/>.</summary>
    private static SourcePhrase? BeforeAppositive(string[] words, string[] tags, TextSpan[] spans, int comma)
    {
        if (words[comma] != ",")
        {
            return null;
        }

        var open = comma - 1;
        while (open > 0 && words[open] is not ("," or ";" or ":" or "." or "”" or "\""))
        {
            open--;
        }

        return open > 0 && open < comma - 1 && words[open] == "," && tags[open - 1] is "NNP" or "NNPS" && tags[open + 1] is "DT" or "JJ" or "NN" or "NNP" or "CD" or "PRP$"
            ? NounPhraseEndingAt(words, tags, spans, open - 1)
            : null;
    }

    private static bool IsNounPhraseTag(string tag) =>
        tag.StartsWith("NN", StringComparison.Ordinal) || tag.StartsWith("JJ", StringComparison.Ordinal) || tag is "DT" or "PRP$" or "POS" or "CD" or "PRP" or "NNP";
}
