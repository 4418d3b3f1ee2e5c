using System.Buffers;
using System.Text.RegularExpressions;

namespace Dossier.Core.Recognition;

/// <summary>
/// The regular expressions behind <see cref="TimeRecognizer"/>. Month and weekday names are
/// matched case-sensitively so that the modal "may" and the verb "march" are not dates.
/// </summary>
internal static partial class TimePatterns
{
    private const string Month =
        @"(?<month>(?:January|February|March|April|May|June|July|August|September|October|November|December)\b|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b\.?)";

    // Bare month names without a day or year: abbreviations are left out ("Jun" is also a name).
    private const string FullMonth =
        @"(?<month>January|February|March|April|May|June|July|August|September|October|November|December)\b";

    private const string Day = @"(?<day>\d{1,2})(?:st|nd|rd|th)?\b";

    private const string Year = @"(?<year>1[5-9]\d{2}|20\d{2})\b";

    // Full dates name their year, so older years are safe there ("5 December 1391").
    private const string FullDateYear = @"(?<year>1\d{3}|20\d{2})\b";

    private const string Weekday = @"(?<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b";

    private const string Count =
        @"(?<count>\d+(?:\.\d+)?|(?i:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-|\s+(?:and\s+)?)(?:one|two|three|four|five|six|seven|eight|nine)\b|(?:a|one)\s+hundred|a\s+few|few|a\s+couple\s+of|couple\s+of|several|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred))";

    private const string Qualifier =
        @"(?<qualifier>(?i:more\s+than|less\s+than|fewer\s+than|over|under|nearly|almost|about|around|at\s+least|up\s+to|roughly|some))";

    [GeneratedRegex(@"\b" + Month + @"\s+" + Day + @",?\s+" + FullDateYear)]
    public static partial Regex MonthDayYear();

    [GeneratedRegex(@"\b" + Day + @"\.?\s+(?:of\s+)?" + Month + @",?\s+" + FullDateYear)]
    public static partial Regex DayMonthYear();

    [GeneratedRegex(@"\b(?<day>\d{1,2})-" + Month + @"-" + Year)]
    public static partial Regex DashedDayMonthYear();

    [GeneratedRegex(@"\b(?<year>\d{4})(?<sep>[-.])(?<mon>\d{2})\k<sep>(?<day>\d{2})\b")]
    public static partial Regex IsoDate();

    /// <summary>"25/04", "4/22", "02/22/2016", "21/04/16", "08/12, 2015": which part is the month is decided by the values.</summary>
    [GeneratedRegex(@"(?<![\d/.,])(?!24/7\b)(?<first>\d{1,2})/(?<second>\d{1,2})(?:(?:/|,\s?)(?<year>\d{4}|\d{2}))?(?![\d/]|,\d)")]
    public static partial Regex NumericDayMonth();

    [GeneratedRegex(@"\b(?<year>\d{4})/(?<mon>\d{1,2})/(?<day>\d{1,2})\b")]
    public static partial Regex SlashedIsoDate();

    /// <summary>"2016/11", "2016 / 11", "3/2015", "11 / 2016".</summary>
    [GeneratedRegex(@"(?<![\d/.,])(?:(?<year>19\d{2}|20\d{2})\s?/\s?(?<mon>1[0-2]|0?[1-9])|(?<mon>1[0-2]|0?[1-9])\s?/\s?(?<year>19\d{2}|20\d{2}))(?![\d/]|,\d)")]
    public static partial Regex NumericMonthYear();

    [GeneratedRegex(@"\b(?<year>19\d{2}|20\d{2}),?\s+" + FullMonth + @"(?!\s*\d)")]
    public static partial Regex YearMonth();

    [GeneratedRegex(@"\b" + Month + @"\s?,?\s+(?:of\s+)?" + Year)]
    public static partial Regex MonthYear();

    [GeneratedRegex(@"\b" + Month + @"\s+" + Day + @"(?!,?\s*\d)")]
    public static partial Regex MonthDay();

    [GeneratedRegex(@"\b" + Day + @"\s+(?:of\s+)?" + Month)]
    public static partial Regex DayMonth();

    [GeneratedRegex(@"\b" + FullMonth + @"\s+(?<relation>(?i:last|this|next))\s+(?i:year)\b")]
    public static partial Regex MonthOfRelativeYear();

    [GeneratedRegex(@"\b(?<relation>(?i:last|next|this|past|coming))\s+" + FullMonth)]
    public static partial Regex RelativeMonthName();

    [GeneratedRegex(@"\b(?<part>(?i:(?:the\s+)?(?:first|second|latter)\s+half\s+of|early|late|mid-?|(?:the\s+)?(?:end|beginning|start|middle)\s+of))\s*" + FullMonth + @"(?:,?\s+" + Year + ")?")]
    public static partial Regex PartOfMonth();

