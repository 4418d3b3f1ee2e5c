using Dossier.Core.Model;

namespace Dossier.Core.Events;

/// <summary>
/// Codes the events of one tagged sentence: each verb of the verb lexicon (by our part-of-speech
/// tags, not a parse) with its subject (nearest actor to the left, shared along a chain of verbs) and
/// object (first actor to the right in its clause), or the reverse for a passive with "by". The most
/// specific pattern of the verb that matches the words around it gives the code, else the verb's
/// own; <c>---</c> codes nothing. Sentences without two actors (or one compound) are not coded.
/// </summary>
public sealed class SentenceCoder(EventDictionaries dictionaries)
{
    private const int MaxPatternGap = 6;
    private const int MaxTargetDistance = 20;
    private const int MaxSourceDistance = 25;
    private const int MaxAppositiveLength = 15;
    private const string MissingActorCode = "---";

    /// <summary>The codes TABARI's dictionaries give a phrase that stops its sentence from being coded: discard, too complex.</summary>
    public const string DiscardCode = "###";
    public const string ComplexCode = "+++";

    private static readonly HashSet<string> Auxiliaries = new(StringComparer.OrdinalIgnoreCase)
    {
        "is", "are", "was", "were", "be", "been", "being", "am", "'s", "'re", "has", "have", "had", "having",
        "do", "does", "did", "will", "would", "shall", "should", "can", "could", "may", "might", "must", "wo", "ca", "'ll", "'d",
    };

