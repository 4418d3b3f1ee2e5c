using System.Text.RegularExpressions;
using Dossier.Core.Model;

namespace Dossier.Core.Attribution;

/// <summary>Finds the source phrase next to a cue: the subject before it or the words after it.</summary>
internal sealed partial class SourceFinder
{
    private const int MaxPhraseWords = 8;
    private readonly string _text;
    private readonly List<Mention> _names;

    public SourceFinder(string text, IEnumerable<Mention> names)
    {
        _text = text;
        // A name of unknown type with two words or more ("Anna Kowalski, who chairs …, said") is most
        // often a person the name lists do not know; a single unknown word may be a weekday or a heading.
        _names = [.. names.Where(m => m.Type is EntityType.Person or EntityType.Organization or EntityType.Country
            || (m.Type == EntityType.Other && text.AsSpan(m.Span.Start, m.Span.Length).Contains(' ')))
            .OrderBy(m => m.Span.Start)];
    }

    /// <summary>
    /// The subject of a cue: "Koo said", "Jeong Young-tae, an analyst at …, said", "he said",
    /// "a government official said". <paramref name="loose"/> also accepts a name earlier in the
    /// clause with other words between ("Yuri Ushakov, … aide, during a press conference said").
    /// </summary>
    public SourcePhrase? Before(int from, int cueStart, bool loose)
    {
        if (cueStart <= from)
        {
            return null;
        }

        var gapEnd = SkipBackAdverbs(from, cueStart);
        var name = AdjacentName(from, gapEnd, loose, EntityType.Person);
        if (name is not null)
        {
            return new SourcePhrase(name.Span, name, false);
        }

        var anonymous = AnonymousBeforeCue().Match(_text, from, gapEnd - from);
        if (anonymous.Success)
        {
            var np = anonymous.Groups["np"];
            return new SourcePhrase(new TextSpan(np.Index, np.Index + np.Length), null, false);
        }

        // "Experts on North Korea said": a name inside a prepositional phrase is not the subject.
        name = AdjacentName(from, gapEnd, loose, null);
        if (name is not null && !PrepositionBefore().IsMatch(_text.AsSpan(from, name.Span.Start - from)))
        {
            return new SourcePhrase(name.Span, name, false);
        }

        var pronoun = PronounBefore().Match(_text, from, gapEnd - from);
        return pronoun.Success ? new SourcePhrase(new TextSpan(pronoun.Index, pronoun.Index + pronoun.Length), null, true) : PhraseBefore(from, gapEnd);
    }

    /// <summary>The words after a cue: "said Cho", "said a former official", "according to Georgy Toloraya, …".</summary>
    public SourcePhrase? After(int cueEnd, int to)
    {
        var start = cueEnd;
        while (start < to && char.IsWhiteSpace(_text[start]))
        {
            start++;
        }

        if (start >= to)
        {
            return null;
        }

        var name = FirstName(start, to);
        if (name is not null && (name.Span.Start == start || LeadingTitle().IsMatch(_text.AsSpan(start, name.Span.Start - start))))
        {
            return new SourcePhrase(name.Span, name, false);
        }

        var pronoun = PronounAfter().Match(_text, start, to - start);
        if (pronoun.Success)
        {
            return new SourcePhrase(new TextSpan(pronoun.Index, pronoun.Index + pronoun.Length), null, true);
        }

        var phrase = PhraseAfter().Match(_text, start, to - start);
        return phrase.Success ? new SourcePhrase(new TextSpan(phrase.Index, phrase.Index + phrase.Length), null, false) : null;
    }