    [GeneratedRegex(@"(?:\b(?<cue>(?i:in|since|until|till|by|from|to|through|before|after|during|of|or|and|early|late))\s+)?" + FullMonth + @"(?!\s*\d)")]
    public static partial Regex BareMonth();

    [GeneratedRegex(@"\b(?<first>1[5-9]\d{2}|20\d{2})\s?[-–]\s?(?<second>\d{2}|\d{4})\b")]
    public static partial Regex YearRange();

    [GeneratedRegex(@"\b(?i:in|since|by|until|till|from|to|before|after|during|of|year|the|a|early|late)\s+" + Year + @"(?![-–/.,]\d)(?!\s*(?:%|(?i:percent|per\s+cent|million|billion|thousand)\b))")]
    public static partial Regex CuedYear();

    [GeneratedRegex(@"\b(?:(?i:the\s+day\s+(?<direction>before|after))\s+)?(?i:today|tonight|yesterday|tomorrow)\b")]
    public static partial Regex RelativeDay();

    [GeneratedRegex(@"\b(?:(?i:earlier|early|later|late)\s+)?(?:(?i:the)\s+)?(?<relation>(?i:this|last|next|past|previous|coming))\s+(?<unit>(?i:year|month|week|quarter))\b(?!-)")]
    public static partial Regex RelativeUnit();

    [GeneratedRegex(@"\b(?:(?<relation>(?i:last|next|this|coming|past))|(?i:the))\s+(?i:weekend)\b(?!-)")]
    public static partial Regex Weekend();

    [GeneratedRegex(@"\b(?:(?<relation>(?i:last|next|this|coming|past))\s+)?" + Weekday)]
    public static partial Regex WeekdayName();

    private static readonly SearchValues<string> DurationUnitStems = SearchValues.Create(
        ["year", "month", "week", "day", "hour", "minute", "second", "decade", "centur"], StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Whether the text holds a unit word that <see cref="Duration"/> and <see cref="HyphenatedDuration"/>
    /// need: their optional leading words let the expressions start anywhere, so a text without one
    /// is not searched at all.
    /// </summary>
    public static bool MayHoldDurationUnit(string text) => text.AsSpan().ContainsAny(DurationUnitStems);

    [GeneratedRegex(@"(?:\b" + Qualifier + @"\s+)?(?:\b(?i:the)\s+(?:(?i:first|last|past|next|latest|coming|final)\s+)?)?\b" + Count + @"(?:\s+(?i:more|additional|further|extra))?\s+(?:(?i:trading|business|working)\s+(?=(?i:days?)\b))?(?<unit>(?i:years?|months?|weeks?|days?|hours?|minutes?|seconds|(?<=\b(?i:a|one|1)\s+)(?i:second)(?!\s+(?!(?:later|ago|after|before|earlier|or|and|in|to|of|for|with|on|at|longer|more|too|than|the|he|she|it|they|we|i)\b)[a-z])|decades?|century|centuries))\b(?![-’']|\s+(?i:old|of\s+age)\b)")]
    public static partial Regex Duration();

    /// <summary>An adjectival duration: "a two-year strategy", "the 10-year note", "a four-day visit".</summary>
    [GeneratedRegex(@"\b(?<count>\d{1,3}|(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|ninety|hundred))-(?<unit>(?i:year|month|week|day|hour|minute|decade|century))\b(?!-(?i:olds?\b))")]
    public static partial Regex HyphenatedDuration();

    [GeneratedRegex(@"[A-Za-z][A-Za-z'’]*")]
    public static partial Regex Word();

    [GeneratedRegex(@"\A[\s,]*\z")]
    public static partial Regex OnlySeparators();

    /// <summary>
    /// A preposition that directs the expression after it, matched against the text before it;
    /// "early"/"late" or a clock time may come between ("since early December", "until 9 a.m. Tuesday").
    /// </summary>
    [GeneratedRegex(@"\b(?:(?<since>(?i:since))|(?<until>(?i:until|till))|(?i:as\s+(?:soon|early)\s+as))\s+(?:(?i:early|late)\s+|\d{1,2}(?::\d{2})?\s*(?i:[ap]\.?m\b\.?)(?:\s+(?:[ECMP][SD]T|GMT))?,?\s+)?\z", RegexOptions.RightToLeft)]
    public static partial Regex DirectingPreposition();

    /// <summary>The word right after a position (spaces between).</summary>
    [GeneratedRegex(@"\G\s+(?<word>[A-Za-z]+)")]
    public static partial Regex NextWord();

    /// <summary>Only what may come before a sentence's first word: spaces, quotation marks, brackets, dashes.</summary>
    [GeneratedRegex(@"\A[\s""“‘'`(\[—–-]*\z")]
    public static partial Regex OnlyOpeners();
}
