using System.Buffers;
using System.Collections.Frozen;
using System.Runtime.InteropServices;
using Dossier.Core.Model;
using Dossier.Core.Pipeline;

namespace Dossier.Core.Text;

/// <summary>
/// Splits text into sentences along <see cref="Tokenizer"/> token boundaries. A line break always
/// ends a sentence (headings and paragraphs stand alone); within a line, terminal punctuation ends
/// one when the next word looks like a sentence start, with rules for abbreviations, initials,
/// quotes, ellipses and numbered lists.
/// </summary>
public sealed class SentenceSplitter : IDocumentStep
{
    private static readonly SearchValues<char> Closers = SearchValues.Create("”’\"'»›)]}");
    private static readonly SearchValues<char> ClosingQuotes = SearchValues.Create("”’\"'»›");
    private static readonly SearchValues<char> Openers = SearchValues.Create("“‘\"'«‹([{¿¡•‣⁃·*–—-");
    private static readonly SearchValues<char> Bullets = SearchValues.Create("•‣⁃·*–—-");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SpeechVerbs = new[]
    {
        "said", "says", "asked", "asks", "told", "tells", "added", "adds", "wrote", "writes", "replied", "replies",
        "shouted", "cried", "exclaimed", "wondered", "insisted", "stated", "declared", "noted",
    }.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    // What may follow a clock time's "a.m."/"p.m." inside its sentence: the day it falls on or its time zone.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ClockQualifiers = new[]
    {
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
        "EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT", "GMT", "UTC",
    }.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _extra;

    public SentenceSplitter()
        : this(SentenceSplitterOptions.Default)
    {
    }

    public SentenceSplitter(SentenceSplitterOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options;
        _extra = options.ExtraAbbreviations
            .Select(a => a.TrimEnd('.'))
            .ToFrozenSet(StringComparer.OrdinalIgnoreCase)
            .GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static SentenceSplitter Default { get; } = new();

    public SentenceSplitterOptions Options { get; }

    public string Name => "SentenceSplitter";

    public IReadOnlySet<Layer> Requires { get; } = Layers.Of(Layer.CleanText, Layer.Tokens);

    public IReadOnlySet<Layer> Produces { get; } = Layers.Of(Layer.Sentences);

    public void Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        // Sentence ends fall on token ends, so the splitter reads the Tokenizer's layer instead of re-tokenizing.
        var spans = Split(document.Text, document.Tokens);
        var sentences = new Sentence[spans.Count];
        for (var i = 0; i < spans.Count; i++)
        {
            sentences[i] = new Sentence(spans[i]);
        }

        document.Sentences = sentences;
    }

    /// <summary>The sentences of <paramref name="text"/>, in order, trimmed of surrounding whitespace.</summary>
    public List<TextSpan> Split(string text) => Split(text, Tokenizer.Tokenize(text));

    /// <summary>The sentences of <paramref name="text"/>, given the tokens <see cref="Tokenizer"/> made of it.</summary>
    public List<TextSpan> Split(string text, IReadOnlyList<Token> tokens)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        Token[]? copy = null;
        ReadOnlySpan<Token> span;
        if (tokens is List<Token> list)
        {
            span = CollectionsMarshal.AsSpan(list);
        }
        else if (tokens is Token[] array)
        {
            span = array;
        }
        else
        {
            copy = [.. tokens];
            span = copy;
        }

        var sentences = new List<TextSpan>(Math.Max(4, span.Length / 16));
        var marks = ArrayPool<byte>.Shared.Rent(span.Length + 1);
        try
        {
            var context = new SplitContext(text, span, marks.AsSpan(0, span.Length));
            context.Marks.Clear();
            ListItems.Mark(text, span, context.Marks);
            if (!Options.SplitInsideQuotations)
            {
                Quotations.Mark(text, span, context.Marks);
            }

            SplitInto(context, sentences);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(marks);
        }

