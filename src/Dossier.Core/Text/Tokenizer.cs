using System.Buffers;
using System.Globalization;
using System.Text;
using Dossier.Core.Model;
using Dossier.Core.Pipeline;

namespace Dossier.Core.Text;

/// <summary>
/// Splits text into words, numbers, punctuation, symbols, URLs and e-mail addresses. Every
/// non-whitespace character belongs to exactly one token. Words keep internal hyphens and
/// apostrophes ("Jong-un", "Korea's"); known abbreviations, dotted acronyms ("U.S.") and single
/// capital initials ("W.") keep their period.
/// </summary>
public sealed class Tokenizer : IDocumentStep
{
    private static readonly SearchValues<char> UrlStops = SearchValues.Create(" \t\r\n\f\v\u00A0\"“”‘’<>«»");
    private static readonly SearchValues<char> UrlTrailing = SearchValues.Create(".,;:!?'");
    private static readonly SearchValues<char> EmailLocal = SearchValues.Create("._%+-");
    private static readonly SearchValues<char> Apostrophes = SearchValues.Create("'’ʼ");
    private static readonly SearchValues<char> Hyphens = SearchValues.Create("-‐‑");
    private static readonly SearchValues<char> DigitJoiners = SearchValues.Create(",.:/-–‐‑");

    private static readonly string[] TopLevelDomains =
    [
        "com", "org", "net", "gov", "edu", "int", "mil", "info", "biz", "io", "news", "tv",
        "uk", "ru", "kr", "kp", "cn", "jp", "de", "fr", "eu", "ca", "au", "us",
    ];

    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Tlds =
        System.Collections.Frozen.FrozenSet.ToFrozenSet(TopLevelDomains, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    // Bounds on the look-ahead of e-mail, host-name and acronym scans, which start again at every
    // word: without them a long run such as "a.a.a.a…" would be rescanned from each word (quadratic).
    private const int MaxEmailLocalPart = 64;
    private const int MaxHostName = 253;
    private const int MaxAcronymGroups = 12;

    public static Tokenizer Instance { get; } = new();

    public string Name => "Tokenizer";

    public IReadOnlySet<Layer> Requires { get; } = Layers.Of(Layer.CleanText);

    public IReadOnlySet<Layer> Produces { get; } = Layers.Of(Layer.Tokens);

    public void Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        document.SetStandardTokens(Tokenize(document.Text));
    }

