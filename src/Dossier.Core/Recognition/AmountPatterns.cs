using System.Text;
using System.Text.RegularExpressions;

namespace Dossier.Core.Recognition;

/// <summary>
/// The regular expressions behind <see cref="AmountRecognizer"/>. Each is anchored at a number's
/// edge (<c>\G</c> after it, <c>$</c> on the few characters before it), so none scans a sentence
/// more than once per number; the ones built from word lists run without backtracking.
/// </summary>
internal static partial class AmountPatterns
{
    public const string QualifierWords =
        "about|around|approximately|roughly|some|nearly|almost|more than|over|at least|up to|as many as|as much as|as few as|" +
        "fewer than|less than|under|just over|just under|close to|an estimated|estimated|at most|no more than|in excess of|upwards of";

    private const string SignCharacters = "$€£¥₩₽₹₿₡₾₭₴₺₦₱₫₪";

    /// <summary>A qualifier and/or a currency written before a number: "more than $", "around £", "USD ", "c $ ".</summary>
    public static readonly Regex Before = new(
        @"(?:\b(?<qualifier>(?i:" + Flexible(QualifierWords) + @"))\s+)?(?:(?<currency>(?:\b(?:US|U\.S\.?|USD|C|CAD|A|AUD|HK|NZ|NZD|S|Mex|MXN)|(?i:\b(?:us|u\.s\.?|usd|c|cad|aud|hk|nz|nzd|mex|mxn)\s?))?\$|[" + SignCharacters.Replace("$", string.Empty, StringComparison.Ordinal) + @"]|\b(?:USD|EUR|GBP|JPY|CNY|RMB|RUB|KRW|CHF|CAD|AUD|INR|HKD|NZD|SGD|MXN|BTC|usd|eur|gbp)\b)\s*)?$",
        RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);

    /// <summary>A currency named or signed after the number, with an optional scale after a code ("75 USD million").</summary>
    public static readonly Regex CurrencyAfter = new(
        @"\G(?:\s*|-)(?<currency>" + Alternation(CurrencyLexicon.Codes.Keys.Where(k => k.All(c => char.IsLetter(c) || c is ' ' or '.') && !k.StartsWith("pound", StringComparison.OrdinalIgnoreCase) && !k.StartsWith("British", StringComparison.Ordinal))
            .Concat(CurrencyLexicon.IsoCodes)) + @")\b(?:\s+(?<scale>thousand|million|billion|trillion)\b)?",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>A currency sign after the number ("10 €"), when no digit follows it.</summary>
    public static readonly Regex SignAfter = new(@"\G\s?(?<currency>[" + SignCharacters + @"])", RegexOptions.CultureInvariant);

    /// <summary>What follows a number that makes a currency sign before it belong to that number ("10 $ 30 $", "10 $ 30 cent").</summary>
    public static readonly Regex SignOrSubunit = new(@"\G\s*(?:[" + SignCharacters + @"]|(?i:cents?|pence)\b)", RegexOptions.CultureInvariant);

    [GeneratedRegex(@"\G\s?(?:(?<percent>%)|(?<points>(?i:percentage\s+points?))\b|(?<percent>(?i:per\s?cents?|percent(?:ages?|s)?))\b)")]
    public static partial Regex PercentAfter();

    /// <summary>A subunit after a sum: "and forty-five cents", "50 cents".</summary>
    [GeneratedRegex(@"\G\s*(?i:cents?|pence|penny)\b")]
    public static partial Regex SubunitAfter();

    [GeneratedRegex(@"\G\s+(?:and\s+)?")]
    public static partial Regex SumJoin();

    /// <summary>A word after a number, or joined to it by a hyphen ("six-mile"), with the joiner kept for "km/h".</summary>
    [GeneratedRegex(@"\G(?:[ \t]+|-)(?<word>[A-Za-z][A-Za-z'’]*(?:/[A-Za-z]+|[²2](?![\w]))?|[A-Za-z]\.[A-Za-z]\.)")]
    public static partial Regex NextWord();

    /// <summary>Money or measures glued to the digits: "USD115", "115USD", "1.8m", "75ml", "200lbs", "100t".</summary>
    [GeneratedRegex(@"(?<![\w.,])(?:(?<code>USD|EUR|GBP)(?<number>\d+(?:\.\d+)?)\b|(?<number>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?<unit>USD|EUR|GBP|km/hr|km/h|kmph|kph|km2|kms|km|kgs|kg|mm|cm|ml|m2|m|t|g|l|lbs|lb|oz|ft|mph)(?![\w/]))")]
    public static partial Regex Glued();

    /// <summary>"between" before the first number of a range.</summary>
    [GeneratedRegex(@"\b(?i:between)\s+$")]
    public static partial Regex BetweenBefore();

    [GeneratedRegex(@"^\s*(?:-|–|—|(?i:to|and))\s*$")]
    public static partial Regex RangeJoin();

    /// <summary>"in foreign exchange", "of wheat", "of the DPRK's debt": what an amount is of.</summary>
    [GeneratedRegex(@"\G\s+(?i:in|of|for|on|worth\s+of)(?:\s+(?i:the|a|an|its|their|his|her|our|this|that))?(?=\s)")]
    public static partial Regex AboutLead();

    private static string Flexible(string alternation) => alternation.Replace(" ", @"\s+", StringComparison.Ordinal);

    private static string Alternation(IEnumerable<string> words)
    {
        var sb = new StringBuilder();
        foreach (var w in words.Distinct(StringComparer.OrdinalIgnoreCase).OrderByDescending(w => w.Length))
        {
            if (sb.Length > 0)
            {
                sb.Append('|');
            }

            sb.Append(Regex.Escape(w).Replace(@"\ ", @"\s+", StringComparison.Ordinal).Replace(@"\.", @"\.?", StringComparison.Ordinal));
        }

        return sb.ToString();
    }
}