        return sentences;
    }

    private void SplitInto(in SplitContext context, List<TextSpan> sentences)
    {
        var text = context.Text;
        var tokens = context.Tokens;
        var n = tokens.Length;
        var first = 0;
        for (var i = 0; i < n; i++)
        {
            if (i > first && (context.Marks[i] & Mark.ListItem) != 0)
            {
                sentences.Add(new TextSpan(tokens[first].Span.Start, tokens[i - 1].Span.End));
                first = i;
            }

            var terminal = (context.Marks[i] & (Mark.Quoted | Mark.MarkerPunctuation)) != 0 ? Terminal.None : TerminalKind(text, tokens[i]);
            var last = terminal == Terminal.None ? i : ExtendClosers(text, tokens, i, terminal);
            var ends = last == n - 1
                || LineBreakEnds(context, last)
                || (terminal != Terminal.None && EndsSentence(context, first, i, last, terminal));
            if (ends)
            {
                sentences.Add(new TextSpan(tokens[first].Span.Start, tokens[last].Span.End));
                first = last + 1;
            }

            i = last;
        }
    }


    private enum Terminal
    {
        None,
        Period,
        Question,
        Ellipsis,
        Abbreviation,
        Dash,
    }

    private static Terminal TerminalKind(string text, Token token)
    {
        var s = text.AsSpan(token.Span.Start, token.Span.Length);
        if (token.Kind == TokenKind.Word)
        {
            return s.Length > 1 && s[^1] == '.' ? Terminal.Abbreviation : Terminal.None;
        }

        if (token.Kind != TokenKind.Punctuation)
        {
            return Terminal.None;
        }

        if (s is "." or "。" or "．")
        {
            return Terminal.Period;
        }

        if (s is "?" or "!" or "‽" or "？" or "！")
        {
            return Terminal.Question;
        }

        if (s is "…" || s[0] == '.')
        {
            // Four dots are an ellipsis plus a full stop.
            return s.Count('.') >= 4 ? Terminal.Period : Terminal.Ellipsis;
        }

        return s is "--" or "—" ? Terminal.Dash : Terminal.None;
    }

    /// <summary>
    /// Takes in further terminal marks ("?!") and closing quotes or brackets written right after the
    /// terminal, and after a full stop the reference marks that follow it ("martyr.[1]", "cold.11 12").
    /// </summary>
    private static int ExtendClosers(string text, ReadOnlySpan<Token> tokens, int i, Terminal terminal)
    {
        var last = i;
        while (last + 1 < tokens.Length && tokens[last + 1].Span.Start == tokens[last].Span.End)
        {
            var next = tokens[last + 1];
            var s = text.AsSpan(next.Span.Start, next.Span.Length);
            var takes = next.Kind == TokenKind.Punctuation && s.Length == 1
                && (Closers.Contains(s[0]) || s[0] is '?' or '!' or '.' or '…' or '．');
            if (!takes)
            {
                break;
            }

            last++;
        }

        return terminal == Terminal.Period ? ExtendReferenceMarks(text, tokens, i, last) : last;
    }

    private static int ExtendReferenceMarks(string text, ReadOnlySpan<Token> tokens, int i, int last)
    {
        if (i == 0 || tokens[i - 1].Span.End != tokens[i].Span.Start || tokens[i - 1].Kind == TokenKind.Number)
        {
            return last;
        }

        // "[7][8]": bracketed numbers written against the full stop.
        while (last + 3 < tokens.Length
            && tokens[last + 1].Span.Start == tokens[last].Span.End
            && text[tokens[last + 1].Span.Start] == '['
            && tokens[last + 2].Kind == TokenKind.Number
            && tokens[last + 3].Span.Length == 1 && text[tokens[last + 3].Span.Start] == ']')
        {
            last += 3;
        }

        // "consultation.11 12": footnote numbers, the first written against the full stop.
        if (last == i && last + 1 < tokens.Length && tokens[last + 1].Span.Start == tokens[last].Span.End && IsFootnoteNumber(text, tokens[last + 1]))
        {
            last++;
            while (last + 1 < tokens.Length && IsFootnoteNumber(text, tokens[last + 1]) && tokens[last + 1].Span.Start == tokens[last].Span.End + 1)
            {
                last++;
            }
        }

        return last;
    }

    private static bool IsFootnoteNumber(string text, Token token) =>
        token.Kind == TokenKind.Number && token.Span.Length <= 3 && char.IsAsciiDigit(text[token.Span.Start]);

    /// <summary>
    /// A line break ends a sentence (headings and paragraphs stand alone), except a wrapped line: in
    /// <see cref="SentenceSplitterOptions.WrappedLines"/> text any single break, otherwise a break after
    /// trailing spaces before a lower-case word or a bracket ("It was a cold \nnight").
    /// </summary>
    private bool LineBreakEnds(in SplitContext context, int last)
    {
        var text = context.Text;
        var from = context.Tokens[last].Span.End;
        var next = context.Tokens[last + 1];
        var gap = text.AsSpan(from, next.Span.Start - from);
        var breaks = 0;
        for (var k = 0; k < gap.Length; k++)
        {
            if (gap[k] == '\n' || (gap[k] == '\r' && (k + 1 == gap.Length || gap[k + 1] != '\n')))
            {
                breaks++;
            }
        }

        if (breaks == 0)
        {
            return false;
        }

        if (breaks > 1)
        {
            return true;
        }

        var c = text[next.Span.Start];
        if (next.Kind == TokenKind.Punctuation && TerminalKind(text, next) is Terminal.Period or Terminal.Question)
        {
            // "…contact us for pricing\n." : a stop cannot open a sentence.
            return false;
        }

        if (EndsWithTerminal(text, context.Tokens[last]))
        {
            return true;
        }

        if (Options.WrappedLines)
        {
            var tokens = context.Tokens;
            return (context.Marks[last + 1] & Mark.ListItem) != 0 || Bullets.Contains(c)
                || (next.Kind == TokenKind.Number && last + 2 < tokens.Length && text[tokens[last + 2].Span.Start] is '.' or ')');
        }

        var trailingSpace = gap[0] is ' ' or '\t';
        return !(trailingSpace && (char.IsLower(c) || c == '('));
    }

    private static bool EndsWithTerminal(string text, Token token) =>
        token.Kind == TokenKind.Punctuation && text[token.Span.End - 1] is '.' or '!' or '?' or '…' or '”' or '"' or '’' or '\'' or ')';

    private bool EndsSentence(in SplitContext context, int first, int i, int last, Terminal terminal)
    {
        var text = context.Text;
        var tokens = context.Tokens;
        var next = tokens[last + 1];
        if (next.Span.Start == tokens[last].Span.End)
        {
            return terminal == Terminal.Period && last == i && RunOnBoundary(text, tokens, first, i, next);
        }

        var closedQuote = last > i && ClosingQuotes.Contains(text[tokens[last].Span.End - 1]);
        switch (terminal)
        {
            case Terminal.Ellipsis when i == FirstContent(text, tokens, first):
                return false;

            case Terminal.Ellipsis:
                // An ellipsis trails off mid-sentence unless a quotation closes right after it or a
                // typical sentence opener follows; a bracket after that quotation is its citation ("…” (Smith 55)).
                return (closedQuote && StartsSentence(text, tokens, last + 1) && text[next.Span.Start] is not ('(' or '['))
                    || (!closedQuote && next.Kind == TokenKind.Word && OpensSentence(text, next) && text.AsSpan(next.Span.Start, next.Span.Length) is not "I");

            case Terminal.Dash:
                // "afore she comes, to--” At this moment": a broken-off quotation.
                return closedQuote && next.Kind == TokenKind.Word && char.IsUpper(text[next.Span.Start]);

            case Terminal.Question:
                return StartsSentence(text, tokens, last + 1) && !InsideSquareBrackets(text, tokens, first, i, last) && !(closedQuote && AttributionFollows(text, tokens, last + 1))
                    && !(closedQuote && IsAsideAfterQuotation(text, tokens, last + 1));

            case Terminal.Period:
                if (i > first && tokens[i - 1].Span.End == tokens[i].Span.Start && IsExtraAbbreviation(text, tokens[i - 1]))
                {
                    return false;
                }

                if (IsListMarker(text, tokens, first, i - 1) || IsNumeroSign(text, tokens, i) || IsUpperCaseLeadingAbbreviation(text, tokens, i, next))
                {
                    return false;
                }

                // ". . . ." after a word is a full stop, then an ellipsis opening the next sentence.
                if (next.Kind == TokenKind.Punctuation && text[next.Span.Start] == '.' && TerminalKind(text, next) == Terminal.Ellipsis)
                {
                    return last + 2 < tokens.Length && StartsSentence(text, tokens, last + 2);
                }

                return StartsSentence(text, tokens, last + 1) && !(closedQuote && IsAsideAfterQuotation(text, tokens, last + 1));

            default:
                return AbbreviationEnds(text, tokens, first, i, last + 1);
        }
    }

    /// <summary>"world.Today", "1,000.That": a full stop with no space between a lower-case word or a number and a capitalised word.</summary>
    private static bool RunOnBoundary(string text, ReadOnlySpan<Token> tokens, int first, int i, Token next)
    {
        if (i == first || tokens[i - 1].Span.End != tokens[i].Span.Start || next.Kind != TokenKind.Word || next.Span.Length < 2)
        {
            return false;
        }

        var before = tokens[i - 1];
        var wordBefore = before.Kind == TokenKind.Word && before.Span.Length > 1 && char.IsLower(text[before.Span.End - 1]);
        return (wordBefore || before.Kind == TokenKind.Number)
            && char.IsUpper(text[next.Span.Start]) && char.IsLower(text[next.Span.Start + 1]);
    }

    /// <summary>
    /// "…the house!' (Which was very likely true.)": a bracketed aside after a quotation stays in its
    /// sentence, unless another quotation follows the aside ("…think!” (Dinah was the cat.) “I hope…").
    /// </summary>
    private static bool IsAsideAfterQuotation(string text, ReadOnlySpan<Token> tokens, int k)
    {
        if (text[tokens[k].Span.Start] != '(')
        {
            return false;
        }

        for (var j = k + 1; j < tokens.Length && j < k + 64; j++)
        {
            if (text[tokens[j].Span.Start] == ')' && tokens[j].Span.Length == 1)
            {
                return j + 1 >= tokens.Length || text[tokens[j + 1].Span.Start] is not ('"' or '“');
            }
        }

        return false;
    }

    /// <summary>"SEC. 1262 AUTHORIZATION": an abbreviation that precedes numbers, written in capitals.</summary>
    private static bool IsUpperCaseLeadingAbbreviation(string text, ReadOnlySpan<Token> tokens, int i, Token next)
    {
        if (i == 0 || next.Kind != TokenKind.Number)
        {
            return false;
        }

        var before = tokens[i - 1];
        return before.Kind == TokenKind.Word && before.Span.End == tokens[i].Span.Start
            && Abbreviations.IsLeadingInCapitals(text.AsSpan(before.Span.Start, before.Span.Length));
    }

    /// <summary>"[16:  firma? 13:28]": a question mark inside a bracketed note that closes a few tokens later.</summary>
    private static bool InsideSquareBrackets(string text, ReadOnlySpan<Token> tokens, int first, int i, int last)
    {
        var open = false;
        for (var k = i - 1; k >= first && k > i - 16; k--)
        {
            var c = text[tokens[k].Span.Start];
            if (c == ']')
            {
                return false;
            }

            if (c == '[')
            {
                open = true;
                break;
            }
        }

        if (!open)
        {
            return false;
        }

        for (var k = last + 1; k < tokens.Length && k <= last + 8; k++)
        {
            var gap = text.AsSpan(tokens[k - 1].Span.End, tokens[k].Span.Start - tokens[k - 1].Span.End);
            var c = text[tokens[k].Span.Start];
            if (gap.ContainsAny('\n', '\r') || c == '[')
            {
                return false;
            }

            if (c == ']')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"N°. 1026": the numero sign's full stop.</summary>
    private static bool IsNumeroSign(string text, ReadOnlySpan<Token> tokens, int i) =>
        i >= 2 && text[tokens[i - 1].Span.Start] is '°' or 'º' && tokens[i - 1].Span.Length == 1
        && tokens[i - 2].Span.Length == 1 && text[tokens[i - 2].Span.Start] is 'N' or 'n'
        && tokens[i - 2].Span.End == tokens[i - 1].Span.Start;

    private bool AbbreviationEnds(string text, ReadOnlySpan<Token> tokens, int first, int i, int nextIndex)
    {
        var token = tokens[i];
        var next = tokens[nextIndex];
        var body = text.AsSpan(token.Span.Start, token.Span.Length - 1);
        if (_extra.Contains(body))
        {
            return false;
        }

        if (body.Length == 1 && char.IsUpper(body[0]))
        {
            // An initial: "J. R. R. Tolkien", "George W. Bush"; but "you and I. Did…".
            if (FirstContent(text, tokens, first) == i)
            {
                return false;
            }

            var prev = tokens[i - 1];
            var afterName = prev.Kind == TokenKind.Word && char.IsUpper(text[prev.Span.Start]);
            return afterName ? OpensSentence(text, next) : StartsSentence(text, tokens, nextIndex);
        }

        if (body.Equals("a.m", StringComparison.OrdinalIgnoreCase) || body.Equals("p.m", StringComparison.OrdinalIgnoreCase))
        {
            // "He left at 6 P.M. Travelers who…", but not a time that opens its sentence: "At 5 a.m. Mr. Smith went…",
            // nor one that its day or time zone follows: "until 9 a.m. Tuesday", "at 4 a.m. EDT Thursday".
            var afterNumber = i > first && tokens[i - 1].Kind == TokenKind.Number;
            var fronted = i - FirstContent(text, tokens, first) < 3;
            return afterNumber && !fronted && next.Kind == TokenKind.Word && char.IsUpper(text[next.Span.Start])
                && !ClockQualifiers.Contains(text.AsSpan(next.Span.Start, next.Span.Length));
        }

        return Abbreviations.Lookup(body) switch
        {
            Abbreviations.Role.Leading => false,
            _ => OpensSentence(text, next),
        };
    }

    /// <summary>Whether a token could begin a sentence: a capital, digit, opening quote or bracket, or a bullet or dash before one.</summary>
    private static bool StartsSentence(string text, ReadOnlySpan<Token> tokens, int k)
    {
        var token = tokens[k];
        var c = text[token.Span.Start];
        if (char.IsLower(c))
        {
            // "iPhone 4 will be available…": a brand written with a lower-case first letter.
            return token.Kind == TokenKind.Word && token.Span.Length > 2 && char.IsUpper(text[token.Span.Start + 1]);
        }

        return token.Kind switch
        {
            TokenKind.Word => char.IsUpper(c) || char.IsLetter(c) || char.IsDigit(c) || char.IsSurrogate(c),
            TokenKind.Number or TokenKind.Symbol or TokenKind.Url or TokenKind.Email => true,
            _ when c is '-' or '–' or '—' => k + 1 < tokens.Length && tokens[k + 1].Kind != TokenKind.Punctuation && StartsSentence(text, tokens, k + 1),
            _ => Openers.Contains(c),
        };
    }

    /// <summary>A stricter test after an abbreviation that may end a sentence: a typical sentence-opening word or an opening quote.</summary>
    private static bool OpensSentence(string text, Token token)
    {
        var s = text.AsSpan(token.Span.Start, token.Span.Length);
        return token.Kind == TokenKind.Word
            ? Abbreviations.IsOpener(s)
            : token.Kind == TokenKind.Punctuation && s is "“" or "‘" or "\"";
    }

    /// <summary>"“Why Russia?” Putin asked": a capitalised name and a speech verb within the next few words.</summary>
    private static bool AttributionFollows(string text, ReadOnlySpan<Token> tokens, int start)
    {
        for (var k = start; k < tokens.Length && k < start + 5; k++)
        {
            var token = tokens[k];
            if (token.Kind != TokenKind.Word)
            {
                return false;
            }

            var s = text.AsSpan(token.Span.Start, token.Span.Length);
            if (k == start && Abbreviations.IsOpener(s) && s is not ("He" or "She" or "They" or "We" or "I"))
            {
                return false;
            }

            if (SpeechVerbs.Contains(s))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"1. The first item", "• 9. …", "a. …": a short number or letter opening the sentence.</summary>
    private static bool IsListMarker(string text, ReadOnlySpan<Token> tokens, int first, int k)
    {
        if (k < first || FirstContent(text, tokens, first) != k)
        {
            return false;
        }

        var token = tokens[k];
        return (token.Kind == TokenKind.Number && token.Span.Length <= 3)
            || (token.Kind == TokenKind.Word && token.Span.Length == 1 && char.IsLetter(text[token.Span.Start]));
    }

    /// <summary>The index of the first token of the sentence after any bullets.</summary>
    private static int FirstContent(string text, ReadOnlySpan<Token> tokens, int first)
    {
        var k = first;
        while (k < tokens.Length - 1 && k - first < 8 && tokens[k].Span.Length == 1 && tokens[k].Kind != TokenKind.Word && Bullets.Contains(text[tokens[k].Span.Start]))
        {
            k++;
        }

        return k;
    }

    private bool IsExtraAbbreviation(string text, Token token) =>
        token.Kind == TokenKind.Word && _extra.Contains(text.AsSpan(token.Span.Start, token.Span.Length));

    private readonly ref struct SplitContext(string text, ReadOnlySpan<Token> tokens, Span<byte> marks)
    {
        public string Text { get; } = text;

        public ReadOnlySpan<Token> Tokens { get; } = tokens;

        public Span<byte> Marks { get; } = marks;
    }
}