    /// <summary>Tokenizes <paramref name="text"/>; spans are offsets into it.</summary>
    public static List<Token> Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<Token>((text.Length / 5) + 4);
        Tokenize(text, 0, tokens);
        return tokens;
    }

    /// <summary>Appends the tokens of <paramref name="text"/> to <paramref name="output"/>, adding <paramref name="offset"/> to every span.</summary>
    public static void Tokenize(ReadOnlySpan<char> text, int offset, List<Token> output)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            int end;
            TokenKind kind;
            if (TryUrl(text, i, out end))
            {
                kind = TokenKind.Url;
            }
            else if (WordCharLength(text, i) > 0)
            {
                end = ScanWord(text, i, out kind);
            }
            else if (c == '.')
            {
                end = ScanDots(text, i);
                kind = TokenKind.Punctuation;
            }
            else if (c == '-' && i + 1 < text.Length && text[i + 1] == '-')
            {
                end = i + 2;
                while (end < text.Length && text[end] == '-')
                {
                    end++;
                }

                kind = TokenKind.Punctuation;
            }
            else if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                end = i + 2;
                kind = TokenKind.Symbol;
            }
            else
            {
                end = i + 1;
                kind = Classify(c);
            }

            output.Add(new Token(new TextSpan(offset + i, offset + end), kind));
            i = end;
        }
    }

    private static TokenKind Classify(char c)
    {
        if (c is '%' or '&' or '#' or '@' or '*' or '‰' or '§')
        {
            return TokenKind.Symbol;
        }

        return char.GetUnicodeCategory(c) switch
        {
            UnicodeCategory.MathSymbol or UnicodeCategory.CurrencySymbol or UnicodeCategory.ModifierSymbol
                or UnicodeCategory.OtherSymbol or UnicodeCategory.Format or UnicodeCategory.Control
                or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark
                or UnicodeCategory.PrivateUse or UnicodeCategory.Surrogate or UnicodeCategory.OtherNotAssigned => TokenKind.Symbol,
            UnicodeCategory.OtherNumber or UnicodeCategory.LetterNumber => TokenKind.Number,
            _ => TokenKind.Punctuation,
        };
    }

    /// <summary>0 when the char at <paramref name="i"/> cannot be part of a word, else how many UTF-16 units it takes.</summary>
    private static int WordCharLength(ReadOnlySpan<char> text, int i)
    {
        var c = text[i];
        if (char.IsLetterOrDigit(c))
        {
            return 1;
        }

        if (char.IsHighSurrogate(c) && i + 1 < text.Length && Rune.TryCreate(c, text[i + 1], out var rune) && Rune.IsLetterOrDigit(rune))
        {
            return 2;
        }

        return 0;
    }

    /// <summary>Marks and joiners that continue a word but cannot start one.</summary>
    private static bool IsWordContinuation(char c) =>
        c is '\u200C' or '\u200D' || char.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    private static bool IsWordAt(ReadOnlySpan<char> text, int i) => i < text.Length && WordCharLength(text, i) > 0;

    private static int ScanWord(ReadOnlySpan<char> text, int start, out TokenKind kind)
    {
        if (TryEmail(text, start, out var end))
        {
            kind = TokenKind.Email;
            return end;
        }

        if (TryBareDomain(text, start, out end))
        {
            kind = TokenKind.Url;
            return end;
        }

        if (TryDottedAcronym(text, start, out end))
        {
            kind = TokenKind.Word;
            return end;
        }

        var hasLetter = false;
        var j = start;
        while (j < text.Length)
        {
            var len = WordCharLength(text, j);
            if (len > 0)
            {
                hasLetter |= !char.IsDigit(text[j]);
                j += len;
                continue;
            }

            var c = text[j];
            if (IsWordContinuation(c))
            {
                j++;
                continue;
            }

            var prev = text[j - 1];
            var nextIsWord = IsWordAt(text, j + 1);
            if (nextIsWord && Hyphens.Contains(c))
            {
                j++;
                continue;
            }

            if (nextIsWord && Apostrophes.Contains(c) && char.IsLetter(prev) && char.IsLetter(text[j + 1]))
            {
                j++;
                continue;
            }

            if (!hasLetter && DigitJoiners.Contains(c) && char.IsDigit(prev) && j + 1 < text.Length && char.IsDigit(text[j + 1]))
            {
                j++;
                continue;
            }

            break;
        }

        kind = hasLetter ? TokenKind.Word : TokenKind.Number;
        if (kind == TokenKind.Word && j < text.Length && text[j] == '.' && !(j + 1 < text.Length && text[j + 1] == '.')
            && KeepsPeriod(text[start..j], text[(j + 1)..]))
        {
            j++;
        }

        return j;
    }

    private static bool KeepsPeriod(ReadOnlySpan<char> word, ReadOnlySpan<char> after)
    {
        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return true;
        }

        if (Abbreviations.Lookup(word) is not null)
        {
            return true;
        }

        // "No. 5" but not "said no."
        if (word is "No" or "Nos" or "no" or "nos")
        {
            var rest = after.TrimStart();
            return rest.Length > 0 && char.IsDigit(rest[0]);
        }

        return false;
    }

    /// <summary>"U.S.", "a.m.", "e.g.", "U.S.A.", "Ph.D.": at least two short letter groups each closed by a period.</summary>
    private static bool TryDottedAcronym(ReadOnlySpan<char> text, int start, out int end)
    {
        end = start;
        var j = start;
        var groups = 0;
        while (j < text.Length && char.IsLetter(text[j]) && groups < MaxAcronymGroups)
        {
            var k = j;
            while (k < text.Length && char.IsLetter(text[k]) && k - j < 3)
            {
                k++;
            }

            if (k - j > 2 || k >= text.Length || text[k] != '.')
            {
                break;
            }

            groups++;
            j = k + 1;
            end = j;
        }

        return groups >= 2 && !IsWordAt(text, end);
    }

    private static bool TryEmail(ReadOnlySpan<char> text, int start, out int end)
    {
        end = start;
        var at = start;
        while (at < text.Length && at - start <= MaxEmailLocalPart && (char.IsLetterOrDigit(text[at]) || EmailLocal.Contains(text[at])))
        {
            at++;
        }

        if (at == start || at >= text.Length || text[at] != '@')
        {
            return false;
        }

        var j = at + 1;
        while (j < text.Length && j - at <= MaxHostName && (char.IsLetterOrDigit(text[j]) || text[j] is '.' or '-'))
        {
            j++;
        }

        while (j > at + 1 && text[j - 1] is '.' or '-')
        {
            j--;
        }

        var lastDot = text[(at + 1)..j].LastIndexOf('.');
        if (lastDot <= 0 || !char.IsLetterOrDigit(text[at + 1]))
        {
            return false;
        }

        end = j;
        return true;
    }

    /// <summary>"koreaherald.com", "www.cgtn.com/news": host names ending in a common lower-case top-level domain.</summary>
    private static bool TryBareDomain(ReadOnlySpan<char> text, int start, out int end)
    {
        end = start;
        var j = start;
        var labels = 0;
        var lastLabelStart = start;
        while (j - start <= MaxHostName)
        {
            var labelStart = j;
            while (j < text.Length && (char.IsAsciiLetterOrDigit(text[j]) || (text[j] == '-' && j > labelStart)))
            {
                j++;
            }

            if (j == labelStart)
            {
                return false;
            }

            labels++;
            lastLabelStart = labelStart;
            if (j + 1 < text.Length && text[j] == '.' && char.IsAsciiLetterOrDigit(text[j + 1]))
            {
                j++;
                continue;
            }

            break;
        }

        if (labels < 2 || IsWordAt(text, j) || !Tlds.Contains(text[lastLabelStart..j]) || j - start < 5)
        {
            return false;
        }

        if (j < text.Length && text[j] == '/')
        {
            j = ScanUrlTail(text, j);
        }

        end = j;
        return true;
    }

    private static bool TryUrl(ReadOnlySpan<char> text, int i, out int end)
    {
        end = i;
        var rest = text[i..];
        int schemeLength;
        if (rest.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            schemeLength = 8;
        }
        else if (rest.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("ftp://", StringComparison.OrdinalIgnoreCase))
        {
            schemeLength = rest[0] is 'f' or 'F' ? 6 : 7;
        }
        else if (rest.StartsWith("www.", StringComparison.OrdinalIgnoreCase) && rest.Length > 4 && char.IsLetterOrDigit(rest[4]))
        {
            schemeLength = 4;
        }
        else
        {
            return false;
        }

        if (rest.Length <= schemeLength || !char.IsLetterOrDigit(rest[schemeLength]))
        {
            return false;
        }

        end = ScanUrlTail(text, i + schemeLength);
        return true;
    }

    /// <summary>Extends a URL to the next space or quote, then gives back trailing sentence punctuation and unbalanced brackets.</summary>
    private static int ScanUrlTail(ReadOnlySpan<char> text, int from)
    {
        var stop = text[from..].IndexOfAny(UrlStops);
        var end = stop < 0 ? text.Length : from + stop;
        // Looked up once: the characters given back below are never brackets that open.
        var hasOpenParenthesis = text[from..end].Contains('(');
        var hasOpenBracket = text[from..end].Contains('[');
        while (end > from)
        {
            var last = text[end - 1];
            if (UrlTrailing.Contains(last))
            {
                end--;
            }
            else if ((last == ')' && !hasOpenParenthesis) || (last == ']' && !hasOpenBracket))
            {
                end--;
            }
            else
            {
                break;
            }
        }

        return end;
    }

    /// <summary>A period, or an ellipsis written as "...", "...." or ". . .".</summary>
    private static int ScanDots(ReadOnlySpan<char> text, int i)
    {
        var j = i;
        while (j < text.Length && text[j] == '.')
        {
            j++;
        }

        if (j - i > 1)
        {
            return j;
        }

        var dots = 1;
        var k = j;
        while (k + 1 < text.Length && text[k] == ' ' && text[k + 1] == '.')
        {
            k += 2;
            dots++;
        }

        // "compounds. . . . The": a full stop written against the word, then an ellipsis.
        if (dots == 4 && i > 0 && !char.IsWhiteSpace(text[i - 1]))
        {
            return j;
        }

        return dots >= 3 ? k : j;
    }
}
