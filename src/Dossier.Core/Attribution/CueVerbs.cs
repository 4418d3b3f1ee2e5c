using System.Collections.Frozen;

namespace Dossier.Core.Attribution;

/// <summary>
/// Verbs that attribute content to a source, in every inflected form, with what they attribute:
/// speech ("said", "accused", "called"), beliefs ("believes", "fears"), intentions ("wants",
/// "refused") and findings ("polls show"). The list covers the cues that PolNeAR's annotators
/// marked in its training split (beliefs, plans and findings are attributions there too).
/// </summary>
internal static class CueVerbs
{
    // Regular verbs by their base form; a trailing '*' doubles the last consonant before -ed/-ing ("admit*" → "admitted").
    private static readonly string[] Speech =
    [
        "say", "tell", "add", "ask", "explain", "state", "note", "claim", "warn", "insist", "argue", "write", "tweet", "announce",
        "acknowledge", "declare", "recall", "respond", "reply", "conclude", "concede", "admit*", "remark", "observe", "emphasize",
        "emphasise", "stress", "predict", "caution", "complain", "counter", "contend", "maintain", "reiterate", "affirm", "confirm",
        "suggest", "term", "muse", "quip*", "boast", "joke", "vow", "pledge", "promise", "call", "describe", "criticize", "criticise",
        "accuse", "cite", "urge", "defend", "propose", "praise", "report", "deny", "blame", "denounce", "decry", "dismiss", "reject",
        "question", "mention", "charge", "attack", "blast", "slam*", "mock", "post", "email", "recount", "repeat", "echo", "assert",
        "allege", "outline", "thank", "remind", "assure", "comment", "lament", "highlight", "answer", "invoke", "condemn", "knock",
        "challenge", "shout", "chant", "recite", "rebut*", "quote", "tout", "agree", "dub*", "label", "testify", "announce",
        "insinuate", "scoff", "brag*", "lash", "rail", "retort", "protest", "applaud", "ridicule", "dispute", "demand", "threaten",
        "speculate", "contradict", "concur*", "disclose", "express", "discuss", "recommend", "advise", "implore", "plead",
        "exclaim", "admonish", "characterize", "characterise", "portray", "acknowledge", "estimate", "claim", "explain", "attest",
    ];

    private static readonly string[] Belief =
    [
        "think", "believe", "feel", "fear", "hope", "know", "expect", "consider", "doubt", "worry", "assume", "suspect", "understand",
        "realize", "realise", "recognize", "recognise", "prefer*", "trust", "wonder",
        "view", "regard", "deem", "imagine", "agree", "like", "dislike", "distrust", "predict",
    ];

    private static readonly string[] Intention =
    [
        "want", "plan*", "seek", "intend", "refuse", "decline", "aim", "decide", "vow", "threaten", "pledge", "promise", "wish", "insist",
    ];

    private static readonly string[] Stance = ["endorse", "support", "oppose", "back", "favor", "favour"];

    private static readonly string[] ParticleVerbs = ["point", "refer*", "talk", "speak", "weigh"];

    private static readonly string[] Finding = ["show", "find", "reveal", "indicate", "conclude", "estimate", "suggest", "confirm", "document", "learn"];

    // Irregular forms: base → (third person, past, past participle, present participle).
    private static readonly Dictionary<string, string[]> Irregular = new(StringComparer.Ordinal)
    {
        ["say"] = ["says", "said", "said", "saying"],
        ["tell"] = ["tells", "told", "told", "telling"],
        ["write"] = ["writes", "wrote", "written", "writing"],
        ["think"] = ["thinks", "thought", "thought", "thinking"],
        ["feel"] = ["feels", "felt", "felt", "feeling"],
        ["know"] = ["knows", "knew", "known", "knowing"],
        ["understand"] = ["understands", "understood", "understood", "understanding"],
        ["seek"] = ["seeks", "sought", "sought", "seeking"],
        ["find"] = ["finds", "found", "found", "finding"],
        ["show"] = ["shows", "showed", "shown", "showing"],
        ["learn"] = ["learns", "learned", "learnt", "learning"],
        ["speak"] = ["speaks", "spoke", "spoken", "speaking"],
    };

    // Verbs that attribute only with a particle ("pointed to", "referring to", "talked about"), and those a particle may follow ("called for").
    private static readonly Dictionary<string, string[]> Particles = new(StringComparer.Ordinal)
    {
        ["point"] = ["to", "out"],
        ["refer"] = ["to"],
        ["talk"] = ["about"],
        ["speak"] = ["about", "of", "out"],
        ["weigh"] = ["in"],
        ["call"] = ["for", "on"],
        ["lash"] = ["out"],
        ["rail"] = ["against"],
    };

