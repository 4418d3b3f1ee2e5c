using System.Buffers;
using System.Text.RegularExpressions;

namespace Dossier.Core.Recognition;

/// <summary>
/// Years standing alone ("The fund was set up in 1994 and…" already has a cue; "1994 was…" has
/// none) and decades ("the 1990s", "early 1960s" → <c>196X</c>, "the seventies" → <c>197X</c>). A four-digit number followed by
/// a counted noun ("2000 troops") or in an amount is not a year.
/// </summary>
internal static partial class YearRules
{
    private static readonly SearchValues<string> SpokenCenturies = TextCues.Of("nineteen", "twenty");
    private static readonly SearchValues<string> YearParts = TextCues.Of("beginning", "start", "end", "middle");
    private static readonly SearchValues<string> DecadeEndings = TextCues.Of("0s", "0's", "0’s");
    private static readonly SearchValues<string> SpokenDecadeEndings = TextCues.Of("ies", "thousands");

    public static void Collect(string sentence, List<TimeCandidate> found)
    {
        foreach (Match m in BareYear().Matches(sentence))
        {
            found.Add(new(m.Index, m.Index + m.Length, m.Value, true, "bare-year", null));
        }

        foreach (Match m in TextCues.Matches(SpokenYear(), sentence, SpokenCenturies))
        {
            var tens = Array.IndexOf(Tens, m.Groups["tens"].Value.ToUpperInvariant()) + 2;
            var units = m.Groups["units"].Success ? Array.IndexOf(Units, m.Groups["units"].Value.ToUpperInvariant()) + 1 : 0;
            var century = m.Groups["century"].Value.Equals("nineteen", StringComparison.OrdinalIgnoreCase) ? 19 : 20;
            var year = (century * 100) + (tens * 10) + units;
            var value = m.Groups["month"].Success
                ? TimeExpressionResolver.FormatMonth(year, TimeExpressionResolver.MonthNumber(m.Groups["month"].Value) ?? 1)
                : TimeExpressionResolver.FormatYear(year);
            found.Add(new(m.Index, m.Index + m.Length, value, true, "spoken-year", null));
        }

        foreach (Match m in TextCues.Matches(PartOfYear(), sentence, YearParts))
        {
            found.Add(new(m.Index, m.Index + m.Length, m.Groups["year"].Value, true, "part-of-year", null));
        }

        foreach (Match m in TextCues.Matches(Decade(), sentence, DecadeEndings))
        {
            var century = m.Groups["century"].Success ? m.Groups["century"].Value : "19";
            found.Add(new(m.Index, m.Index + m.Length, century + m.Groups["decade"].Value + "X", true, "decade", null));
        }

        foreach (Match m in TextCues.Matches(SpokenDecade(), sentence, SpokenDecadeEndings))
        {
            var value = m.Groups["tens"].Success
                ? (m.Groups["century"].Value.StartsWith("twenty", StringComparison.OrdinalIgnoreCase) ? "20" : "19")
                    + (Array.IndexOf(Tens, m.Groups["tens"].Value.ToUpperInvariant() + "Y") + 2).ToString(System.Globalization.CultureInfo.InvariantCulture) + "X"
                : "200X";
            found.Add(new(m.Index, m.Index + m.Length, value, true, "decade", null));
        }
    }

    [GeneratedRegex(@"(?<![\d$£€¥.,:/#-]|\bNo\.\s?)\b(?:19[0-9]\d|20[0-4]\d)\b(?![.,:/-]?\d|\s*%|\s+(?i:percent|per\s+cent|million|billion|thousand|hundred)\b|\s+(?!(?:was|has|is|as|this|its|his|us|plus|whereas)\b)[a-z]+s\b|\s+(?i:people|troops|men|women|children)\b)")]
    private static partial Regex BareYear();

    private static readonly string[] Tens = ["TWENTY", "THIRTY", "FORTY", "FIFTY", "SIXTY", "SEVENTY", "EIGHTY", "NINETY"];

    private static readonly string[] Units = ["ONE", "TWO", "THREE", "FOUR", "FIVE", "SIX", "SEVEN", "EIGHT", "NINE"];

    /// <summary>Years as broadcast transcripts spell them: "nineteen ninety-six", "January nineteen ninety-seven".</summary>
    [GeneratedRegex(@"\b(?:(?<month>January|February|March|April|May|June|July|August|September|October|November|December)\s+)?(?<century>(?i:nineteen|twenty))[-\s](?<tens>(?i:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety))(?:-(?<units>(?i:one|two|three|four|five|six|seven|eight|nine)))?\b(?![-\s](?i:one|two|three|four|five|six|seven|eight|nine|percent|per\s+cent|million|billion|thousand|hundred|years?)\b)")]
    private static partial Regex SpokenYear();

    /// <summary>"the seventies", "the nineteen nineties", "the two thousands", "the noughties" (a plural tens word alone is the 20th century's).</summary>
    [GeneratedRegex(@"\b(?i:the)\s+(?:(?<century>(?i:nineteen|twenty))[-\s])?(?:(?<tens>(?i:twent|thirt|fort|fift|sixt|sevent|eight|ninet))(?i:ies)|(?i:two\s+thousands|noughties))\b")]
    private static partial Regex SpokenDecade();

    /// <summary>"the end of 1990", "the beginning of 2000": the year (TimeML adds a mod this does not keep).</summary>
    [GeneratedRegex(@"\b(?:(?i:the)\s+)?(?i:beginning|start|end|middle)\s+(?i:of)\s+(?<year>1[5-9]\d{2}|20\d{2})\b(?![-–/.,]\d)")]
    private static partial Regex PartOfYear();

    /// <summary>"1990s", "early 1960s", "'40s", "the 70s"; a "the" before it is part of the expression, as TimeBank marks "the 1990s".</summary>
    [GeneratedRegex(@"(?:\b(?i:the)\s+)?(?:\b(?i:early|late|mid-?)\s*)?(?:\b(?<century>1[5-9]|20)|(?<=\s)['’]|(?<=\b(?i:the)\s+))(?<decade>\d)0['’]?s\b")]
    private static partial Regex Decade();
}
