using System.Globalization;

namespace Dossier.Core.Recognition.Numbers;

/// <summary>
/// Reads numbers token by token, greedily: each word or digit group may follow only what English
/// lets it follow ("twenty" after "hundred", "thousand" after "three hundred"), so "4000 3 hundred"
/// stays two numbers and "3 hundred and 2 hundred" too.
/// </summary>
internal sealed class NumberParser(string text, List<NumberToken> tokens)
{
    private const string CurrencySigns = "$€£¥₩₽₹₿";

    private enum Last
    {
        None,
        Unit,
        Teen,
        Tens,
        Hundred,
        Scale,
        Digits,
        And,
    }

    public List<NumberMention> FindAll()
    {
        var found = new List<NumberMention>();
        var k = 0;
        while (k < tokens.Count)
        {
            if (ParseAt(k) is { } parsed)
            {
                if (parsed.Kind is { } kind)
                {
                    // Through the invariant string, which rounds correctly (a decimal cast does not always).
                    var value = double.Parse(parsed.Value.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
                    found.Add(new NumberMention(tokens[k].Start, tokens[parsed.End - 1].End, value, kind));
                }

                k = parsed.End;
            }
            else
            {
                k++;
            }
        }

        return found;
    }

    /// <summary>A number read from token <c>k</c> up to <c>End</c> (exclusive); a null kind means "skip these tokens" (a date).</summary>
    private readonly record struct Parsed(int End, decimal Value, NumberKind? Kind);

    private Parsed? ParseAt(int k)
    {
        if (IsWordIn(k, NumberLexicon.Negatives) && StartsNumber(k + 1) && ParseBody(k + 1) is { Kind: not null } negated)
        {
            return negated with { Value = -negated.Value };
        }

        if (Symbol(k) is '-' or '−' && k + 1 < tokens.Count && tokens[k + 1].IsDigits && !HasNewline(k + 1)
            && (tokens[k].Start == 0 || char.IsWhiteSpace(text[tokens[k].Start - 1]) || text[tokens[k].Start - 1] == '(')
            && ParseBody(k + 1) is { Kind: not null } minus)
        {
            return minus with { Value = -minus.Value };
        }

        return ParseBody(k);
    }

    private Parsed? ParseBody(int k)
    {
        if (k >= tokens.Count)
        {
            return null;
        }

        var token = tokens[k];
        if (token.IsDigits)
        {
            return ParseDigits(k);
        }

        if (!token.IsWord)
        {
            return null;
        }

        var word = Word(k);
        if (word.Equals("a", StringComparison.OrdinalIgnoreCase) || word.Equals("an", StringComparison.OrdinalIgnoreCase))
        {
            return ParseArticle(k);
        }

        if (word.Equals("half", StringComparison.OrdinalIgnoreCase))
        {
            return ParseHalf(k);
        }

        if (word.Equals("quarter", StringComparison.OrdinalIgnoreCase) && ScaleAt(k + 1) is { } quarterScale)
        {
            return new Parsed(k + 2, 0.25m * quarterScale, NumberKind.Cardinal);
        }

        if (NumberLexicon.Ordinals.TryGetValue(word, out var ordinal))
        {
            return new Parsed(k + 1, ordinal, NumberKind.Ordinal);
        }

        if (!NumberLexicon.Units.ContainsKey(word) && !NumberLexicon.Tens.ContainsKey(word))
        {
            return null;
        }

        if (Grammar(k, new State()) is not { } parsed)
        {
            return null;
        }

        var loneOne = parsed.Kind == NumberKind.Cardinal && parsed.Value == 1 && parsed.End == k + 1;
        return loneOne && IsPronounOne(k) ? null : parsed;
    }

    private Parsed? ParseDigits(int k)
    {
        var token = tokens[k];
        if (token.IsFraction)
        {
            return new Parsed(k + 1, token.Value, NumberKind.Fraction);
        }

        // "F-16", "G7", "SCP-173": a code, not a count.
        if (token.Start > 0 && (char.IsLetter(text[token.Start - 1])
            || (token.Start > 1 && text[token.Start - 1] == '-' && char.IsLetter(text[token.Start - 2]))))
        {
            return null;
        }

        if (Adjacent(k + 1))
        {
            var next = tokens[k + 1];
            if (next.IsWord)
            {
                var suffix = Word(k + 1);
                if (suffix.ToLowerInvariant() is "st" or "nd" or "rd" or "th" && decimal.IsInteger(token.Value))
                {
                    return new Parsed(k + 2, token.Value, NumberKind.Ordinal);
                }

                if (NumberLexicon.ScaleSuffixes.TryGetValue(suffix, out var suffixScale)
                    || (suffix == "m" && AfterCurrencySign(token.Start) && (suffixScale = 1e6m) > 0))
                {
                    return new Parsed(k + 2, token.Value * suffixScale, NumberKind.Cardinal);
                }

                // "180ml", "29km": a measure written as one word, not a bare number.
                return null;
            }

            if (next.IsDigits && next.IsFraction)
            {
                return new Parsed(k + 2, token.Value + next.Value, NumberKind.Cardinal);
            }

            if (Symbol(k + 1) == '/' && Adjacent(k + 2) && tokens[k + 2].IsDigits && decimal.IsInteger(token.Value))
            {
                if (Symbol(k + 3) == '/' && Adjacent(k + 3))
                {
                    var end = Adjacent(k + 4) && k + 4 < tokens.Count && tokens[k + 4].IsDigits ? k + 5 : k + 4;
                    return new Parsed(end, 0, null);
                }

                // "25/04" is a day and month, not a fraction.
                var denominator = tokens[k + 2].Value;
                var written = text[tokens[k + 2].Start..tokens[k + 2].End];
                return denominator == 0 || token.Value >= denominator || written.StartsWith('0')
                    ? new Parsed(k + 3, 0, null)
                    : new Parsed(k + 3, token.Value / denominator, NumberKind.Fraction);
            }

            if (Symbol(k + 1) is ':' && Adjacent(k + 2) && k + 2 < tokens.Count && tokens[k + 2].IsDigits)
            {
                return new Parsed(k + 3, 0, null);
            }
        }

        // "2 1/4", "10 1/2 miles"
        if (decimal.IsInteger(token.Value) && k + 3 < tokens.Count && tokens[k + 1].IsDigits && Symbol(k + 2) == '/'
            && Adjacent(k + 2) && Adjacent(k + 3) && tokens[k + 3].IsDigits && tokens[k + 3].Value > tokens[k + 1].Value
            && !(Symbol(k + 4) == '/' && Adjacent(k + 4)))
        {
            return new Parsed(k + 4, token.Value + (tokens[k + 1].Value / tokens[k + 3].Value), NumberKind.Cardinal);
        }

        // "2.33 k": a scale abbreviation standing alone after the digits.
        if (k + 1 < tokens.Count && tokens[k + 1].IsWord && !HasNewline(k + 1) && Word(k + 1) is "k" or "K" or "M" or "bn" or "mn" or "tn" or "bln" or "tln")
        {
            return new Parsed(k + 2, token.Value * NumberLexicon.ScaleSuffixes[Word(k + 1)], NumberKind.Cardinal);
        }

        return Grammar(k + 1, new State { Current = token.Value, Last = Last.Digits });
    }

    private Parsed? ParseArticle(int k)
    {
        if (!Next(k, out var word))
        {
            return null;
        }

        if (NumberLexicon.Scales.ContainsKey(word) || word.Equals("hundred", StringComparison.OrdinalIgnoreCase))
        {
            return Grammar(k + 1, new State { Current = 1, Last = Last.Unit });
        }

        if (word.Equals("dozen", StringComparison.OrdinalIgnoreCase))
        {
            return new Parsed(k + 2, 12, NumberKind.Cardinal);
        }

        var denominator = NumberLexicon.Denominator(word, out var plural);
        if (denominator >= 2 && !plural)
        {
            var value = 1m / denominator;
            return ScaleAt(k + 2) is { } scale
                ? new Parsed(k + 3, value * scale, NumberKind.Cardinal)
                : new Parsed(k + 2, value, NumberKind.Fraction);
        }

        return null;
    }

    private Parsed ParseHalf(int k)
    {
        if (IsWordAt(k + 1, "a") && k + 2 < tokens.Count)
        {
            if (IsWordAt(k + 2, "dozen"))
            {
                return new Parsed(k + 3, 6, NumberKind.Cardinal);
            }

            if (ScaleAt(k + 2) is { } scale)
            {
                return new Parsed(k + 3, 0.5m * scale, NumberKind.Cardinal);
            }
        }

        return ScaleAt(k + 1) is { } bare
            ? new Parsed(k + 2, 0.5m * bare, NumberKind.Cardinal)
            : new Parsed(k + 1, 0.5m, NumberKind.Fraction);
    }

    private struct State
    {
        public decimal Total;
        public decimal Current;
        public decimal LastScale;
        public Last Last;
        public bool InAndGroup;
        public bool HasHundred;
    }

    /// <summary>Reads on from token <c>k</c> with what has been read so far in <paramref name="state"/>.</summary>
    private Parsed? Grammar(int k, State state)
    {
        State saved = default;
        var savedEnd = -1;
        var end = k;
        while (k < tokens.Count && (state.Last == Last.None || !HasNewline(k)))
        {
            var token = tokens[k];
            if (token.IsDigits)
            {
                if (token.IsFraction || state.Last is not (Last.Scale or Last.And) || !decimal.IsInteger(token.Value) || token.Value == 0
                    || (state.LastScale > 0 && token.Value >= state.LastScale))
                {
                    break;
                }

                state.Current += token.Value;
                state.Last = Last.Digits;
                end = ++k;
                continue;
            }

            if (Symbol(k) == '-' && state.Last is Last.Tens or Last.Unit or Last.Teen && k + 1 < tokens.Count && tokens[k + 1].IsWord
                && IsNumberWord(Word(k + 1)))
            {
                k++;
                continue;
            }

            if (!token.IsWord)
            {
                break;
            }

            var word = Word(k);
            if (NumberLexicon.Units.TryGetValue(word, out var unit))
            {
                var fits = state.Last is Last.None or Last.Hundred or Last.Scale or Last.And || (state.Last == Last.Tens && unit is >= 1 and <= 9);
                if (!fits)
                {
                    break;
                }

                state.Current += unit;
                state.Last = unit < 10 ? Last.Unit : Last.Teen;
                end = ++k;
                continue;
            }

            if (NumberLexicon.Tens.TryGetValue(word, out var tens))
            {
                if (state.Last is not (Last.None or Last.Hundred or Last.Scale or Last.And))
                {
                    break;
                }

                state.Current += tens;
                state.Last = Last.Tens;
                end = ++k;
                continue;
            }

            if (word.Equals("hundred", StringComparison.OrdinalIgnoreCase))
            {
                if (state.Last is not (Last.Unit or Last.Teen or Last.Tens or Last.Digits) || state.HasHundred || state.Current >= 1000)
                {
                    if (state.InAndGroup && savedEnd >= 0)
                    {
                        state = saved;
                        end = savedEnd;
                    }

                    break;
                }

                state.Current *= 100;
                state.HasHundred = true;
                state.Last = Last.Hundred;
                end = ++k;
                continue;
            }

            if (NumberLexicon.Scales.TryGetValue(word, out var scale))
            {
                if (state.Last is not (Last.Unit or Last.Teen or Last.Tens or Last.Hundred or Last.Digits) || (state.LastScale > 0 && scale >= state.LastScale))
                {
                    break;
                }

                state.Total += state.Current * scale;
                state.Current = 0;
                state.LastScale = scale;
                state.HasHundred = false;
                state.InAndGroup = false;
                state.Last = Last.Scale;
                end = ++k;
                continue;
            }

            if (word.Equals("and", StringComparison.OrdinalIgnoreCase) && state.Last != Last.None && state.Last != Last.And)
            {
                if (FractionAt(k + 1) is { } fraction)
                {
                    return AfterAndFraction(fraction, state);
                }

                if (state.Last is Last.Hundred or Last.Scale && k + 1 < tokens.Count && StartsGroup(k + 1))
                {
                    saved = state;
                    savedEnd = end;
                    state.InAndGroup = state.Last == Last.Hundred;
                    state.Last = Last.And;
                    k++;
                    continue;
                }

                break;
            }

            if (word.Equals("dozen", StringComparison.OrdinalIgnoreCase) || word.Equals("dozens", StringComparison.OrdinalIgnoreCase))
            {
                if (state.Last is Last.Unit or Last.Teen or Last.Tens or Last.Hundred or Last.Digits)
                {
                    // "three hundred and two dozens": the dozens are the group after "and".
                    var before = savedEnd >= 0 ? saved.Total + saved.Current : 0;
                    return new Parsed(k + 1, before + ((state.Total + state.Current - before) * 12), NumberKind.Cardinal);
                }

                break;
            }

            if (NumberLexicon.Ordinals.TryGetValue(word, out var ordinal))
            {
                if (OrdinalAfter(state, ordinal) is { } composed)
                {
                    return new Parsed(k + 1, composed.Value, composed.Kind);
                }

                break;
            }

            var denominator = NumberLexicon.Denominator(word, out var plural);
            if (denominator >= 2 && plural && state.Last is Last.Unit or Last.Teen or Last.Tens or Last.Hundred or Last.Digits)
            {
                var value = (state.Total + state.Current) / denominator;
                return WithScaleAfter(k + 1, value);
            }

            if (denominator >= 2 && state is { Last: Last.Unit, Current: 1, Total: 0 })
            {
                return WithScaleAfter(k + 1, 1m / denominator);
            }

            break;
        }

        if (state.Last == Last.And)
        {
            state = saved;
            end = savedEnd;
        }

        return state.Last == Last.None ? null : new Parsed(end, state.Total + state.Current, NumberKind.Cardinal);

        Parsed AfterAndFraction((int End, decimal Value) fraction, State s)
        {
            if (s.Last == Last.Scale)
            {
                // "one billion and a half million" halves the million; "3 million and a half" the last scale.
                return ScaleAt(fraction.End) is { } smaller && smaller < s.LastScale
                    ? new Parsed(fraction.End + 1, s.Total + (fraction.Value * smaller), NumberKind.Cardinal)
                    : new Parsed(fraction.End, s.Total + (fraction.Value * s.LastScale), NumberKind.Cardinal);
            }

            var whole = s.Total + s.Current + fraction.Value;
            return s.Total == 0 && ScaleAt(fraction.End) is { } after
                ? new Parsed(fraction.End + 1, whole * after, NumberKind.Cardinal)
                : new Parsed(fraction.End, whole, NumberKind.Cardinal);
        }
    }

    /// <summary>"twenty" + "first", "one hundred" + "twenty fifth", "two" + "hundredth"; "one" + "fifth" is a fraction.</summary>
    private static (decimal Value, NumberKind Kind)? OrdinalAfter(State state, long ordinal)
    {
        if (state.Last == Last.None)
        {
            return null;
        }

        if (state is { Last: Last.Unit, Current: 1, Total: 0 } && ordinal >= 3 && !NumberLexicon.IsScaleOrdinal(ordinal))
        {
            return (1m / ordinal, NumberKind.Fraction);
        }

        if (NumberLexicon.IsScaleOrdinal(ordinal))
        {
            return state.Last is Last.Unit or Last.Teen or Last.Tens or Last.Hundred or Last.Digits
                ? (state.Total + (state.Current * ordinal), NumberKind.Ordinal)
                : null;
        }

        // Not after a bare scale: "$280 million first preferred notes" is an amount and a rank.
        var fits = ordinal < 10
            ? state.Last is Last.Tens or Last.Hundred or Last.And
            : state.Last is Last.Hundred or Last.And;
        return fits ? (state.Total + state.Current + ordinal, NumberKind.Ordinal) : null;
    }

    /// <summary>"a half", "three quarters", "one-eighth", "two fifths" after "and".</summary>
    private (int End, decimal Value)? FractionAt(int k)
    {
        if (k >= tokens.Count || !tokens[k].IsWord)
        {
            return null;
        }

        var word = Word(k);
        decimal numerator;
        if (word.Equals("a", StringComparison.OrdinalIgnoreCase) || word.Equals("an", StringComparison.OrdinalIgnoreCase))
        {
            numerator = 1;
        }
        else if (NumberLexicon.Units.TryGetValue(word, out var unit) && unit > 0)
        {
            numerator = unit;
        }
        else
        {
            return null;
        }

        var at = Symbol(k + 1) == '-' ? k + 2 : k + 1;
        if (at >= tokens.Count || !tokens[at].IsWord)
        {
            return null;
        }

        var denominator = NumberLexicon.Denominator(Word(at), out var plural);
        return denominator >= 2 && plural == (numerator > 1) ? (at + 1, numerator / denominator) : null;
    }

    private Parsed WithScaleAfter(int k, decimal value)
    {
        if (ScaleAt(k) is { } scale)
        {
            return new Parsed(k + 1, value * scale, NumberKind.Cardinal);
        }

        // "two thirds of a million"
        if (IsWordAt(k, "of") && IsWordAt(k + 1, "a") && ScaleAt(k + 2) is { } ofScale)
        {
            return new Parsed(k + 3, value * ofScale, NumberKind.Cardinal);
        }

        return new Parsed(k, value, value < 1 ? NumberKind.Fraction : NumberKind.Cardinal);
    }

    private bool StartsGroup(int k) =>
        (tokens[k].IsDigits && !tokens[k].IsFraction)
        || (tokens[k].IsWord && (NumberLexicon.Units.ContainsKey(Word(k)) || NumberLexicon.Tens.ContainsKey(Word(k))));

    private bool StartsNumber(int k) =>
        k < tokens.Count && (tokens[k].IsDigits || (tokens[k].IsWord && (IsNumberWord(Word(k)) || Word(k) is "a" or "an" or "half")));

    private static bool IsNumberWord(string word) =>
        NumberLexicon.Units.ContainsKey(word) || NumberLexicon.Tens.ContainsKey(word) || NumberLexicon.Ordinals.ContainsKey(word)
        || NumberLexicon.Denominator(word, out _) > 0;

    private bool IsPronounOne(int k)
    {
        if (k > 0 && tokens[k - 1].IsWord)
        {
            var previous = Word(k - 1);
            return NumberLexicon.PronounOneDeterminers.Contains(previous) || NumberLexicon.Ordinals.ContainsKey(previous);
        }

        return false;
    }

    private decimal? ScaleAt(int k) =>
        k < tokens.Count && tokens[k].IsWord && !HasNewline(k) && NumberLexicon.Scales.TryGetValue(Word(k), out var scale) ? scale : null;

    private bool Next(int k, out string word)
    {
        word = string.Empty;
        if (k + 1 >= tokens.Count || !tokens[k + 1].IsWord || HasNewline(k + 1))
        {
            return false;
        }

        word = Word(k + 1);
        return true;
    }

    private bool AfterCurrencySign(int start)
    {
        var i = start - 1;
        while (i >= 0 && text[i] == ' ')
        {
            i--;
        }

        return i >= 0 && CurrencySigns.Contains(text[i], StringComparison.Ordinal);
    }

    private string Word(int k) => text[tokens[k].Start..tokens[k].End];

    private char? Symbol(int k) => k < tokens.Count && tokens[k].Kind == NumberTokenKind.Symbol ? text[tokens[k].Start] : null;

    private bool IsWordAt(int k, string word) => k < tokens.Count && tokens[k].IsWord && Word(k).Equals(word, StringComparison.OrdinalIgnoreCase);

    private bool IsWordIn(int k, System.Collections.Frozen.FrozenSet<string> words) => k < tokens.Count && tokens[k].IsWord && words.Contains(Word(k));

    /// <summary>Token <c>k</c> follows the one before it with no space between.</summary>
    private bool Adjacent(int k) => k < tokens.Count && k > 0 && tokens[k].Start == tokens[k - 1].End;

    private bool HasNewline(int k) => k > 0 && text.AsSpan(tokens[k - 1].End, tokens[k].Start - tokens[k - 1].End).Contains('\n');
}