    private static readonly FrozenDictionary<string, string[]> ParticleForms = Particles
        .SelectMany(p => Inflect(p.Key == "refer" ? "refer*" : p.Key).Select(form => (form, p.Value)))
        .DistinctBy(p => p.form)
        .ToFrozenDictionary(p => p.form, p => p.Value, StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, CueKind> Forms = Build();

    private static readonly FrozenSet<string> ParticleOnly = ParticleVerbs.SelectMany(Inflect).ToFrozenSet(StringComparer.Ordinal);

    // Verbs whose plain object is a thing, not a proposition ("maintain good relations", "find a common
    // ground"): cues only before a clause ("maintained that …"). Stance verbs take a plain object.
    private static readonly FrozenSet<string> ClauseOnly = new[] { "maintain", "find", "express" }
        .SelectMany(Inflect).ToFrozenSet(StringComparer.Ordinal);

    // Cue verbs with no noun or adjective among their forms ("insist", "argues"; not "claim", "hopes", "report"), so that a tag other than a verb is the tagger's mistake.
    private static readonly FrozenSet<string> VerbOnly = new[]
    {
        "say", "tell", "insist", "argue", "suggest", "believe", "think", "contend", "assert", "allege", "acknowledge", "admit*", "predict",
        "explain", "agree", "know", "expect", "conclude", "declare", "announce", "reiterate", "emphasize", "emphasise", "deny", "confirm",
        "reveal", "indicate", "realize", "realise", "recognize", "recognise", "assume", "urge", "concede", "criticize", "criticise",
        "accuse", "contend", "intend", "want", "seek", "refuse", "understand", "remind", "assure", "speculate", "disclose", "recommend",
    }.SelectMany(Inflect).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>True when <paramref name="word"/> (as written) is a form of a cue verb that is never a noun or an adjective.</summary>
    public static bool IsVerbOnly(string word) => VerbOnly.Contains(word);

    /// <summary>True when <paramref name="verb"/> attributes only before a clause ("that", "how", "whether" …).</summary>
    public static bool NeedsClause(string verb) => ClauseOnly.Contains(verb);

    /// <summary>True when <paramref name="next"/> is a particle that belongs to the cue <paramref name="verb"/>.</summary>
    public static bool TakesParticle(string verb, string next) => ParticleForms.TryGetValue(verb, out var particles) && particles.Contains(next, StringComparer.Ordinal);

    /// <summary>True when <paramref name="verb"/> attributes only with its particle.</summary>
    public static bool NeedsParticle(string verb) => ParticleOnly.Contains(verb);

    /// <summary>What <paramref name="word"/> attributes, when it is a form of a cue verb (lower case, as written).</summary>
    public static bool TryGet(string word, out CueKind kind) => Forms.TryGetValue(word, out kind);

    private static FrozenDictionary<string, CueKind> Build()
    {
        var forms = new Dictionary<string, CueKind>(StringComparer.Ordinal);

        // The first kind listed wins: "promise" is speech before it is an intention.
        foreach (var (verbs, kind) in new[] { (Stance, CueKind.Stance), (Speech, CueKind.Speech), (Intention, CueKind.Intention), (Finding, CueKind.Finding), (Belief, CueKind.Belief), (ParticleVerbs, CueKind.Speech) })
        {
            foreach (var verb in verbs)
            {
                foreach (var form in Inflect(verb))
                {
                    forms.TryAdd(form, kind);
                }
            }
        }

        return forms.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>The base form, -s, -ed and -ing forms of a verb.</summary>
    public static IEnumerable<string> Inflect(string entry)
    {
        var doubles = entry.EndsWith('*');
        var verb = doubles ? entry[..^1] : entry;
        yield return verb;
        if (Irregular.TryGetValue(verb, out var irregular))
        {
            foreach (var form in irregular)
            {
                yield return form;
            }

            yield break;
        }

        var stem = doubles ? verb + verb[^1] : verb;
        if (verb.EndsWith('e'))
        {
            yield return verb + "s";
            yield return verb + "d";
            yield return verb[..^1] + "ing";
        }
        else if (verb.EndsWith('y') && verb.Length > 2 && !"aeiou".Contains(verb[^2], StringComparison.Ordinal))
        {
            yield return verb[..^1] + "ies";
            yield return verb[..^1] + "ied";
            yield return verb + "ing";
        }
        else
        {
            yield return verb + (verb.EndsWith("sh", StringComparison.Ordinal) || verb.EndsWith("ch", StringComparison.Ordinal) || verb.EndsWith('s') || verb.EndsWith('x') || verb.EndsWith('o') ? "es" : "s");
            yield return stem + "ed";
            yield return stem + "ing";
        }
    }
}