    private static readonly HashSet<string> Pronouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "he", "she", "it", "they", "we", "i", "you", "who", "which", "this", "these", "those", "one", "both", "others",
    };

    private static readonly HashSet<string> Subordinators = new(StringComparer.OrdinalIgnoreCase)
    {
        "that", "because", "if", "whether", "while", "although", "though", "as", "since", "unless", "when", "after", "before", "until",
    };

    /// <summary>Words that open an adverbial clause ("after crowds burned down its embassy").</summary>
    private static readonly HashSet<string> AdverbialSubordinators = new(StringComparer.OrdinalIgnoreCase)
    {
        "after", "before", "since", "until", "till", "while", "when", "whenever", "because", "although", "though", "unless", "whereas", "once", "if",
    };

    private static readonly HashSet<string> BeForms = new(StringComparer.OrdinalIgnoreCase) { "is", "are", "was", "were", "be", "been", "being", "am", "get", "got", "gets" };

    private static readonly HashSet<string> ClauseBreaks = new(StringComparer.OrdinalIgnoreCase)
    {
        "that", "which", "who", "whom", "whose", "because", "after", "before", "when", "while", "but", "although", "though", "since", "until", "if", "where", ";", ":",
    };

    public EventDictionaries Dictionaries { get; } = dictionaries;

    /// <summary>The events of a sentence given as words with Penn Treebank tags.</summary>
    /// <param name="extraHits">Actors found by other means (named-entity mentions), merged with the lexicon's.</param>
    /// <param name="requireDyad">
    /// False to code an event whose source or target is missing, with <c>---</c> in its place, and agents
    /// without an actor as actors of their own ("a senior official" → <c>---GOV</c>), as PETRARCH does with require_dyad off.
    /// </param>
    public List<SentenceEvent> Code(IReadOnlyList<string> words, IReadOnlyList<string> tags, DateOnly? date, IReadOnlyList<ActorHit>? extraHits = null, bool requireDyad = true)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(tags);
        var events = new List<SentenceEvent>();
        if (words.Count == 0 || Dictionaries.Discards.Matches(words))
        {
            return events;
        }

        var hits = ActorFinder.Hits(words, Dictionaries.Actors, tags);
        if (extraHits is { Count: > 0 })
        {
            hits = Merge(hits, extraHits);
        }

        var units = ActorFinder.Units(words, tags, hits, date, splitJointCodes: !Dictionaries.KeepJointActorCodes, agentsAlone: !requireDyad, adjacentAgentsOnly: Dictionaries.TabariSyntax);
        if (units.Count == 0 || (requireDyad && units.Count == 1 && units[0].Codes.Count < 2) || NamesADiscard(units))
        {
            return events;
        }

        var unitAt = new ActorUnit?[words.Count];
        foreach (var unit in units)
        {
            for (var t = unit.Start; t < unit.End; t++)
            {
                unitAt[t] = unit;
            }
        }

        if (Dictionaries.TabariSyntax)
        {
            tags = DictionaryVerbTags.Apply(words, tags, Dictionaries.Verbs, t => unitAt[t] is not null);
        }

        var sentence = new SentenceView(words, tags, unitAt, SentenceWords.For(words));
        var verbStates = new VerbState?[words.Count];
        var t0 = 0;
        while (t0 < words.Count)
        {
            var verb = FindVerb(sentence, t0);
            if (verb is not { } found)
            {
                t0++;
                continue;
            }

            if (!CodeVerb(sentence, found.Start, found.End, found.Sense, verbStates, events, requireDyad))
            {
                events.Clear();
                return events;
            }

            t0 = found.End;
        }

        return events;
    }

    /// <summary>Whether an actor of the sentence is coded as a discard on its date (TABARI's <c>[###]</c>).</summary>
    private static bool NamesADiscard(List<ActorUnit> units)
    {
        // Indexed, not foreach: an enumerator over IReadOnlyList would allocate on every sentence.
        foreach (var unit in units)
        {
            for (var i = 0; i < unit.Codes.Count; i++)
            {
                if (unit.Codes[i] == DiscardCode)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static List<ActorHit> Merge(List<ActorHit> lexiconHits, IReadOnlyList<ActorHit> extraHits)
    {
        var merged = new List<ActorHit>(lexiconHits);
        foreach (var extra in extraHits)
        {
            if (!lexiconHits.Any(h => h.Start < extra.End && extra.Start < h.End))
            {
                merged.Add(extra);
            }
        }

        merged.Sort((a, b) => a.Start.CompareTo(b.Start));
        return merged;
    }

    private (int Start, int End, VerbSense Sense)? FindVerb(SentenceView s, int t)
    {
        if (!s.Tags[t].StartsWith("VB", StringComparison.Ordinal) || s.UnitAt[t] is not null)
        {
            return null;
        }

        // An auxiliary or a verb followed by another verb of its group is not the head ("has met", "is about to restore").
        if (Auxiliaries.Contains(s.Words[t]) && NextVerbInGroup(s, t) >= 0)
        {
            return null;
        }

        foreach (var sense in Dictionaries.Verbs.FormsStartingWith(s.Words[t]))
        {
            var end = t + sense.Words.Count;
            if (end > s.Words.Count)
            {
                continue;
            }

            var matches = true;
            for (var k = 1; k < sense.Words.Count && matches; k++)
            {
                matches = string.Equals(s.Words[t + k], sense.Words[k], StringComparison.OrdinalIgnoreCase);
            }

            if (matches)
            {
                return (t, end, sense);
            }
        }

        return null;
    }

    private static int NextVerbInGroup(SentenceView s, int t)
    {
        for (var k = t + 1; k < s.Words.Count && k <= t + 4; k++)
        {
            if (s.Tags[k].StartsWith("VB", StringComparison.Ordinal))
            {
                return k;
            }

            if (!(s.Tags[k] is "RB" or "TO" or "MD" or "IN" && s.Words[k] is not ("by" or "with" or "for" or "in" or "on")))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <returns>False when the pattern that matched is coded <c>###</c> (discard) or <c>+++</c> (too complex): the sentence is not coded.</returns>
    private bool CodeVerb(SentenceView s, int verbStart, int verbEnd, VerbSense sense, VerbState?[] verbStates, List<SentenceEvent> events, bool requireDyad)
    {
        var auxStart = AuxiliaryStart(s, verbStart);
        var passive = IsPassive(s, auxStart, verbStart);

        var (code, rule, patternSource, patternTarget, patternFrom) = MatchPatterns(s, verbStart, verbEnd, sense);
        if (code is DiscardCode or ComplexCode)
        {
            return false;
        }

        // The subject: an actor left of the auxiliaries, or the subject of the verb this one continues.
        var (subject, subjectAt, chainMode) = Subject(s, auxStart, verbStates);

        // A pattern that spells out the negation ("&NEGATVAUXVRB * OVER EFFORTS") codes the negated event itself.
        var mode = ModeRules.Of(s.Words, auxStart, verbStart, subjectAt, negationCodedFrom: patternFrom);
        if (mode == EventMode.Asserted && chainMode is { } inherited)
        {
            mode = inherited;
        }

        verbStates[verbStart] = new VerbState(subject, mode);
        if (code is null || code.StartsWith("---", StringComparison.Ordinal))
        {
            return true;
        }

        ActorUnit? source, target;
        if (passive)
        {
            source = patternSource ?? Agent(s, verbEnd);
            target = patternTarget ?? subject;
        }
        else
        {
            source = patternSource ?? subject;

            // A pattern whose source comes after the verb ("CELEBRATE - * {MAY DAY} $": "celebrate May Day with
            // Eriador") makes the subject the one acted on, as the PETRARCH suites' PATTERN-17/18 records code it.
            target = patternTarget ?? (patternSource is not null && patternSource.Start >= verbEnd && subject is not null && !ReferenceEquals(subject, patternSource) ? subject : Object(s, verbEnd, source));

            // A compound subject with no object acts among its members ("Gondor and Osgiliath renewed ties"),
            // but not for statements and appeals (roots 01, 02): "X and Y suggested" is not said to each other.
            if (target is null && patternSource is null && source is { Codes.Count: > 1 } && !code.StartsWith("01", StringComparison.Ordinal) && !code.StartsWith("02", StringComparison.Ordinal))
            {
                target = source;
            }
        }

        if (!requireDyad && (source is null) != (target is null))
        {
            source ??= MissingActor(verbStart);
            target ??= MissingActor(verbStart);
        }

        if (source is null || target is null || (ReferenceEquals(source, target) && source.Codes.Count < 2))
        {
            return true;
        }

        if (InClauseOfCodedVerb(s, auxStart, verbStates))
        {
            return true;
        }

        var codes = code.Split(':');
        AddPairs(events, source, target, codes[0], verbStart, verbEnd, rule, mode);
        if (codes.Length > 1 && !codes[1].StartsWith("---", StringComparison.Ordinal))
        {
            AddPairs(events, target, source, codes[1], verbStart, verbEnd, rule, mode);
        }

        verbStates[verbStart] = verbStates[verbStart]! with { Coded = true };
        return true;
    }

    /// <summary>The stand-in for an actor the sentence does not name: no words, code <c>---</c>.</summary>
    private static ActorUnit MissingActor(int at) => new(at, at, [MissingActorCode]);

    private static void AddPairs(List<SentenceEvent> events, ActorUnit source, ActorUnit target, string code, int verbStart, int verbEnd, string rule, EventMode mode)
    {
        foreach (var sourceCode in source.Codes)
        {
            foreach (var targetCode in target.Codes)
            {
                if (sourceCode == targetCode)
                {
                    continue;
                }

                var coded = new SentenceEvent(source, sourceCode, target, targetCode, code, verbStart, verbEnd, rule, mode);
                if (!events.Any(e => e.SourceCode == sourceCode && e.TargetCode == targetCode && e.Code == code))
                {
                    events.Add(coded);
                }
            }
        }
    }

    private static int AuxiliaryStart(SentenceView s, int verbStart)
    {
        var start = verbStart;
        for (var t = verbStart - 1; t >= 0 && t >= verbStart - 5; t--)
        {
            var word = s.Words[t];
            var tag = s.Tags[t];
            // A plan word before "to" belongs to the chain whatever its tag: "plans/NNS to visit"
            // and "is due/JJ to visit" announce the visit as much as "plans/VBZ to visit" does.
            var auxiliaryLike = Auxiliaries.Contains(word) || tag is "MD" or "TO" or "RB" || word is "not" or "n't" or "to" or "about" or "going" || tag.StartsWith("VB", StringComparison.Ordinal)
                || (ModeRules.IsPlanWord(word) && s.Words[t + 1] is "to");
            if (!auxiliaryLike || s.UnitAt[t] is not null)
            {
                break;
            }

            start = t;
        }

        return start;
    }

    private static bool IsPassive(SentenceView s, int auxStart, int verbStart)
    {
        if (s.Tags[verbStart] is not ("VBN" or "VBD"))
        {
            return false;
        }

        for (var t = auxStart; t < verbStart; t++)
        {
            if (BeForms.Contains(s.Words[t]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The subject of a verb: scanning left over adverbs, commas and prepositional phrases, the first
    /// noun phrase; its actor if it names one, else none (a pronoun or a common noun is not coded). A
    /// coded verb met first lends its subject and mode ("met X and signed", "agreed to visit").
    /// </summary>
    private static (ActorUnit? Unit, int At, EventMode? ChainMode) Subject(SentenceView s, int auxStart, VerbState?[] verbStates)
    {
        if (AppositiveSubject(s, auxStart) is { } appositive)
        {
            return (appositive, appositive.Start, null);
        }

        var t = auxStart - 1;
        while (t >= 0 && t >= auxStart - MaxSourceDistance)
        {
            var word = s.Words[t];
            var tag = s.Tags[t];
            if (s.UnitAt[t] is { } unit)
            {
                // The object of a preposition ("in Gondor", "of the Prince") is not the subject.
                if (IsPreposition(s, unit.Start - 1))
                {
                    t = unit.Start - 2;
                    continue;
                }

                var before = unit.Start - 1;
                if (before >= 0 && s.Tags[before] is "DT")
                {
                    before--;
                }

                // After "of the" too, but not after other prepositions: in "for both Moscow and Pyongyang to
                // bargain" and "a source in the government explained" the actor acts.
                if (before >= 0 && before < unit.Start - 1 && s.Words[before] is "of")
                {
                    t = before - 1;
                    continue;
                }

                if (before >= 0 && s.Tags[before].StartsWith("VB", StringComparison.Ordinal))
                {
                    // The object of an earlier verb ("visited Pyongyang and met X"): that verb's subject is shared.
                    return verbStates[before] is { } objectOf ? (objectOf.Subject, objectOf.Subject?.Start ?? before, objectOf.Mode) : (null, before + 1, null);
                }

                return (unit, unit.Start, null);
            }

            if (tag is "PRP" or "WP" or "WDT" || Pronouns.Contains(word))
            {
                return (ReportedSubject(s, t, verbStates), t, null);
            }

            if (tag.StartsWith("NN", StringComparison.Ordinal) || tag is "CD")
            {
                var npStart = t;
                while (npStart > 0 && IsNounPhraseWord(s, npStart - 1))
                {
                    npStart--;
                    if (s.UnitAt[npStart] is { } inside)
                    {
                        return (inside, inside.Start, null);
                    }
                }

                if (IsPreposition(s, npStart - 1))
                {
                    t = npStart - 2;
                    continue;
                }

                return (null, npStart, null);
            }

            if (word is ";" || (ClauseBreaks.Contains(word) && word is not ("that" or "after" or "before" or "when" or "while" or "since" or "until")))
            {
                return (null, t + 1, null);
            }

            if (tag.StartsWith("VB", StringComparison.Ordinal) && verbStates[t] is { } state)
            {
                return (state.Subject, state.Subject?.Start ?? t + 1, state.Mode);
            }

            t--;
        }

        return (null, Math.Max(0, t + 1), null);
    }

    /// <summary>
    /// The actor an appositive that ends right before the verb describes ("Gollum, centre of a row
    /// between Radagast and Saruman, called on Gondor" → Gollum): a comma before the verb, an earlier
    /// comma right after an actor that no preposition or verb governs, and neither a verb nor a
    /// clause break between the commas; else null.
    /// </summary>
    private static ActorUnit? AppositiveSubject(SentenceView s, int auxStart)
    {
        var close = auxStart - 1;
        if (close < 2 || s.Words[close] != ",")
        {
            return null;
        }

        for (var t = close - 1; t >= 1 && t >= close - MaxAppositiveLength; t--)
        {
            var word = s.Words[t];
            if (word == ",")
            {
                if (t == close - 1 || s.UnitAt[t - 1] is not { } unit || unit.End != t)
                {
                    return null;
                }

                var before = unit.Start - 1;
                return before >= 0 && (IsPreposition(s, before) || s.Tags[before].StartsWith("VB", StringComparison.Ordinal)) ? null : unit;
            }

            if (s.Tags[t].StartsWith("VB", StringComparison.Ordinal) || ClauseBreaks.Contains(word))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// The actor a subject pronoun stands for when it opens the clause a coded verb reports ("Ethiopia
    /// indicated (that) it would act", "Frodo said he has"): that verb's subject; else none.
    /// </summary>
    private static ActorUnit? ReportedSubject(SentenceView s, int pronoun, VerbState?[] verbStates)
    {
        if (s.Words[pronoun] is not ("he" or "she" or "it" or "they" or "we"))
        {
            return null;
        }

        var before = pronoun - 1;
        if (before >= 0 && s.Words[before] is "that")
        {
            before--;
        }

        return before >= 0 && verbStates[before] is { Subject: { } subject } ? subject : null;
    }

    private static bool IsPreposition(SentenceView s, int t) =>
        t >= 0 && s.Tags[t] is "IN" or "TO" && !Subordinators.Contains(s.Words[t]);

    private static bool IsNounPhraseWord(SentenceView s, int t) =>
        s.UnitAt[t] is not null || s.Tags[t] is "NN" or "NNS" or "NNP" or "NNPS" or "JJ" or "JJR" or "JJS" or "DT" or "CD" or "POS" or "PRP$" || s.Words[t] is "'s" or "-";

    /// <summary>
    /// Whether the verb whose auxiliaries start at <paramref name="auxStart"/> is in an adverbial clause
    /// ("…, almost five years after crowds burned down its embassy") of an earlier verb that coded an
    /// event. PETRARCH-2 codes the clauses below a verb phrase only when the phrase itself codes nothing,
    /// so such a verb adds no event of its own. The clause runs from its subordinator to the verb with no
    /// comma or semicolon between; the verb it hangs on is the nearest verb of the lexicon before it.
    /// </summary>
    private static bool InClauseOfCodedVerb(SentenceView s, int auxStart, VerbState?[] verbStates)
    {
        for (var t = auxStart - 1; t >= 0 && t >= auxStart - MaxSourceDistance; t--)
        {
            var word = s.Words[t];
            if (word is "," or ";" or ":")
            {
                return false;
            }

            if (s.Tags[t] is "IN" or "WRB" && AdverbialSubordinators.Contains(word))
            {
                for (var k = t - 1; k >= 0 && s.Words[k] is not ";"; k--)
                {
                    if (verbStates[k] is { } governing)
                    {
                        return governing.Coded;
                    }
                }

                return false;
            }
        }

        return false;
    }

    /// <param name="Coded">Whether the verb added an event.</param>
    private sealed record VerbState(ActorUnit? Subject, EventMode Mode, bool Coded = false);

    private static ActorUnit? Object(SentenceView s, int verbEnd, ActorUnit? source)
    {
        var sawNoun = false;
        var inThatClause = false;
        for (var t = verbEnd; t < s.Words.Count && t < verbEnd + MaxTargetDistance; t++)
        {
            if (s.UnitAt[t] is { } unit && !ReferenceEquals(unit, source))
            {
                return unit;
            }

            // A verb's "that" clause gives the target only as its subject ("Gollum allowed that Mordor isn't …",
            // not "claimed that sanctions against Mordor are useless").
            if (inThatClause && s.Tags[t] is not ("DT" or "JJ" or "JJR" or "JJS" or "PRP$" or "CD" or "RB"))
            {
                return null;
            }

            if (!sawNoun && string.Equals(s.Words[t], "that", StringComparison.OrdinalIgnoreCase))
            {
                inThatClause = true;
                continue;
            }

            // A comma after the verb's noun phrase ends its clause ("burned down its embassy, a senior official said").
            if (ClauseBreaks.Contains(s.Words[t]) || s.Tags[t] is "VBD" or "VBZ" or "VBP" or "MD" || (sawNoun && s.Words[t] is ","))
            {
                return null;
            }

            sawNoun |= s.Tags[t].StartsWith("NN", StringComparison.Ordinal);
        }

        return null;
    }

    /// <summary>The "by" actor of a passive verb.</summary>
    private static ActorUnit? Agent(SentenceView s, int verbEnd)
    {
        for (var t = verbEnd; t < s.Words.Count - 1 && t < verbEnd + 6; t++)
        {
            if (s.Words[t] is "by" or "By")
            {
                for (var k = t + 1; k < s.Words.Count && k <= t + 4; k++)
                {
                    if (s.UnitAt[k] is { } unit)
                    {
                        return unit;
                    }
                }

                return null;
            }

            if (s.Tags[t].StartsWith("VB", StringComparison.Ordinal) || ClauseBreaks.Contains(s.Words[t]))
            {
                return null;
            }
        }

        return null;
    }

    /// <returns>The code, rule and bound actors of the first pattern that matches, and the first token its part before the verb covers (the verb's start when it has none).</returns>
    private (string? Code, string Rule, ActorUnit? Source, ActorUnit? Target, int From) MatchPatterns(SentenceView s, int verbStart, int verbEnd, VerbSense sense)
    {
        var roles = new Roles();
        var candidates = s.Set.Candidates;
        sense.Index.Candidates(s.Words, candidates);
        foreach (var index in candidates)
        {
            var pattern = sense.Patterns[index];
            if (!s.Set.MayMatch(pattern, Dictionaries.Verbs))
            {
                continue;
            }

            roles.Clear();
            if (MatchAfter(s, pattern.After, 0, verbEnd, roles) && MatchBefore(s, pattern.Before, 0, verbStart - 1, roles))
            {
                // TABARI codes a pattern's compound (%) among its own members ("Fornost and Gondor welcomed …",
                // "exchanged prisoners with Gondor and Osgiliath"): the suite's PATTERN-02a, PATTERN-26, COMPOUND-06.
                if (Dictionaries.TabariSyntax && roles.Compound is { } compound && roles.Source is null && roles.Target is null)
                {
                    return (pattern.Code, pattern.Rule, compound, compound, pattern.Before.Count > 0 ? roles.BeforeFrom : verbStart);
                }

                return (pattern.Code, pattern.Rule, roles.Source, roles.Target, pattern.Before.Count > 0 ? roles.BeforeFrom : verbStart);
            }
        }

        return (sense.Code, sense.Rule, null, null, verbStart);
    }

    private bool MatchAfter(SentenceView s, IReadOnlyList<PatternElement> elements, int k, int position, Roles roles)
    {
        if (k == elements.Count)
        {
            return true;
        }

        var element = elements[k];
        var last = element.Adjacent ? position : Math.Min(s.Words.Count - 1, position + MaxPatternGap);
        for (var p = position; p <= last; p++)
        {
            // A word of the pattern is not looked for past "of": in "called for a lifting of sanctions" the
            // phrase after "for" is about a lifting, not "(FOR SANCTIONS)".
            if (p > position && !Dictionaries.TabariSyntax && element.Kind is PatternElementKind.Word or PatternElementKind.Synset && string.Equals(s.Words[p - 1], "of", StringComparison.OrdinalIgnoreCase))
            {
                break;
            }

            var length = Match(s, element, p, roles, backward: false, out var bound);
            if (length > 0 && MatchAfter(s, elements, k + 1, p + length, roles))
            {
                return true;
            }

            roles.Unbind(bound);
        }

        return false;
    }

    private bool MatchBefore(SentenceView s, IReadOnlyList<PatternElement> elements, int k, int position, Roles roles)
    {
        if (k == elements.Count)
        {
            roles.BeforeFrom = position + 1;
            return true;
        }

        var element = elements[k];
        var first = element.Adjacent ? position : Math.Max(0, position - MaxPatternGap);
        for (var p = position; p >= first && p >= 0; p--)
        {
            var length = Match(s, element, p, roles, backward: true, out var bound);
            if (length > 0 && MatchBefore(s, elements, k + 1, p - length, roles))
            {
                return true;
            }

            roles.Unbind(bound);
        }

        return false;
    }

    /// <summary>
    /// How many tokens <paramref name="element"/> covers from <paramref name="p"/> on (or, <paramref name="backward"/>,
    /// ending at <paramref name="p"/>); 0 when it does not match there.
    /// </summary>
    private int Match(SentenceView s, PatternElement element, int p, Roles roles, bool backward, out PatternElementKind? bound)
    {
        bound = null;
        switch (element.Kind)
        {
            case PatternElementKind.Word:
                return (element.Stem ? s.Words[p].StartsWith(element.Text, StringComparison.OrdinalIgnoreCase) : string.Equals(s.Words[p], element.Text, StringComparison.OrdinalIgnoreCase)) ? 1 : 0;
            case PatternElementKind.Synset:
                var best = 0;
                if (!Dictionaries.Verbs.SynsetHasEdge(element.Text, s.Words[p], last: backward))
                {
                    return 0;
                }

                foreach (var phrase in Dictionaries.Verbs.Synset(element.Text))
                {
                    var start = backward ? p - phrase.Length + 1 : p;
                    if (phrase.Length > best && start >= 0 && PhraseAt(s, phrase, start))
                    {
                        best = phrase.Length;
                    }
                }

                return best;
            case PatternElementKind.NounPhrase:
                return NounPhraseLength(s, p, backward);
            default:
                if (s.UnitAt[p] is not { } unit || (backward ? unit.End - 1 : unit.Start) != p || !roles.Bind(element.Kind, unit))
                {
                    return 0;
                }

                bound = element.Kind;
                return backward ? p - unit.Start + 1 : unit.End - p;
        }
    }

    /// <summary>How many tokens the noun phrase (an actor, or determiners, adjectives and nouns ending in a noun) from <paramref name="p"/> on (or ending there) covers; 0 when none does.</summary>
    private static int NounPhraseLength(SentenceView s, int p, bool backward)
    {
        if (s.UnitAt[p] is { } unit)
        {
            return backward ? (unit.End - 1 == p ? p - unit.Start + 1 : 0) : (unit.Start == p ? unit.End - p : 0);
        }

        var step = backward ? -1 : 1;
        var length = 0;
        var nounLength = 0;
        for (var t = p; t >= 0 && t < s.Words.Count && s.UnitAt[t] is null && s.Tags[t] is "DT" or "JJ" or "JJR" or "JJS" or "CD" or "PRP$" or "NN" or "NNS" or "NNP" or "NNPS" or "POS"; t += step)
        {
            length++;
            if (s.Tags[t].StartsWith("NN", StringComparison.Ordinal))
            {
                nounLength = length;
            }
        }

        // Forward the phrase ends at its last noun; backward it must start at its first word, so any noun will do.
        return backward ? (nounLength > 0 ? length : 0) : nounLength;
    }

    private static bool PhraseAt(SentenceView s, string[] phrase, int p)
    {
        if (p + phrase.Length > s.Words.Count)
        {
            return false;
        }

        for (var i = 0; i < phrase.Length; i++)
        {
            if (!string.Equals(s.Words[p + i], phrase[i], StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }

    private sealed record SentenceView(IReadOnlyList<string> Words, IReadOnlyList<string> Tags, ActorUnit?[] UnitAt, SentenceWords Set);

    /// <summary>The actors a pattern's <c>$</c>, <c>+</c> and <c>%</c> elements bound while matching.</summary>
    private sealed class Roles
    {
        public ActorUnit? Source { get; private set; }

        public ActorUnit? Target { get; private set; }

        /// <summary>The first token the elements before the verb covered, once they all matched.</summary>
        public int BeforeFrom { get; set; }

        /// <summary>The compound a <c>%</c> element matched.</summary>
        public ActorUnit? Compound { get; private set; }

        public void Clear()
        {
            Source = null;
            Target = null;
            Compound = null;
            BeforeFrom = 0;
        }

        public bool Bind(PatternElementKind kind, ActorUnit unit)
        {
            switch (kind)
            {
                case PatternElementKind.Source when Source is null:
                    Source = unit;
                    return true;
                case PatternElementKind.Target when Target is null:
                    Target = unit;
                    return true;
                case PatternElementKind.Compound when unit.Codes.Count > 1:
                    Compound = unit;
                    return true;
                default:
                    return false;
            }
        }

        public void Unbind(PatternElementKind? kind)
        {
            if (kind == PatternElementKind.Source)
            {
                Source = null;
            }
            else if (kind == PatternElementKind.Target)
            {
                Target = null;
            }
            else if (kind == PatternElementKind.Compound)
            {
                Compound = null;
            }
        }
    }
}
