using System.Text.RegularExpressions;

namespace Dossier.Core.Recognition.Numbers;

internal enum NumberTokenKind
{
    Word,
    Digits,
    Symbol,
}

/// <summary>A word, a digit string (with its value) or a single other character of a sentence.</summary>
internal readonly record struct NumberToken(int Start, int End, NumberTokenKind Kind, decimal Value, bool IsFraction)
{
    public bool IsWord => Kind == NumberTokenKind.Word;

    public bool IsDigits => Kind == NumberTokenKind.Digits;
}

/// <summary>Cuts a sentence into <see cref="NumberToken"/>s; whitespace is dropped and read back from the offsets.</summary>
internal static partial class NumberTokenizer
{
    private static readonly Dictionary<char, decimal> VulgarFractions = new()
    {
        ['½'] = 0.5m,
        ['¼'] = 0.25m,
        ['¾'] = 0.75m,
        ['⅓'] = 1m / 3,
        ['⅔'] = 2m / 3,
        ['⅕'] = 0.2m,
        ['⅙'] = 1m / 6,
        ['⅛'] = 0.125m,
        ['⅜'] = 0.375m,
        ['⅝'] = 0.625m,
        ['⅞'] = 0.875m,
    };

    public static List<NumberToken> Tokenize(string text)
    {
        var tokens = new List<NumberToken>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (char.IsLetter(c))
            {
                var start = i;
                while (i < text.Length && char.IsLetter(text[i]))
                {
                    i++;
                }

                tokens.Add(new NumberToken(start, i, NumberTokenKind.Word, 0, false));
            }
            else if ((char.IsAsciiDigit(c) || (c == '.' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]) && (i == 0 || !char.IsLetterOrDigit(text[i - 1]))))
                && Digits().Match(text, i) is { Success: true } digits)
            {
                var value = decimal.TryParse(digits.ValueSpan.ToString().Replace(",", string.Empty, StringComparison.Ordinal), System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var parsed) ? parsed : -1;
                tokens.Add(value < 0
                    ? new NumberToken(i, i + digits.Length, NumberTokenKind.Symbol, 0, false)
                    : new NumberToken(i, i + digits.Length, NumberTokenKind.Digits, value, false));
                i += digits.Length;
            }
            else if (VulgarFractions.TryGetValue(c, out var fraction))
            {
                tokens.Add(new NumberToken(i, i + 1, NumberTokenKind.Digits, fraction, true));
                i++;
            }
            else
            {
                tokens.Add(new NumberToken(i, i + 1, NumberTokenKind.Symbol, 0, false));
                i++;
            }
        }

        return tokens;
    }

    // At most 28 digits, so that the value fits a decimal.
    [GeneratedRegex(@"\G(?:\d{1,3}(?:,\d{3}){1,8}(?:\.\d{1,12})?(?!\d)|\d{1,20}(?:\.\d{1,12})?(?!\d)|\.\d{1,12}(?!\d))")]
    private static partial Regex Digits();
}
