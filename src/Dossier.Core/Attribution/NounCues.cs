using System.Collections.Frozen;

namespace Dossier.Core.Attribution;

/// <summary>
/// Nouns that attribute when someone holds them: "Trump's criticism of …", "her plan to …", "the
/// senator's warning that …", "expressed concern about …". What follows the noun says what is
/// attributed: a clause ("claim that …"), an infinitive ("decision to …") or the object of a
/// preposition ("attacks on …", "support for …"), whose target is a stance rather than words said.
/// </summary>
internal static class NounCues
{
    private static readonly string[] Speech =
    [
        "claim", "statement", "warning", "promise", "pledge", "vow", "allegation", "accusation", "complaint", "assertion", "argument",
        "suggestion", "call", "demand", "denial", "comment", "remark", "criticism", "critique", "attack", "question", "praise",
        "announcement", "assurance", "threat", "defense", "defence", "request", "proposal", "insistence", "condemnation",
        "denunciation", "objection", "prediction", "admission", "plea",
    ];

    private static readonly string[] Belief =
    [
        "concern", "view", "belief", "fear", "hope", "doubt", "worry", "opinion", "position", "stance", "skepticism", "scepticism",
        "conviction", "assessment", "frustration", "anger", "outrage", "support", "opposition", "endorsement", "admiration", "disdain",
        "contempt", "sympathy", "enthusiasm", "hostility", "resistance", "preference", "suspicion",
    ];

    private static readonly string[] Intention =
    [
        "plan", "decision", "intention", "intent", "refusal", "desire", "commitment", "goal", "ambition",
        "offer",
    ];

    // Nouns whose object after "to" is a thing rather than an infinitive ("opposition to the deal").
    private static readonly FrozenSet<string> ToObject = new[] { "opposition", "objection", "commitment", "resistance", "hostility", "threat", "plea" }
        .ToFrozenSet(StringComparer.Ordinal);

    // Feelings that also take "with" or "at" ("frustration with Congress", "anger at the verdict").
    private static readonly FrozenSet<string> Feelings = new[] { "frustration", "anger", "outrage", "concern", "disdain", "contempt", "sympathy", "enthusiasm", "hostility" }
        .ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Prepositions = new[] { "of", "for", "on", "about", "against", "over", "toward", "towards" }
        .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Verbs that hand their meaning to a cue noun ("expressed concern about", "voiced support for", "raised questions about").</summary>
    private static readonly FrozenSet<string> LightVerbs = new[] { "express", "voice", "offer", "make", "issue", "renew", "raise", "reiterate", "repeat", "signal", "register", "lodge", "level", "step*", "ramp*", "sharpen", "intensify" }
        .SelectMany(CueVerbs.Inflect)
        .Concat(["made", "levelled", "signalled"])
        .ToFrozenSet(StringComparer.Ordinal);

