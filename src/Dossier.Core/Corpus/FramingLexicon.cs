namespace Dossier.Core.CorpusAnalysis;

/// <summary>
/// Dossier's own list of evaluative words, written for news about politics and diplomacy (no
/// third-party list is copied: none with a usable licence is in the shared data). Strong words
/// insult, label or condemn whatever the context and are reported wherever an outlet uses them
/// outside a quote; mild words (praise, scorn or colour that a plain report would leave out) are
/// reported only when other outlets state the same claim without them.
/// </summary>
internal static class FramingLexicon
{
    public const string NameCalling = "nameCalling";
    public const string Label = "label";
    public const string LoadedLanguage = "loadedLanguage";
    public const string Intensifier = "intensifier";

    private static readonly Dictionary<string, string> Strong = Build(
        (NameCalling, "stupidity stupid idiot idiotic idiocy moron moronic imbecile imbecilic buffoon buffoonery clown clownish lunatic madman maniac thug thuggish dotard stooge crook liar halfwit nitwit incompetent incompetence ignoramus fool foolish foolishness cretin"),
        (Label, "dictator dictatorship despot despotic tyrant tyrannical warmonger warmongering strongman rogue pariah lackey lackeys cronies henchman henchmen propagandist"),
        (LoadedLanguage, "infamous notorious bullying bully bullies monstrous abominable disgraceful shameful shameless outrageous atrocious barbaric heinous evil sinister vile despicable draconian ruthless reckless absurd ridiculous pathetic disastrous fiasco debacle farce sham humiliating humiliation hysteria hysterical ill-fated lackluster lacklustre chummy cozying cosying grovelling groveling kowtowing sycophantic brazen nefarious"));

    private static readonly Dictionary<string, string> Mild = Build(
        (LoadedLanguage, "unproductive dazzling adroitly adroit wild wilder wildly chilly hobbled snub snubbed cozy cosy lavish flurry overdue much-pondered hard-earned simmering deadly unrealistic ambitious gamble stunt ploy scheme lukewarm cold-shouldered embattled beleaguered desperate desperately lonely isolated"),
        (Intensifier, "utterly totally absolutely extremely deeply hugely massively incredibly enormously tremendously sweeping ultimate significantly"));

    /// <summary>The kind of framing a word carries whatever the context, or null.</summary>
    public static string? StrongKind(string lowerWord) => Lookup(Strong, lowerWord);

    /// <summary>The kind of framing a word carries when others state the same claim without it, or null.</summary>
    public static string? MildKind(string lowerWord) => Lookup(Mild, lowerWord);

    private static string? Lookup(Dictionary<string, string> words, string lowerWord)
    {
        var word = lowerWord.Replace('’', '\'');
        if (words.TryGetValue(word, out var kind))
        {
            return kind;
        }

        // Compounds are judged by their evaluative part: "deeply-slashed", "ill-fated" (listed whole).
        var dash = word.IndexOf('-', StringComparison.Ordinal);
        return dash > 0 && words.TryGetValue(word[..dash], out kind) ? kind : null;
    }

    private static Dictionary<string, string> Build(params (string Kind, string Words)[] lists)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (kind, words) in lists)
        {
            foreach (var word in words.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                map[word] = kind;
            }
        }

        return map;
    }
}
