using System.Buffers;
using System.Collections.Frozen;
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
        var sentences = new List<TextSpan>();
        var n = tokens.Count;
        var first = 0;
        for (var i = 0; i < n; i++)
        {
            var terminal = TerminalKind(text, tokens[i]);
            var last = terminal == Terminal.None ? i : ExtendClosers(text, tokens, i);
            var ends = last == n - 1
                || HasLineBreak(text, tokens[last].Span.End, tokens[last + 1].Span.Start)
                || (terminal != Terminal.None && EndsSentence(text, tokens, first, i, last, terminal));
            if (ends)
            {
                sentences.Add(new TextSpan(tokens[first].Span.Start, tokens[last].Span.End));
                first = last + 1;
            }

            i = last;
        }

        return sentences;
    }

    private enum Terminal
    {
        None,
        Period,
        Question,
        Ellipsis,
        Abbreviation,
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

        return Terminal.None;
    }

    /// <summary>Takes in further terminal marks ("?!") and closing quotes or brackets written right after the terminal.</summary>
    private static int ExtendClosers(string text, IReadOnlyList<Token> tokens, int i)
    {
        var last = i;
        while (last + 1 < tokens.Count && tokens[last + 1].Span.Start == tokens[last].Span.End)
        {
            var next = tokens[last + 1];
            var s = text.AsSpan(next.Span.Start, next.Span.Length);
            var takes = next.Kind == TokenKind.Punctuation && s.Length == 1
                && (Closers.Contains(s[0]) || s[0] is '?' or '!' or '.' or '…');
            if (!takes)
            {
                break;
            }

            last++;
        }

        return last;
    }

    private static bool HasLineBreak(string text, int from, int to) => text.AsSpan(from, to - from).Contains('\n');

    private bool EndsSentence(string text, IReadOnlyList<Token> tokens, int first, int i, int last, Terminal terminal)
    {
        var next = tokens[last + 1];
        if (next.Span.Start == tokens[last].Span.End)
        {
            return false;
        }

        var closedQuote = last > i && ClosingQuotes.Contains(text[tokens[last].Span.End - 1]);
        switch (terminal)
        {
            case Terminal.Ellipsis:
                // An ellipsis trails off mid-sentence unless a quotation closes right after it; a
                // bracket after that quotation is its citation ("…” (Smith 55)).
                return closedQuote && StartsSentence(text, next) && text[next.Span.Start] is not ('(' or '[');

            case Terminal.Question:
                return StartsSentence(text, next) && !(closedQuote && AttributionFollows(text, tokens, last + 1));

            case Terminal.Period:
                if (i > first && tokens[i - 1].Span.End == tokens[i].Span.Start && IsExtraAbbreviation(text, tokens[i - 1]))
                {
                    return false;
                }

                if (IsListMarker(text, tokens, first, i - 1))
                {
                    return false;
                }

                return StartsSentence(text, next);

            default:
                return AbbreviationEnds(text, tokens, first, i, next);
        }
    }

    private bool AbbreviationEnds(string text, IReadOnlyList<Token> tokens, int first, int i, Token next)
    {
        var token = tokens[i];
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
            return afterName ? OpensSentence(text, next) : StartsSentence(text, next);
        }

        return Abbreviations.Lookup(body) switch
        {
            Abbreviations.Role.Leading => false,
            _ => OpensSentence(text, next),
        };
    }

    /// <summary>Whether a token could begin a sentence: a capital, digit, opening quote or bracket, or bullet.</summary>
    private static bool StartsSentence(string text, Token token)
    {
        var c = text[token.Span.Start];
        if (char.IsLower(c))
        {
            return false;
        }

        return token.Kind switch
        {
            TokenKind.Word => char.IsUpper(c) || char.IsLetter(c) || char.IsDigit(c) || char.IsSurrogate(c),
            TokenKind.Number or TokenKind.Symbol or TokenKind.Url or TokenKind.Email => true,
            _ => Openers.Contains(c),
        };
    }

    /// <summary>A stricter test after an abbreviation that may end a sentence: a typical sentence-opening word or an opening quote.</summary>
    private static bool OpensSentence(string text, Token token)
    {
        var s = text.AsSpan(token.Span.Start, token.Span.Length);
        return token.Kind == TokenKind.Word
            ? Abbreviations.IsOpener(s)
            : token.Kind == TokenKind.Punctuation && s is "“" or "‘" or "\"" or "(" or "[";
    }

    /// <summary>"“Why Russia?” Putin asked": a capitalised name and a speech verb within the next few words.</summary>
    private static bool AttributionFollows(string text, IReadOnlyList<Token> tokens, int start)
    {
        for (var k = start; k < tokens.Count && k < start + 5; k++)
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
    private static bool IsListMarker(string text, IReadOnlyList<Token> tokens, int first, int k)
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
    private static int FirstContent(string text, IReadOnlyList<Token> tokens, int first)
    {
        var k = first;
        while (k < tokens.Count - 1 && tokens[k].Span.Length == 1 && tokens[k].Kind != TokenKind.Word && Bullets.Contains(text[tokens[k].Span.Start]))
        {
            k++;
        }

        return k;
    }

    private bool IsExtraAbbreviation(string text, Token token) =>
        token.Kind == TokenKind.Word && _extra.Contains(text.AsSpan(token.Span.Start, token.Span.Length));
}