    // Cue nouns that someone can draw, face or win from someone else ("criticism from rivals", "an endorsement from the union").
    private static readonly FrozenSet<string> Received = new[]
    {
        "criticism", "criticisms", "praise", "endorsement", "endorsements", "support", "complaint", "complaints",
        "attack", "attacks", "warning", "warnings", "demand", "demands", "condemnation", "objection", "objections", "rebuke", "rebukes", "backlash",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Every form, singular and plural, to its singular and what it attributes.
    private static readonly FrozenDictionary<string, (string Singular, CueKind Kind)> Nouns = Build();

    /// <summary>True when <paramref name="word"/> (lower case) is a cue noun, singular or plural.</summary>
    public static bool Contains(string word) => Nouns.ContainsKey(word);

    /// <summary>True when <paramref name="word"/> (lower case) is a cue noun that one may receive from a source ("criticism from …").</summary>
    public static bool IsReceived(string word) => Received.Contains(word);

    /// <summary>True when <paramref name="word"/> (lower case) is a form of a verb that lends its subject to a cue noun.</summary>
    public static bool IsLightVerb(string word) => LightVerbs.Contains(word);

    /// <summary>
    /// The cue noun at word <paramref name="noun"/> with what follows it, or null when nothing it attributes follows:
    /// the index of the cue's last word, where the content starts, and what kind of attribution it makes.
    /// </summary>
    public static NounCuePhrase? At(string[] lower, string[] tags, int noun)
    {
        if (!Nouns.TryGetValue(lower[noun], out var entry) || !tags[noun].StartsWith("NN", StringComparison.Ordinal) || noun + 2 >= lower.Length)
        {
            return null;
        }

        var (singular, kind) = entry;
        var next = lower[noun + 1];
        if (next == "that")
        {
            // "the claim that he lied", not "the plan that (now) failed": a relative "that" is followed by its verb.
            var verb = noun + 2;
            while (verb + 1 < tags.Length && tags[verb] == "RB")
            {
                verb++;
            }

            var relative = tags[verb].StartsWith("VB", StringComparison.Ordinal) || tags[verb] == "MD";
            return relative || kind == CueKind.Intention ? null : new NounCuePhrase(noun, noun + 1, kind, Clause: true);
        }

        if (next == "to" && !ToObject.Contains(singular))
        {
            return tags[noun + 2] == "VB" ? new NounCuePhrase(noun, noun + 1, CueKind.Intention, Clause: true) : null;
        }

        return Prepositions.Contains(next) || (next == "to" && ToObject.Contains(singular)) || (next is "with" or "at" && Feelings.Contains(singular))
            ? new NounCuePhrase(noun + 1, noun + 2, CueKind.Stance, Clause: false)
            : null;
    }

    /// <summary>
    /// Where a content that starts at word <paramref name="start"/> ends (exclusive): at the clause's punctuation, at a coordinated
    /// verb ("… and said …") and, for an object or an infinitive, at the finite verb of the sentence it is the subject of
    /// ("Her plan to raise taxes is …").
    /// </summary>
    public static int ContentEnd(string[] words, string[] tags, int start, bool clause)
    {
        var end = start;
        while (end < words.Length)
        {
            var word = words[end];
            if (word is "," or ";" or ":" or "—" or "–" or "(" or ")" or "." or "!" or "?" or "“" or "”" or "\"" or "--")
            {
                break;
            }

            if (end > start && word is "and" or "but" && end + 1 < words.Length && tags[end + 1].StartsWith("VB", StringComparison.Ordinal) && tags[end + 1] != "VBG")
            {
                break;
            }

            // An infinitive's own verbs are VB; a finite verb after the object or infinitive belongs to the sentence around it.
            if (!clause || (end > start + 1 && words[start] == "to"))
            {
                if (end > start && tags[end] is "VBZ" or "VBD" or "VBP" or "MD")
                {
                    break;
                }
            }

            end++;
        }

        return end;
    }

    private static FrozenDictionary<string, (string, CueKind)> Build()
    {
        var nouns = new Dictionary<string, (string, CueKind)>(StringComparer.Ordinal);
        foreach (var (list, kind) in new[] { (Speech, CueKind.Speech), (Belief, CueKind.Belief), (Intention, CueKind.Intention) })
        {
            foreach (var noun in list)
            {
                nouns.TryAdd(noun, (noun, kind));
                nouns.TryAdd(Plural(noun), (noun, kind));
            }
        }

        return nouns.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static string Plural(string noun) =>
        noun.EndsWith('y') && !noun.EndsWith("ey", StringComparison.Ordinal) ? noun[..^1] + "ies"
        : noun.EndsWith("sh", StringComparison.Ordinal) || noun.EndsWith("ss", StringComparison.Ordinal) ? noun + "es"
        : noun + "s";
}

/// <summary>A cue noun's phrase: the index of its last word, where its content starts, and what it attributes.</summary>
internal readonly record struct NounCuePhrase(int CueEnd, int ContentStart, CueKind Kind, bool Clause);
