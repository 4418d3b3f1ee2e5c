using System.Text.RegularExpressions;
using Dossier.Core.Model;

namespace Dossier.Core.Attribution;

/// <summary>
/// Attributions that name no source: impressions and expectations ("Trump seemed rattled", "she
/// appears to have won", "the vote is expected to …") and questions put to someone ("Asked whether
/// …, Cruz said", "he was asked about the loan"). PolNeAR annotates these with a cue and a content
/// but no source; whoever answers the question is the source of a separate attribution.
/// </summary>
internal sealed partial class UnsourcedCueFinder
{
    private readonly string _text;
    private readonly Func<int, int, TextSpan> _trim;

    /// <param name="text">The document's text.</param>
    /// <param name="trim">Narrows a span to its words, without edge spaces and punctuation.</param>
    public UnsourcedCueFinder(string text, Func<int, int, TextSpan> trim)
    {
        _text = text;
        _trim = trim;
    }

    /// <summary>The sentence's impressions, expectations and questions, left to right.</summary>
    public IEnumerable<FoundAttribution> Find(TextSpan sentence)
    {
        var question = AskedFirst().Match(_text, sentence.Start, sentence.Length);
        if (question.Success)
        {
            yield return Asked(sentence, question.Groups["cue"]);
        }

        for (var m = AskedPassive().Match(_text, sentence.Start, sentence.Length); m.Success; m = m.NextMatch())
        {
            yield return Asked(sentence, m.Groups["cue"]);
        }

        for (var m = Impression().Match(_text, sentence.Start, sentence.Length); m.Success; m = m.NextMatch())
        {
            var cue = m.Groups["cue"];
            yield return new FoundAttribution(new TextSpan(cue.Index, cue.Index + cue.Length), null, _trim(cue.Index + cue.Length, sentence.End), CueKind.Belief);
        }
    }

    /// <summary>A question runs to the end of its clause: "Asked if he would run, Cruz said …".</summary>
    private FoundAttribution Asked(TextSpan sentence, Group cue)
    {
        var from = cue.Index + cue.Length;
        var comma = _text.IndexOfAny([',', ';'], from, sentence.End - from);
        return new FoundAttribution(new TextSpan(cue.Index, cue.Index + cue.Length), null, _trim(from, comma < 0 ? sentence.End : comma), CueKind.Speech);
    }

    private const string Negation = @"(?:\s+(?:not|also|still|now|widely|generally|largely|increasingly|clearly|only|even|never))?";

    // A question follows "asked" ("asked whether …", "asked to explain …"), or its topic follows "asked about".
    private const string Question = @"(?:\s+about\b|(?=\s+(?:if|whether|what|who|whom|how|why|when|where|which|to)\b))";

    [GeneratedRegex(@"\G\s*(?<cue>Asked" + Question + ")")]
    private static partial Regex AskedFirst();

    [GeneratedRegex(@"\b(?<cue>(?:is|are|was|were|be|been|being)" + Negation + @"\s+asked" + Question + ")")]
    private static partial Regex AskedPassive();

    // "appeared" alone is also "appeared on Fox News" or "appeared in court": only before an infinitive,
    // "like", "as if" or a word of the kinds that follow "seem". "seem" itself always gives an impression.
    [GeneratedRegex(@"\b(?<cue>(?:(?:is|are|was|were|be|been|being|isn['’]t|aren['’]t|wasn['’]t|weren['’]t)" + Negation + @"\s+expected)(?=\s+to\b)|(?:(?:does|do|did)(?:\s+not)?\s+|(?:doesn|don|didn)['’]t\s+)?(?:seems?|seemed|seemingly)(?=\s+\p{L})|(?:(?:does|do|did)(?:\s+not)?\s+|(?:doesn|don|didn)['’]t\s+)?(?:appears?|appeared)(?=\s+(?:to|like|as\s+if|as\s+though|that|poised|ready|unlikely|likely|certain|sure|set|determined|willing|unable|eager|reluctant|less|more|increasingly|unfazed|confident|intent|headed|open|unwilling|resigned|close|closer|content)\b))")]
    private static partial Regex Impression();
}
