using System.Collections.Frozen;
using System.Globalization;
using System.Text.RegularExpressions;
using Dossier.Core.Model;
using Dossier.Core.Pipeline;

namespace Dossier.Core.Recognition;

/// <summary>
/// Finds money, percentages and counted quantities ("2,000 tonnes of wheat") with their
/// qualifiers. A bare number counts only with a counted noun after it, or with a qualifier
/// ("as many as 50,000"); years, dates, times, ordinals and durations are left to the time
/// recognizer.
/// </summary>
public sealed class AmountRecognizer : IDocumentStep
{
    private const int MaxModifiers = 3;

    // Currency names and signs → ISO 4217 codes (historic codes for pre-euro currencies). A bare
    // "dollars" is read as US dollars, as English-language news uses it; "rupees" as Indian rupees.
    private static readonly FrozenDictionary<string, string> Currencies = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["$"] = "USD",
        ["US$"] = "USD",
        ["U.S.$"] = "USD",
        ["us $"] = "USD",
        ["C$"] = "CAD",
        ["A$"] = "AUD",
        ["HK$"] = "HKD",
        ["hk $"] = "HKD",
        ["c $"] = "CAD",
        ["u.s $"] = "USD",
        ["NZ$"] = "NZD",
        ["S$"] = "SGD",
        ["dollar"] = "USD",
        ["dollars"] = "USD",
        ["canadian dollars"] = "CAD",
        ["canadian dollar"] = "CAD",
        ["australian dollars"] = "AUD",
        ["australian dollar"] = "AUD",
        ["hong kong dollars"] = "HKD",
        ["hong kong dollar"] = "HKD",
        ["new zealand dollars"] = "NZD",
        ["new zealand dollar"] = "NZD",
        ["singapore dollars"] = "SGD",
        ["singapore dollar"] = "SGD",
        ["taiwan dollars"] = "TWD",
        ["taiwan dollar"] = "TWD",
        ["swiss francs"] = "CHF",
        ["swiss franc"] = "CHF",
        ["french francs"] = "FRF",
        ["french franc"] = "FRF",
        ["rupee"] = "INR",
        ["rupees"] = "INR",
        ["mexican pesos"] = "MXN",
        ["mexican peso"] = "MXN",
        ["turkish lira"] = "TRY",
        ["turkish liras"] = "TRY",
        ["bitcoin"] = "BTC",
        ["bitcoins"] = "BTC",
        ["finnish markka"] = "FIM",
        ["finnish markkas"] = "FIM",
        ["peseta"] = "ESP",
        ["pesetas"] = "ESP",
        ["guilder"] = "NLG",
        ["guilders"] = "NLG",
        ["deutsche mark"] = "DEM",
        ["deutsche marks"] = "DEM",
        ["₩"] = "KRW",
        ["₽"] = "RUB",
        ["₹"] = "INR",
        ["USD"] = "USD",
        ["EUR"] = "EUR",
        ["GBP"] = "GBP",
        ["JPY"] = "JPY",
        ["CNY"] = "CNY",
        ["RUB"] = "RUB",
        ["KRW"] = "KRW",
        ["CHF"] = "CHF",
        ["CAD"] = "CAD",
        ["AUD"] = "AUD",
        ["INR"] = "INR",
        ["€"] = "EUR",
        ["euro"] = "EUR",
        ["euros"] = "EUR",
        ["£"] = "GBP",
        ["pounds"] = "GBP",
        ["¥"] = "JPY",
        ["yen"] = "JPY",
        ["yuan"] = "CNY",
        ["renminbi"] = "CNY",
        ["ruble"] = "RUB",
        ["rubles"] = "RUB",
        ["rouble"] = "RUB",
        ["roubles"] = "RUB",
        ["won"] = "KRW",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, string> Qualifiers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["around"] = "about",
        ["approximately"] = "about",
        ["roughly"] = "about",
        ["nearly"] = "almost",
        ["over"] = "more than",
        ["fewer than"] = "less than",
        ["under"] = "less than",
        ["as much as"] = "as many as",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> TimeUnits = new[]
    {
        "year", "years", "month", "months", "week", "weeks", "day", "days", "hour", "hours", "minute", "minutes",
        "second", "seconds", "decade", "decades", "century", "centuries", "time", "times", "am", "pm", "a.m", "p.m",
        "percent", "per", "GMT", "UTC",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> MeasureUnits = new[]
    {
        "tonnes", "tonne", "tons", "ton", "kg", "kilograms", "km", "kilometres", "kilometers", "miles", "metres",
        "meters", "barrels", "litres", "liters", "hectares", "acres", "people", "troops", "staff", "personnel", "pence",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> StopWords = new[]
    {
        "a", "an", "the", "of", "in", "on", "at", "to", "for", "with", "by", "from", "as", "and", "or", "but", "that",
        "which", "who", "whom", "whose", "this", "these", "those", "is", "are", "was", "were", "be", "been", "has",
        "have", "had", "will", "would", "can", "could", "may", "might", "should", "must", "do", "does", "did", "its",
        "his", "her", "their", "our", "than", "more", "less", "other", "others", "such", "it", "he", "she", "they",
        "we", "us", "you", "i", "also", "not", "into", "over", "under", "after", "before", "since", "per", "each",
        "times", "always", "still", "just", "only",
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
            var found = new List<Amount>();
            foreach (Match m in AmountPatterns.SymbolMoney().Matches(sentence))
            {
                AddMoney(found, m, sentence, span.Start, index);
            }

            foreach (Match m in AmountPatterns.WordMoney().Matches(sentence))
            {
                AddMoney(found, m, sentence, span.Start, index);
            }

            foreach (Match m in AmountPatterns.Percent().Matches(sentence))
            {
                if (Parse(m) is { } value && Free(found, m, span.Start))
                {
                    found.Add(Make(sentence, m, span.Start, m.Index + m.Length, value, "percent", null, index));
                }
            }

            foreach (Match m in AmountPatterns.Count().Matches(sentence))
            {
                AddCount(found, m, sentence, span.Start, index, countedUnits);
            }

            found.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
            amounts.AddRange(found);
        }

        document.Amounts = amounts;
    }

    private static void AddMoney(List<Amount> found, Match m, string sentence, int offset, int index)
    {
        var currencyText = string.Join(' ', m.Groups["currency"].Value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        var lastWord = currencyText.Split(' ')[^1];
        if (Parse(m) is { } value && Free(found, m, offset)
            && (Currencies.TryGetValue(currencyText, out var code) || Currencies.TryGetValue(lastWord, out code)))
        {
            found.Add(Make(sentence, m, offset, m.Index + m.Length, value, code, null, index));
        }
    }

    private static void AddCount(List<Amount> found, Match m, string sentence, int offset, int index, List<string> countedUnits)
    {
        if (Parse(m) is not { } value || !Free(found, m, offset) || LooksLikeDate(m, sentence))
        {
            return;
        }

        var isWord = !char.IsAsciiDigit(m.Groups["number"].Value[0]);
        var words = new List<Group>();
        var position = m.Index + m.Length;
        for (var next = AmountPatterns.NextWord().Match(sentence, position); next.Success && words.Count <= MaxModifiers; next = AmountPatterns.NextWord().Match(sentence, position))
        {
            words.Add(next.Groups["word"]);
            position = next.Index + next.Length;
        }

        var unitIndex = words.FindIndex(IsCountedNoun);
        if (unitIndex >= 0 && words.Take(unitIndex + 1).Any(w => StopWords.Contains(w.Value) || TimeUnits.Contains(w.Value)))
        {
            unitIndex = -1;
        }

        if (unitIndex < 0)
        {
            if (words.Count > 0 && TimeUnits.Contains(words[0].Value))
            {
                return;
            }

            // A bare digit string says nothing without a qualifier ("as many as 50,000").
            if (isWord || !m.Groups["qualifier"].Success)
            {
                return;
            }

            var inferred = countedUnits.LastOrDefault(u => ContainsWord(sentence, u));
            found.Add(Make(sentence, m, offset, m.Index + m.Length, value, inferred, null, index));
            return;
        }

        var unit = words[unitIndex];
        var about = unitIndex > 0 ? sentence[words[0].Index..(unit.Index + unit.Length)] : null;
        var end = unit.Index + unit.Length;
        if (unitIndex + 1 < words.Count && words[unitIndex + 1].Value.Equals("of", StringComparison.OrdinalIgnoreCase))
        {
            var tail = new List<Group>();
            var from = words[unitIndex + 1].Index + words[unitIndex + 1].Length;
            for (var next = AmountPatterns.NextWord().Match(sentence, from); next.Success && tail.Count < MaxModifiers; next = AmountPatterns.NextWord().Match(sentence, from))
            {
                if (StopWords.Contains(next.Groups["word"].Value))
                {
                    break;
                }

                tail.Add(next.Groups["word"]);
                from = next.Index + next.Length;
            }

            if (tail.Count > 0)
            {
                about = sentence[tail[0].Index..(tail[^1].Index + tail[^1].Length)];
                end = tail[^1].Index + tail[^1].Length;
            }
        }

        countedUnits.Add(unit.Value);
        found.Add(Make(sentence, m, offset, end, value, unit.Value, about, index));
    }

    private static bool IsCountedNoun(Group word)
    {
        var w = word.Value;
        if (MeasureUnits.Contains(w))
        {
            return true;
        }

        return w.Length > 3 && char.IsLower(w[0]) && w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal)
            && !w.EndsWith("'s", StringComparison.Ordinal) && !w.EndsWith("’s", StringComparison.Ordinal)
            && !StopWords.Contains(w) && !TimeUnits.Contains(w);
    }

    /// <summary>Years without a unit, and day numbers next to a month name, are dates rather than amounts.</summary>
    private static bool LooksLikeDate(Match m, string sentence)
    {
        var number = m.Groups["number"].Value;
        if (number.Length == 4 && !m.Groups["scale"].Success && int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1800 and <= 2100)
        {
            return true;
        }

        var before = sentence[..m.Groups["number"].Index].TrimEnd().TrimEnd('.');
        var previous = before.Length == 0 ? string.Empty : before[(before.LastIndexOf(' ') + 1)..];
        if (TimeExpressionResolver.MonthNumber(previous) is not null && char.IsUpper(previous[0]))
        {
            return true;
        }

        var after = sentence.AsSpan(m.Index + m.Length).TrimStart();
        var next = after.IndexOfAny(' ', ',', '.') is var stop and >= 0 ? after[..stop] : after;
        return next.Length >= 3 && TimeExpressionResolver.MonthNumber(next.ToString()) is not null && char.IsUpper(next[0]);
    }

    private static bool ContainsWord(string sentence, string word)
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

    // In decimal, so that "16.4 million" is 16,400,000 and not 16,399,999.999999998.
    private static double? Parse(Match m)
    {
        if (NumberWords.Parse(m.Groups["number"].Value) is not { } number)
        {
            return null;
        }

        var scale = NumberWords.Scale(m.Groups["scale"].Success ? m.Groups["scale"].Value : null);
        return number < 1e12 ? (double)((decimal)number * (decimal)scale) : number * scale;
    }

    private static bool Free(List<Amount> found, Match m, int offset)
    {
        var span = new TextSpan(offset + m.Index, offset + m.Index + m.Length);
        return !found.Exists(a => a.Span.Overlaps(span));
    }

    private static Amount Make(string text, Match m, int offset, int end, double value, string? unit, string? about, int sentence)
    {
        var qualifier = m.Groups["qualifier"];
        string? normalised = null;
        if (qualifier.Success)
        {
            var words = string.Join(' ', qualifier.Value.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            normalised = Qualifiers.TryGetValue(words, out var mapped) ? mapped : words;
        }

        return new Amount(new TextSpan(offset + m.Index, offset + end), text[m.Index..end], value, unit, normalised, about, sentence);
    }
}