    /// <summary>The last name (of <paramref name="type"/>, or any) before the cue with only an appositive, adverbs or, when loose, a clause without a full stop between.</summary>
    private Mention? AdjacentName(int from, int gapEnd, bool loose, EntityType? type)
    {
        var index = _names.FindLastIndex(m => m.Span.Start < gapEnd);
        for (var i = index; i >= 0 && _names[i].Span.Start >= from; i--)
        {
            var m = _names[i];
            if (m.Span.End > gapEnd || (type is { } t && m.Type != t))
            {
                continue;
            }

            var gap = _text.AsSpan(m.Span.End, gapEnd - m.Span.End);
            if (gap.IsWhiteSpace() || AppositiveGap().IsMatch(gap) || NamedAppositive(m, gap) || (loose && gap.IndexOfAny('.', '“', '"') < 0))
            {
                return m;
            }

            // "Tad Devine, a senior adviser to Mr. Sanders, said": a name ending where an appositive does is not the subject; the one before it may be.
            if (!loose && !gap.TrimStart().StartsWith(","))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>"A company spokesman, Carl Weber, said": the name is itself the appositive of the subject before it.</summary>
    private bool NamedAppositive(Mention name, ReadOnlySpan<char> gap) =>
        gap.Trim().SequenceEqual(",") && _text.AsSpan(0, name.Span.Start).TrimEnd().EndsWith(",");

    private Mention? FirstName(int from, int to) => _names.FirstOrDefault(m => m.Span.Start >= from && m.Span.End <= to);

    private int SkipBackAdverbs(int from, int cueStart)
    {
        var m = TrailingAdverbs().Match(_text, from, cueStart - from);
        return m.Success ? m.Index : cueStart;
    }

    /// <summary>A short noun phrase right before the cue, back to the last clause boundary.</summary>
    private SourcePhrase? PhraseBefore(int from, int end)
    {
        var m = NounPhraseBefore().Match(_text, from, end - from);
        if (!m.Success)
        {
            return null;
        }

        var words = m.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= MaxPhraseWords && !NotSubjects.Contains(words[^1].ToLowerInvariant()) && !Prepositions.Contains(words[0])
            ? new SourcePhrase(new TextSpan(m.Index, m.Index + m.Length), null, false)
            : null;
    }

    private static readonly HashSet<string> Prepositions = new(StringComparer.Ordinal)
    {
        "during", "at", "in", "on", "after", "before", "to", "with", "for", "of", "by", "from", "about", "over", "since", "until", "into",
    };

    private static readonly HashSet<string> NotSubjects = new(StringComparer.Ordinal)
    {
        "it", "this", "that", "which", "what", "there", "is", "was", "be", "been", "are", "were", "has", "had", "have", "not", "also", "as", "who",
    };

    private const string Role = @"(?:officials?|sources?|diplomats?|analysts?|experts?|observers?|researchers?|spokes(?:person|man|woman)|aides?|insiders?|scholars?|critics?|advisers?|advisors?|lawmakers?|economists?|people|witnesses|residents?|authorities|police|media|reports?)";

    [GeneratedRegex(@"(?:^|(?<=[,;(]\s*)|\b)(?<np>(?:(?:[Aa]n?|[Oo]ne|[Aa]nother|[Tt]he|[Ss]ome|[Ss]everal|[Mm]any|[Tt]wo|[Tt]hree)\s+(?:[\p{L}\-’']+\s+){0,4}" + Role + @"(?:\s+(?:in|at|on|from|with|of|close\s+to|familiar\s+with)\s+(?:the\s+)?[\p{L}\s\-’']{1,40}?)?|[A-Z][\p{Ll}]+s(?<=(?:Analysts|Experts|Officials|Observers|Diplomats|Sources|Critics|Economists))|(?<=(?:^|[,;(]\s*)|\b)[\p{Ll}]+s(?<=\b(?:analysts|experts|officials|observers|diplomats|sources|critics|economists))))\s*$")]
    private static partial Regex AnonymousBeforeCue();

    [GeneratedRegex(@"\b(?:on|of|in|at|from|with|for|about|by|to|over|against)\s+(?:the\s+)?$")]
    private static partial Regex PrepositionBefore();

    [GeneratedRegex(@"\b(?:[Hh]e|[Ss]he|[Tt]hey|I|[Ww]e|who)\s*$")]
    private static partial Regex PronounBefore();

    [GeneratedRegex(@"\G(?:[Hh]e|[Ss]he|[Tt]hey|I|[Ww]e)\b")]
    private static partial Regex PronounAfter();

    [GeneratedRegex(@"(?:\s+(?:also|later|then|once|has|have|had|again|earlier|further|would|will|never|often|[\p{Ll}]{2,}ly(?<!\b(?:rally|family|ally|assembly|supply|reply|monopoly|anomaly|daily|weekly|monthly|quarterly|italy|july|fly|belly|bully|jelly))))+\s*$|\s+$")]
    private static partial Regex TrailingAdverbs();

    [GeneratedRegex(@"^(?:,[^,]{1,120}?){0,2},[^,]{3,120},\s*(?:(?:reportedly|also|later|on \w+|during [^,]+?|in an? [\p{L} ]+?)\s*)?$|^\s+(?:during|at|in|on)\s+[^,.;“”""]{2,60}?\s*$|^\s*\([^()]{1,40}\)\s*$")]
    private static partial Regex AppositiveGap();

    [GeneratedRegex(@"^\s*(?:[Mm]r|[Mm]rs|[Mm]s|[Dd]r|[Ss]en|[Rr]ep|[Gg]ov|[Ss]ecretary|[Pp]resident|[Ss]enator|[Ss]pokes(?:man|woman|person))\.?\s+$")]
    private static partial Regex LeadingTitle();

    [GeneratedRegex(@"(?<=(?:^|[,;:(“”""]|\b(?:and|but|that|as|because|while|when|if|so|though|although|after|before))\s*)(?:(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Tt]his|[Tt]hat|[Bb]oth|[Ss]ome|[Mm]any|[Mm]ost)\s+)?(?:[\p{L}\d][\p{L}\d\-’'.&]*\s+){0,6}[\p{L}][\p{L}\d\-’'.]*\s*$")]
    private static partial Regex NounPhraseBefore();

    [GeneratedRegex(@"\G(?:(?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother|[Ss]ome|[Tt]wo|[Tt]hree|[Ss]everal)\s+(?:[\p{L}\-’']+\s+){0,5}" + Role + @"\b(?:\s+(?:in|at|on|from|with|of|close\s+to|familiar\s+with)\s+(?:the\s+)?[\p{L}\s\-’']{1,40}?(?=\s*(?:[,.;:]|$)))?|[\p{Ll}]+s(?<=\b(?:analysts|experts|officials|observers|diplomats|sources|critics|economists))\b)")]
    private static partial Regex PhraseAfter();
}
