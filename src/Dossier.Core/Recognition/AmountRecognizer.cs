using System.Collections.Frozen;
using System.Globalization;
using Dossier.Core.Model;
using Dossier.Core.Pipeline;
using Dossier.Core.Recognition.Numbers;

namespace Dossier.Core.Recognition;

/// <summary>
/// Finds money, percentages, measures and counted quantities ("2,000 tonnes of wheat") with their
/// qualifiers, on top of <see cref="NumberRecognizer"/>. A bare number counts only with a counted
/// noun after it, or with a qualifier ("as many as 50,000"); years, dates, times, ordinals and
/// durations are left to the time recognizer. Ranges ("between 10 and 20 percent", "$1-2 billion")
/// give two amounts with the unit of the second.
/// </summary>
public sealed class AmountRecognizer : IDocumentStep
{
    private const int MaxModifiers = 3;
    private const int BeforeWindow = 40;

    private static readonly FrozenDictionary<string, string> Qualifiers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["around"] = "about",
        ["approximately"] = "about",
        ["roughly"] = "about",
        ["some"] = "about",
        ["close to"] = "about",
        ["an estimated"] = "about",
        ["estimated"] = "about",
        ["nearly"] = "almost",
        ["over"] = "more than",
        ["just over"] = "more than",
        ["in excess of"] = "more than",
        ["upwards of"] = "more than",
        ["fewer than"] = "less than",
        ["under"] = "less than",
        ["just under"] = "less than",
        ["no more than"] = "at most",
        ["as much as"] = "as many as",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> TimeUnits = new[]
    {
        "year", "years", "month", "months", "week", "weeks", "day", "days", "hour", "hours", "minute", "minutes",
        "second", "seconds", "decade", "decades", "century", "centuries", "time", "times", "am", "pm", "a.m", "p.m",
        "a.m.", "p.m.", "per", "GMT", "UTC", "o'clock",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    // Collective nouns that count people without a plural "s".
    private static readonly FrozenSet<string> CountNouns = new[]
    {
        "people", "troops", "staff", "personnel", "police", "children", "women", "men", "cattle",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> StopWords = new[]
    {
        "a", "an", "the", "of", "in", "on", "at", "to", "for", "with", "by", "from", "as", "and", "or", "but", "that",
        "which", "who", "whom", "whose", "this", "these", "those", "is", "are", "was", "were", "be", "been", "has",
        "have", "had", "will", "would", "can", "could", "may", "might", "should", "must", "do", "does", "did", "its",
        "his", "her", "their", "our", "than", "more", "less", "other", "others", "such", "it", "he", "she", "they",
        "we", "us", "you", "i", "also", "not", "into", "over", "under", "after", "before", "since", "per", "each",
        "times", "always", "still", "just", "only", "a year", "annually", "yearly", "this", "last", "next", "ago",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> PeriodLeads = new[]
    {
        "the", "first", "second", "third", "fourth", "last", "latter", "former", "this", "that", "next", "past",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public string Name => "AmountRecognizer";

    public IReadOnlySet<Layer> Requires { get; } = Layers.Of(Layer.CleanText, Layer.Sentences);

    public IReadOnlySet<Layer> Produces { get; } = Layers.Of(Layer.Amounts);

    public void Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var amounts = new List<Amount>();
        var countedUnits = new List<string>();
        for (var index = 0; index < document.Sentences.Count; index++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var span = document.Sentences[index].Span;
            var sentence = document.TextOf(span);
            var readings = new SentenceReader(sentence, countedUnits).Read();
            amounts.AddRange(readings.Select(r => new Amount(
                new TextSpan(span.Start + r.Start, span.Start + r.End), sentence[r.Start..r.End], r.Value, r.Unit, r.Qualifier, r.About, index, r.Kind)));
        }

        document.Amounts = amounts;
    }

    /// <summary>An amount read in one sentence, with offsets into that sentence.</summary>
    private sealed record Reading(int Start, int End, double Value, string? Unit, AmountKind Kind, string? Qualifier, string? About, int NumberEnd);

    /// <summary>Reads the amounts of one sentence.</summary>
    private sealed class SentenceReader(string sentence, List<string> countedUnits)
    {
        private readonly List<NumberMention> _numbers = [.. NumberRecognizer.Find(sentence).Where(n => n.Kind != NumberKind.Ordinal && !InsideAddress(sentence, n.Start))];

        public List<Reading> Read()
        {
            var readings = new List<Reading>();
            foreach (System.Text.RegularExpressions.Match m in AmountPatterns.Glued().Matches(sentence))
            {
                if (Glued(m) is { } glued)
                {
                    readings.Add(glued);
                }
            }

            var byNumber = new Reading?[_numbers.Count];
            for (var i = 0; i < _numbers.Count; i++)
            {
                if (!readings.Exists(r => r.Start < _numbers[i].End && _numbers[i].Start < r.End))
                {
                    byNumber[i] = ReadNumber(_numbers[i]);
                }
            }

            ApplyRanges(byNumber);
            foreach (var reading in byNumber)
            {
                if (reading is not null && !readings.Exists(r => r.Start < reading.End && reading.Start < r.End))
                {
                    readings.Add(reading);
                }
            }

            readings.Sort((a, b) => a.Start.CompareTo(b.Start));
            foreach (var r in readings.Where(r => r is { Kind: AmountKind.Count, Unit: not null }))
            {
                countedUnits.Add(r.Unit!);
            }

            return readings;
        }

        private Reading? Glued(System.Text.RegularExpressions.Match m)
        {
            var number = m.Groups["number"];
            if (!double.TryParse(number.Value.Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            {
                return null;
            }

            var code = m.Groups["code"].Success ? m.Groups["code"].Value : m.Groups["unit"].Value;
            var (qualifier, start, signed) = Before(m.Index);
            if (signed is not null || InsideAddress(sentence, m.Index))
            {
                // "$500m" is money, read from its number.
                return null;
            }

            if (CurrencyLexicon.Code(code) is { } currency && CurrencyLexicon.IsoCodes.Contains(code))
            {
                return new Reading(start, m.Index + m.Length, value, currency, AmountKind.Money, qualifier, null, m.Index + m.Length);
            }

            var unit = MeasureLexicon.GluedOnly.TryGetValue(code, out var glued) ? glued
                : MeasureLexicon.Units.TryGetValue(code, out var known) ? known : null;
            return unit is null ? null : new Reading(start, m.Index + m.Length, value, unit, AmountKind.Measure, qualifier, null, m.Index + m.Length);
        }

        private Reading? ReadNumber(NumberMention n)
        {
            var (qualifier, start, prefixCurrency) = Before(n.Start);
            if (SuffixSign(n) is { } suffixed)
            {
                var (suffixStart, suffixQualifier) = prefixCurrency is null ? (start, qualifier) : (n.Start, null);
                return WithSubunits(new Reading(suffixStart, suffixed.End, n.Value, suffixed.Code, AmountKind.Money, suffixQualifier, null, n.End), suffixed.Code);
            }

            if (prefixCurrency is not null)
            {
                return Money(n, start, qualifier, prefixCurrency, n.End);
            }

            if (AmountPatterns.PercentAfter().Match(sentence, n.End) is { Success: true } percent)
            {
                var unit = percent.Groups["points"].Success ? "percentage point" : "percent";
                return WithAbout(new Reading(start, percent.Index + percent.Length, n.Value, unit, AmountKind.Percent, qualifier, null, n.End));
            }

            if (AmountPatterns.CurrencyAfter.Match(sentence, n.End) is { Success: true } named
                && CurrencyLexicon.Code(named.Groups["currency"].Value) is { } code)
            {
                var scale = named.Groups["scale"].Success ? NumberLexicon.Scales[named.Groups["scale"].Value] : 1m;
                var reading = new Reading(start, named.Index + named.Length, (double)((decimal)n.Value * scale), code, AmountKind.Money, qualifier, null, n.End);
                return WithAbout(WithSubunits(reading, code));
            }

            if (Measure(n, start, qualifier) is { } measure)
            {
                return measure;
            }

            if (n.Kind == NumberKind.Fraction)
            {
                return Fraction(n, start, qualifier);
            }

            return Count(n, start, qualifier);
        }

        /// <summary>A sign after the number is its own when no number follows, or when the next number has a sign or subunit of its own.</summary>
        private (int End, string Code)? SuffixSign(NumberMention n)
        {
            if (AmountPatterns.SignAfter.Match(sentence, n.End) is not { Success: true } sign || CurrencyLexicon.Code(sign.Groups["currency"].Value) is not { } code)
            {
                return null;
            }

            var end = sign.Index + sign.Length;
            var next = _numbers.Find(x => x.Start >= end);
            var ownsSign = next.End == 0 || !sentence.AsSpan(end, next.Start - end).IsWhiteSpace()
                || AmountPatterns.SignOrSubunit.IsMatch(sentence.AsSpan(), next.End);
            return ownsSign ? (end, code) : null;
        }

        private Reading Money(NumberMention n, int start, string? qualifier, string currency, int end)
        {
            var value = n.Value;
            if (AmountPatterns.CurrencyAfter.Match(sentence, end) is { Success: true } restated
                && CurrencyLexicon.Code(restated.Groups["currency"].Value) == currency)
            {
                end = restated.Index + restated.Length;
            }

            return WithAbout(WithSubunits(new Reading(start, end, value, currency, AmountKind.Money, qualifier, null, n.End), currency));
        }

        /// <summary>"thirteen dollars and forty-five cents", "10 $ 30 cent": the subunit joins the sum.</summary>
        private Reading WithSubunits(Reading money, string currency)
        {
            if (currency is "cents" or "pence" || AmountPatterns.SumJoin().Match(sentence, money.End) is not { Success: true } join)
            {
                return money;
            }

            var next = _numbers.FindIndex(x => x.Start == join.Index + join.Length);
            if (next < 0 || AmountPatterns.SubunitAfter().Match(sentence, _numbers[next].End) is not { Success: true } subunit)
            {
                return money;
            }

            return money with { End = subunit.Index + subunit.Length, Value = money.Value + (_numbers[next].Value / 100) };
        }

        private Reading? Measure(NumberMention n, int start, string? qualifier)
        {
            var words = WordsAfter(n.End, 3);
            if (words.Count > 0 && words[0].Text == "m" && !words[0].Hyphenated && (words[0].End == sentence.Length || !char.IsLetter(sentence[words[0].End])))
            {
                return new Reading(start, words[0].End, n.Value, "metre", AmountKind.Measure, qualifier, null, n.End);
            }

            if (words.Count == 0 || MeasureLexicon.Longest([.. words.Select(w => w.Text)]) is not { } unit)
            {
                return null;
            }

            var end = words[unit.Words - 1].End;
            if (unit.Unit == "foot" && Inches(end) is { } inches)
            {
                return WithAbout(new Reading(start, inches.End, n.Value + (inches.Value / 12), "foot", AmountKind.Measure, qualifier, null, n.End));
            }

            if (unit.Unit == "pound" && (HasScale(n) || IsWordAt(words, unit.Words, "sterling")))
            {
                end = IsWordAt(words, unit.Words, "sterling") ? words[unit.Words].End : end;
                return WithAbout(new Reading(start, end, n.Value, "GBP", AmountKind.Money, qualifier, null, n.End));
            }

            return WithAbout(new Reading(start, end, n.Value, unit.Unit, AmountKind.Measure, qualifier, null, n.End));
        }

        /// <summary>"5 feet 2 inches", "12 ft 2 in": the inches join the feet.</summary>
        private (int End, double Value)? Inches(int feetEnd)
        {
            if (AmountPatterns.SumJoin().Match(sentence, feetEnd) is not { Success: true } join)
            {
                return null;
            }

            var next = _numbers.FindIndex(x => x.Start == join.Index + join.Length);
            return next >= 0 && WordAt(_numbers[next].End) is { Text: "in" or "inch" or "inches" } inch && inch.Start == _numbers[next].End + 1
                ? (inch.End, _numbers[next].Value)
                : null;
        }

        /// <summary>"less than one-third of the expected number": a part of something the text names.</summary>
        private Reading? Fraction(NumberMention n, int start, string? qualifier)
        {
            // "the second half of April", "the first quarter" are periods, not amounts.
            var before = sentence.AsSpan(0, n.Start).TrimEnd();
            var previous = before[(before.LastIndexOf(' ') + 1)..].ToString();
            if (PeriodLeads.Contains(previous))
            {
                return null;
            }

            var reading = WithAbout(new Reading(start, n.End, n.Value, null, AmountKind.Count, qualifier, null, n.End));
            return reading.About is null || TimeExpressionResolver.MonthNumber(reading.About.Split(' ')[0]) is not null
                ? null
                : reading with { Unit = "fraction" };
        }

        private Reading? Count(NumberMention n, int start, string? qualifier)
        {
            var text = sentence[n.Start..n.End];
            var isDigits = char.IsAsciiDigit(text[0]) || text[0] is '-' or '.';
            if (n.Value <= 0 || !double.IsInteger(n.Value) || LooksLikeDate(n, text))
            {
                return null;
            }

            var words = WordsAfter(n.End, MaxModifiers + 1);
            var unitIndex = words.FindIndex(w => IsCountedNoun(w.Text));
            if (unitIndex >= 0 && words.Take(unitIndex + 1).Any(w => StopWords.Contains(w.Text) || TimeUnits.Contains(w.Text) || w.Hyphenated))
            {
                unitIndex = -1;
            }

            if (unitIndex < 0)
            {
                if ((words.Count > 0 && (TimeUnits.Contains(words[0].Text) || words[0].Hyphenated)) || !isDigits || qualifier is null)
                {
                    // A bare number says nothing without a qualifier ("as many as 50,000").
                    return null;
                }

                var inferred = countedUnits.LastOrDefault(u => ContainsWord(u));
                return new Reading(start, n.End, n.Value, inferred, AmountKind.Count, qualifier, null, n.End);
            }

            var unit = words[unitIndex];
            var about = unitIndex > 0 ? sentence[words[0].Start..unit.End] : null;
            var end = unit.End;
            if (unitIndex + 1 < words.Count && words[unitIndex + 1].Text.Equals("of", StringComparison.OrdinalIgnoreCase))
            {
                var tail = new List<Word>();
                for (var at = words[unitIndex + 1].End; tail.Count < MaxModifiers && WordAt(at) is { } next && !StopWords.Contains(next.Text); at = next.End)
                {
                    tail.Add(next);
                }

                if (tail.Count > 0)
                {
                    about = sentence[tail[0].Start..tail[^1].End];
                    end = tail[^1].End;
                }
            }

            return new Reading(start, end, n.Value, unit.Text, AmountKind.Count, qualifier, about, n.End);
        }

        /// <summary>
        /// The bounds of a range share one unit: "10 to 20 percent" and "eight to 10 feet" lend the
        /// second's unit to the first, "$1-2 billion" lends the first's currency to the second and
        /// the second's scale to the first. "between" makes them "at least" and "at most".
        /// </summary>
        private void ApplyRanges(Reading?[] byNumber)
        {
            for (var i = 0; i + 1 < _numbers.Count; i++)
            {
                var (first, second) = (_numbers[i], _numbers[i + 1]);
                var join = sentence.AsSpan(first.End, second.Start - first.End);
                if (first.Value >= second.Value || !AmountPatterns.RangeJoin().IsMatch(join))
                {
                    continue;
                }

                var between = AmountPatterns.BetweenBefore().IsMatch(sentence.AsSpan(0, byNumber[i]?.Start ?? first.Start));
                if (join.Trim().Equals("and", StringComparison.OrdinalIgnoreCase) && !between)
                {
                    continue;
                }

                var (lower, upper) = (byNumber[i], byNumber[i + 1]);
                if (upper is { Unit: not null } && (lower is null || lower.Unit is null))
                {
                    lower = new Reading(lower?.Start ?? first.Start, first.End, first.Value, upper.Unit, upper.Kind, lower?.Qualifier, null, first.End);
                }
                else if (lower is { Kind: AmountKind.Money, Unit: not null } && lower.End == first.End && upper is null)
                {
                    upper = new Reading(second.Start, second.End, second.Value, lower.Unit, lower.Kind, null, null, second.End);
                    if (HasScale(second) && !HasScale(first))
                    {
                        lower = lower with { Value = first.Value * ScaleOf(second) };
                    }
                }

                if (lower is null || upper is null || lower.Unit != upper.Unit)
                {
                    continue;
                }

                (byNumber[i], byNumber[i + 1]) = between
                    ? (lower with { Qualifier = lower.Qualifier ?? "at least" }, upper with { Qualifier = upper.Qualifier ?? "at most" })
                    : (lower, upper);
            }
        }

        private Reading WithAbout(Reading reading)
        {
            if (reading.About is not null || AmountPatterns.AboutLead().Match(sentence, reading.End) is not { Success: true } lead)
            {
                return reading;
            }

            var tail = new List<Word>();
            for (var at = lead.Index + lead.Length; tail.Count < MaxModifiers && WordAt(at) is { } next && !StopWords.Contains(next.Text)
                && !TimeUnits.Contains(next.Text) && !next.Text.EndsWith("ly", StringComparison.Ordinal); at = next.End)
            {
                tail.Add(next);
            }

            return tail.Count == 0 ? reading : reading with { About = sentence[tail[0].Start..tail[^1].End] };
        }

        private (string? Qualifier, int Start, string? Currency) Before(int numberStart)
        {
            var from = Math.Max(0, numberStart - BeforeWindow);
            var m = AmountPatterns.Before.Match(sentence[from..numberStart]);
            var qualifier = m.Groups["qualifier"];
            var currency = m.Groups["currency"];
            var start = qualifier.Success ? from + qualifier.Index : currency.Success ? from + currency.Index : numberStart;
            return (qualifier.Success ? Normalise(qualifier.Value) : null, start, currency.Success ? CurrencyLexicon.Code(currency.Value.Trim()) ?? CurrencyLexicon.Code(currency.Value.Trim().ToUpperInvariant()) : null);
        }

        /// <summary>Digits inside a web address or query string ("?q=30%25") are not amounts.</summary>
        private static bool InsideAddress(string text, int position)
        {
            var from = position;
            while (from > 0 && !char.IsWhiteSpace(text[from - 1]))
            {
                from--;
            }

            var to = position;
            while (to < text.Length && !char.IsWhiteSpace(text[to]))
            {
                to++;
            }

            var token = text.AsSpan(from, to - from);
            return token.Contains("://", StringComparison.Ordinal) || token.StartsWith("www.", StringComparison.OrdinalIgnoreCase)
                || token.Contains("%2", StringComparison.Ordinal) || token.Contains('=');
        }

        private static string Normalise(string qualifier)
        {
            var words = string.Join(' ', qualifier.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            return Qualifiers.TryGetValue(words, out var mapped) ? mapped : words;
        }

        private bool HasScale(NumberMention n)
        {
            var text = sentence[n.Start..n.End];
            var last = text[(text.LastIndexOfAny([' ', '\t']) + 1)..];
            return NumberLexicon.Scales.ContainsKey(last) || (last.Length > 0 && char.IsAsciiDigit(last[0]) && char.IsLetter(last[^1]));
        }

        private double ScaleOf(NumberMention n)
        {
            var text = sentence[n.Start..n.End];
            var last = text[(text.LastIndexOf(' ') + 1)..];
            if (NumberLexicon.Scales.TryGetValue(last, out var scale))
            {
                return (double)scale;
            }

            var suffix = new string([.. last.SkipWhile(c => !char.IsLetter(c))]);
            return NumberLexicon.ScaleSuffixes.TryGetValue(suffix, out var abbreviated) ? (double)abbreviated : suffix == "m" ? 1e6 : 1;
        }

        private static bool IsCountedNoun(string w)
        {
            if (CountNouns.Contains(w))
            {
                return true;
            }

            return w.Length > 3 && char.IsLower(w[0]) && w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal)
                && !w.EndsWith("'s", StringComparison.Ordinal) && !w.EndsWith("’s", StringComparison.Ordinal)
                && !StopWords.Contains(w) && !TimeUnits.Contains(w) && !w.Contains('/', StringComparison.Ordinal);
        }

        /// <summary>Years without a unit, and day numbers next to a month name, are dates rather than amounts.</summary>
        private bool LooksLikeDate(NumberMention n, string text)
        {
            if (text.Length == 4 && n.Value is >= 1800 and <= 2100)
            {
                return true;
            }

            var before = sentence[..n.Start].TrimEnd().TrimEnd('.');
            var previous = before.Length == 0 ? string.Empty : before[(before.LastIndexOf(' ') + 1)..];
            if (previous.Length > 0 && TimeExpressionResolver.MonthNumber(previous) is not null && char.IsUpper(previous[0]))
            {
                return true;
            }

            var after = sentence.AsSpan(n.End).TrimStart();
            var next = after.IndexOfAny(' ', ',', '.') is var stop and >= 0 ? after[..stop] : after;
            return next.Length >= 3 && TimeExpressionResolver.MonthNumber(next.ToString()) is not null && char.IsUpper(next[0]);
        }

        private bool ContainsWord(string word)
        {
            var at = sentence.IndexOf(word, StringComparison.OrdinalIgnoreCase);
            while (at >= 0)
            {
                var startOk = at == 0 || !char.IsLetter(sentence[at - 1]);
                var endOk = at + word.Length == sentence.Length || !char.IsLetter(sentence[at + word.Length]);
                if (startOk && endOk)
                {
                    return true;
                }

                at = sentence.IndexOf(word, at + 1, StringComparison.OrdinalIgnoreCase);
            }

            return false;
        }

        private readonly record struct Word(int Start, int End, string Text, bool Hyphenated);

        private Word? WordAt(int position) =>
            AmountPatterns.NextWord().Match(sentence, position) is { Success: true } m
                ? new Word(m.Groups["word"].Index, m.Groups["word"].Index + m.Groups["word"].Length, m.Groups["word"].Value, sentence[position] == '-')
                : null;

        private List<Word> WordsAfter(int position, int max)
        {
            var words = new List<Word>();
            for (var word = WordAt(position); word is { } w && words.Count < max; word = WordAt(w.End))
            {
                words.Add(w);
            }

            return words;
        }

        private static bool IsWordAt(List<Word> words, int index, string word) =>
            index < words.Count && words[index].Text.Equals(word, StringComparison.OrdinalIgnoreCase);
    }
}
