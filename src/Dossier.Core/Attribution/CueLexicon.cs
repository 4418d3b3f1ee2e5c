using System.Text.RegularExpressions;

namespace Dossier.Core.Attribution;

/// <summary>
/// The words that attribute speech ("said", "told", "according to"), in one place so that every
/// pattern of the attribution step agrees on them.
/// </summary>
internal static partial class CueLexicon
{
    /// <summary>Verbs of saying and writing in the forms news text uses, as a regex alternation.</summary>
    public const string Verbs =
        "said|says|say|saying|told|tells|telling|added|adds|adding|asked|asks|explained|explains|stated|states|"
        + "noted|notes|noting|claimed|claims|claim|warned|warns|warning|insisted|insists|argued|argues|arguing|"
        + "wrote|writes|tweeted|tweets|announced|announces|acknowledged|acknowledges|declared|declares|continued|"
        + "recalled|responded|replied|concluded|conceded|admitted|admits|remarked|observed|emphasized|emphasised|"
        + "stressed|predicted|cautioned|complained|countered|contended|maintained|reiterated|affirmed|"
        + "confirmed|confirms|suggested|suggests|termed|mused|quipped|boasted|joked|vowed|pledged|promised";

    /// <summary>Cue phrases that are not a verb of their own.</summary>
    public const string Phrases = @"[Aa]ccording\s+to";

    /// <summary>Any cue, as a regex alternation.</summary>
    public const string Any = Phrases + "|" + Verbs;

    /// <summary>Verbs that report an utterance only in the present plural ("analysts say"), so need a subject before them.</summary>
    public static bool NeedsSubjectBefore(string verb) => verb is "say" or "claim";

    /// <summary>Verbs after which "that" or an object introduces reported speech ("told reporters that").</summary>
    public static bool TakesObject(string verb) => verb is "told" or "tells" or "telling" or "asked" or "asks" or "warned" or "warns" or "assured" or "reminded";

    [GeneratedRegex(@"\b(?:" + Any + @")\b")]
    public static partial Regex Cue();

    [GeneratedRegex(@"\b(?:" + Any + @")\b", RegexOptions.RightToLeft)]
    public static partial Regex LastCue();

    [GeneratedRegex(@"\b(?:" + Verbs + @")[\s,:]*$")]
    public static partial Regex EndsWithCue();
}
