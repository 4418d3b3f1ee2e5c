using System.Text.RegularExpressions;
using Dossier.Core.Model;

namespace Dossier.Core.Attribution;

/// <summary>
/// Findings placed in a poll by the preposition "in": "In a CNN poll released Monday, 50 percent chose
/// Clinton" and "Trump has a decisive lead in the polls". PolNeAR annotates the poll as the source,
/// "in" as the cue and the clause as the content.
/// </summary>
internal sealed partial class PollCueFinder
{
    private const int MinContentWords = 3;

    private readonly string _text;
    private readonly Func<int, int, TextSpan> _trim;

    /// <param name="text">The document's text.</param>
    /// <param name="trim">Narrows a span to its words, without edge spaces and punctuation.</param>
    public PollCueFinder(string text, Func<int, int, TextSpan> trim)
    {
        _text = text;
        _trim = trim;
    }

    /// <summary>The sentence's poll findings, left to right.</summary>
    public IEnumerable<FoundAttribution> Find(TextSpan sentence)
    {
        if (_text.IndexOf("oll", sentence.Start, sentence.Length, StringComparison.Ordinal) < 0
            && _text.IndexOf("urvey", sentence.Start, sentence.Length, StringComparison.Ordinal) < 0)
        {
            yield break;
        }

        var leading = Leading().Match(_text, sentence.Start, sentence.Length);
        if (leading.Success)
        {
            var content = _trim(leading.Index + leading.Length, sentence.End);
            if (Words(content) >= MinContentWords)
            {
                yield return Finding(leading.Groups["cue"], leading.Groups["poll"], content);
            }

            yield break;
        }

        for (var m = Trailing().Match(_text, sentence.Start, sentence.Length); m.Success; m = m.NextMatch())
        {
            var cue = m.Groups["cue"];
            var clauseStart = _text.LastIndexOfAny([';', ':'], Math.Max(sentence.Start, cue.Index - 1), cue.Index - sentence.Start);
            var content = _trim(clauseStart >= sentence.Start ? clauseStart + 1 : sentence.Start, cue.Index);
            if (Words(content) >= MinContentWords && SimpleClause(content))
            {
                yield return Finding(cue, m.Groups["poll"], content);
            }
        }
    }

    /// <summary>
    /// A poll placed after its clause ("Trump has a decisive lead in the polls") is that clause's source only when the clause is
    /// a plain one: not a subordinate one ("Though Sanders held leads in Granite State surveys, …"), not one with asides
    /// (PolNeAR leaves "Cruz, who has seen his lead … in Iowa polling" unannotated), and not the poll's own design
    /// ("questions in the survey").
    /// </summary>
    private bool SimpleClause(TextSpan content)
    {
        var words = _text.AsSpan(content.Start, content.Length);
        return !words.Contains(',') && !Subordinate().IsMatch(_text, content.Start) && !NotFinding().IsMatch(_text[content.Start..content.End]);
    }

    private FoundAttribution Finding(Group cue, Group poll, TextSpan content) =>
        new(new TextSpan(cue.Index, cue.Index + cue.Length), new SourcePhrase(_trim(poll.Index, poll.Index + poll.Length), null, false), content, CueKind.Finding);

    private int Words(TextSpan span) => DirectQuoteFinder.WordCount().Count(_text.AsSpan(span.Start, span.Length));

    // Up to eight words (no clause of their own) that end in the poll's own noun, then a few words that say when or by whom it was taken.
    private const string PollWords = @"(?<poll>(?:(?!(?:where|which|that|who|when|while|after|before|and|but|or|as|because|since|with|if|than|to)\b)[\p{L}\p{N}’'/.\-]+\s+){0,8}?";

    private const string Poll = PollWords + @"(?:[Pp]olls?|[Ss]urveys?|[Pp]olling)" + PollTail;

    // After its clause, one poll only: PolNeAR's annotators rarely mark "… has sagged in the polls" or "… in national polls".
    private const string OnePoll = PollWords + @"(?:[Pp]oll|[Ss]urvey)" + PollTail;

    private const string PollTail = @"(?:\s+(?:released|conducted|taken|published|of|from|by|in|last|this|on)\b(?:\s+[^\s,;.:!?]+){0,3})?)";

    [GeneratedRegex(@"\G\s*(?:(?:But|And|Yet)\s+)?(?<cue>In)\s+(?!(?:which|what|this\s+case|other\s+words|addition|contrast)\b)" + Poll + @"\s*,")]
    private static partial Regex Leading();

    // The poll phrase ends its clause, or an adjunct follows it: "voters in the poll said …" puts the poll in the subject.
    [GeneratedRegex(@"(?<=\p{L}\s+)(?<cue>in)\s+(?=(?:the|a|an|this|that|its|their|his|her|our|most|many|several|some|recent|new|latest|national|state|statewide|early|exit|public|\p{Lu}|\d)[\p{L}\p{N}’'/.\-]*\s)" + OnePoll + @"\b(?=\s*(?:[,;.:!?—–)]|$|(?:and|but|ahead|among|since|after|before|this|last|with|by|for|than|over|as|while|at|to|in|on|nationally|statewide)\b))")]
    private static partial Regex Trailing();

    [GeneratedRegex(@"\G(?:Though|Although|While|When|Whereas|Despite|Depending|If|As|Because|Since|After|Before|With|For|Until|Unless|Even|Once|Where|That|Which|Who)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Subordinate();

    // The words before "in" belong to the poll's own design, not to what it found: "questions in the survey", "voters interviewed in the poll".
    [GeneratedRegex(@"\b(?:question(?:s|ed)?|asked|interviewed|surveyed|polled|respondents|included|participat\w*|sampled|error|sample|weighting|methodology|conducted|taken)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex NotFinding();
}
