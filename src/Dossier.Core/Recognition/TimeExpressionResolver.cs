using System.Collections.Frozen;
using System.Globalization;

namespace Dossier.Core.Recognition;

/// <summary>Calendar arithmetic and TimeML value formatting for <see cref="TimeRecognizer"/>.</summary>
internal static class TimeExpressionResolver
{
    private static readonly FrozenSet<string> FutureCues = new[]
    {
        "will", "shall", "scheduled", "upcoming", "next", "expected", "due", "planned", "plans", "plan",
        "set", "going", "later", "coming", "ll", "tomorrow", "planning", "expects", "expect", "would",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    // Past-tense auxiliaries that give way to a future cue right after them ("were planning", "was expected").
    private static readonly FrozenSet<string> Auxiliaries = new[] { "was", "were" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    // Future modals, and the words that may stand between one and its verb ("would still be held").
    private static readonly FrozenSet<string> FutureModals = new[] { "will", "would", "shall" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> VerbGroupFillers = new[]
    {
        "be", "been", "have", "not", "still", "also", "then", "probably", "likely", "soon", "never", "only",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> TimeUnits = new[]
    {
        "minutes", "hours", "day", "days", "week", "weeks", "month", "months", "year", "years", "decades",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    // Past tense: these words, the irregular past forms below and lower-case words in "-ed".
    private static readonly FrozenSet<string> PastCues = new[]
    {
        "said", "says", "told", "was", "were", "had", "did", "met", "held", "went", "came", "gave", "took",
        "made", "left", "began", "spoke", "wrote", "saw", "ago", "last", "yesterday",
        "brought", "bought", "sought", "thought", "fought", "caught", "taught", "sold", "won", "lost", "fell",
        "rose", "struck", "ran", "sent", "spent", "built", "felt", "kept", "meant", "paid", "stood", "became",
        "knew", "grew", "threw", "drew", "flew", "chose", "broke", "drove", "shot", "fled", "heard", "sank",
        "hung", "sat", "got", "forgot", "swore", "tore", "stole", "arose", "dealt", "froze", "hid", "slept",
        "swept", "understood", "withdrew", "overcame", "undertook", "upheld",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The month number of a month name or abbreviation ("Apr.", "Sept"), or null.</summary>
    public static int? MonthNumber(string name)
    {
        var key = name.TrimEnd('.');
        if (key.Length < 3)
        {
            return null;
        }

        return key[..3].ToUpperInvariant() switch
        {
            "JAN" => 1,
            "FEB" => 2,
            "MAR" => 3,
            "APR" => 4,
            "MAY" => 5,
            "JUN" => 6,
            "JUL" => 7,
            "AUG" => 8,
            "SEP" => 9,
            "OCT" => 10,
            "NOV" => 11,
            "DEC" => 12,
            _ => null,
        };
    }

    /// <summary>The direction a relative word points: "next", "coming", "following" ahead; "last", "previous", "past" back; "this" neither.</summary>
    public static int Relation(string word) => word.ToUpperInvariant() switch
    {
        "NEXT" or "COMING" or "FOLLOWING" => 1,
        "LAST" or "PREVIOUS" or "PAST" => -1,
        _ => 0,
    };

    public static DayOfWeek WeekdayOf(string name) => Enum.Parse<DayOfWeek>(name, ignoreCase: true);

    public static DateOnly? TryDate(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;

    public static string FormatDay(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string FormatMonth(int year, int month) => string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{month:D2}");

    public static string FormatYear(int year) => year.ToString("D4", CultureInfo.InvariantCulture);

    public static string FormatWeek(DateOnly date)
    {
        var day = date.ToDateTime(TimeOnly.MinValue);
        return string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(day):D4}-W{ISOWeek.GetWeekOfYear(day):D2}");
    }

    /// <summary>The year that puts month/day closest to the anchor ("Dec. 30" read on 3 January is last year's).</summary>
    public static DateOnly? NearestDate(DateOnly anchor, int month, int day)
    {
        DateOnly? best = null;
        var bestDistance = int.MaxValue;
        foreach (var year in new[] { anchor.Year - 1, anchor.Year, anchor.Year + 1 })
        {
            if (TryDate(year, month, day) is { } candidate)
            {
                var distance = Math.Abs(candidate.DayNumber - anchor.DayNumber);
                if (distance < bestDistance)
                {
                    best = candidate;
                    bestDistance = distance;
                }
            }
        }

        return best;
    }

    /// <summary>
    /// Month/day without a year: the nearest occurrence when it is within two months of the
    /// anchor, otherwise the occurrence on the side the tense points at ("sales for the year
    /// ended March 31" read in October is this past March's).
    /// </summary>
    public static DateOnly? DirectedDate(DateOnly anchor, int month, int day, bool forward)
    {
        if (NearestDate(anchor, month, day) is not { } nearest)
        {
            return null;
        }

        if (Math.Abs(nearest.DayNumber - anchor.DayNumber) <= 61)
        {
            return nearest;
        }

        var shifted = TryDate(nearest.Year + (nearest > anchor ? -1 : 1), month, day);
        var wanted = forward ? nearest >= anchor : nearest <= anchor;
        return wanted ? nearest : shifted ?? nearest;
    }

    /// <summary>A bare month name: the nearest year when within two months of the anchor's month, otherwise the year on the side the tense points at.</summary>
    public static int DirectedYear(DateOnly anchor, int month, bool forward)
    {
        var year = NearestYear(anchor, month);
        var distance = ((year * 12) + month) - ((anchor.Year * 12) + anchor.Month);
        return Math.Abs(distance) <= 2 || (distance > 0) == forward ? year : year + (distance > 0 ? -1 : 1);
    }

    /// <summary>The year that puts a bare month name closest to the anchor's month; ties go to the past.</summary>
    public static int NearestYear(DateOnly anchor, int month)
    {
        var difference = month - anchor.Month;
        return difference switch
        {
            > 6 => anchor.Year - 1,
            < -6 => anchor.Year + 1,
            _ => anchor.Year,
        };
    }

    /// <summary>
    /// "last March": in news, a month that is only just past is usually called "last month" or
    /// "in March", so "last March" read in April means a year ago; only months at least three
    /// months back in the same year are taken as this year's.
    /// </summary>
    public static int LastNamedMonthYear(DateOnly anchor, int month) =>
        month <= anchor.Month - 3 ? anchor.Year : anchor.Year - 1;

    public static int NextNamedMonthYear(DateOnly anchor, int month) =>
        month > anchor.Month ? anchor.Year : anchor.Year + 1;

    /// <summary>The nearest <paramref name="weekday"/> on or before (or on or after) the anchor.</summary>
    public static DateOnly NearestWeekday(DateOnly anchor, DayOfWeek weekday, bool forward)
    {
        var delta = forward
            ? ((int)weekday - (int)anchor.DayOfWeek + 7) % 7
            : -(((int)anchor.DayOfWeek - (int)weekday + 7) % 7);
        return anchor.AddDays(delta);
    }

    /// <summary>
    /// Whether the clause around <paramref name="position"/> speaks of the future. A preposition
    /// right before the expression settles it: "since" looks back, "until", "till", "as soon as"
    /// and "as early as" look ahead ("postponed until Tuesday morning"; not "Until Thursday, he
    /// had…" opening the sentence). Otherwise the nearest tense cue decides ("On Friday, Peskov
    /// said the leaders will…" is past because "said" is nearer than "will"), looking first on
    /// the same side of any quotation marks, so that a weekday inside a quotation follows the
    /// quotation's tense and not the reporting verb's. Without a cue, news looks back. A cue is
    /// read with its verb group: "were planning" is future (the auxiliary gives way to the verb
    /// after it), "had been scheduled" past, "will be paid" and "would still be held" future, and "later" after a unit ("three days later")
    /// counts from a past event.
    /// </summary>
    public static bool LooksForward(string sentence, int position)
    {
        if (PrepositionBefore(sentence, position) is { } directed)
        {
            return directed;
        }

        var quotesBefore = QuoteMarks(sentence, 0, Math.Min(position, sentence.Length));
        var (nearest, nearestSameSide) = (new Choice(int.MaxValue, false), new Choice(int.MaxValue, false));
        Cue? pendingAuxiliary = null;
        var afterHad = false;
        var afterModal = false;
        var afterUnit = false;
        ReadOnlySpan<char> previousHead = [];
        var (scanned, quotes) = (0, 0);
        foreach (var word in TimePatterns.Word().EnumerateMatches(sentence))
        {
            quotes += QuoteMarks(sentence, scanned, word.Index);
            scanned = word.Index;
            var text = sentence.AsSpan(word.Index, word.Length);
            var apostrophe = text.IndexOfAny('\'', '’');
            var head = apostrophe >= 0 ? text[..apostrophe] : text;
            var tail = apostrophe >= 0 ? text[(apostrophe + 1)..] : [];
            var future = FutureCueWords.Contains(head);
            bool? cue = future && IsPrepositionOrNoun(sentence, head, word.Index + word.Length)
                ? null
                : future || tail.Equals("ll", StringComparison.OrdinalIgnoreCase)
                    ? true
                    : PastCueWords.Contains(head) || (head.Length > 4 && char.IsLower(head[0]) && head.EndsWith("ed", StringComparison.Ordinal) && !IsAdjective(head, previousHead))
                        ? false
                        : null;
            if (cue == true && (afterHad || (afterUnit && head.Equals("later", StringComparison.OrdinalIgnoreCase))))
            {
                cue = false;
            }
            else if (cue == false && afterModal)
            {
                cue = true;
            }

            if (pendingAuxiliary is { } auxiliary && cue != true)
            {
                Consider(auxiliary);
            }

            pendingAuxiliary = null;
            afterHad = head.Equals("had", StringComparison.OrdinalIgnoreCase) || (afterHad && head.Equals("been", StringComparison.OrdinalIgnoreCase));
            afterModal = FutureModalWords.Contains(head) || tail.Equals("ll", StringComparison.OrdinalIgnoreCase) || (afterModal && VerbGroupFillerWords.Contains(head));
            afterUnit = TimeUnitWords.Contains(head);
            previousHead = head;
            if (cue is null)
            {
                continue;
            }

            var current = new Cue(word.Index, word.Length, cue.Value, (quotes - quotesBefore) % 2 == 0);
            if (AuxiliaryWords.Contains(head))
            {
                pendingAuxiliary = current;
                continue;
            }

            Consider(current);
        }

        if (pendingAuxiliary is { } last)
        {
            Consider(last);
        }

        return nearestSameSide.Distance < int.MaxValue ? nearestSameSide.Forward : nearest.Forward;

        void Consider(Cue cue)
        {
            var distance = cue.Index >= position ? cue.Index - position : position - (cue.Index + cue.Length);
            if (distance < nearest.Distance)
            {
                nearest = new Choice(distance, cue.Forward);
            }

            if (cue.SameSideOfQuotes && distance < nearestSameSide.Distance)
            {
                nearestSameSide = new Choice(distance, cue.Forward);
            }
        }
    }

    /// <summary>
    /// Future cues that say nothing of the future in their other uses: "next to the embassy",
    /// "set aside" and "set Friday as the deadline" (but "set to", "set for"), "vacation plans"
    /// and "a hastily planned trip" (but "plans to", "planning to", "planning for").
    /// </summary>
    private static bool IsPrepositionOrNoun(string sentence, ReadOnlySpan<char> head, int end)
    {
        if (!IsAny(head, "next", "set", "plan", "plans", "planned", "planning"))
        {
            return false;
        }

        var next = TimePatterns.NextWord().Match(sentence, end);
        var nextWord = next.Success ? next.Groups["word"].ValueSpan : [];
        var to = nextWord.Equals("to", StringComparison.OrdinalIgnoreCase);
        var toOrFor = to || nextWord.Equals("for", StringComparison.OrdinalIgnoreCase);
        return IsAny(head, "next") ? to
            : IsAny(head, "set", "planning") ? !toOrFor
            : !to;
    }

    private static bool IsAny(ReadOnlySpan<char> word, params ReadOnlySpan<string> choices)
    {
        foreach (var choice in choices)
        {
            if (word.Equals(choice, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// An "-ed" word that describes a noun rather than tells a past event: after an article or possessive
    /// ("the expected ruling", "its proposed merger") or negated by "un-" ("a still unspecified date").
    /// </summary>
    private static bool IsAdjective(ReadOnlySpan<char> head, ReadOnlySpan<char> previousHead) =>
        DeterminerWords.Contains(previousHead) || (head.Length > 6 && head.StartsWith("un", StringComparison.Ordinal));

    private static readonly FrozenSet<string> Determiners = new[] { "a", "an", "the", "its", "their", "his", "her", "our", "this", "these" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    // The word sets looked up by span, so that reading a sentence's words allocates no strings.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> FutureCueWords = FutureCues.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PastCueWords = PastCues.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AuxiliaryWords = Auxiliaries.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> FutureModalWords = FutureModals.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> VerbGroupFillerWords = VerbGroupFillers.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TimeUnitWords = TimeUnits.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> DeterminerWords = Determiners.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The direction a preposition right before <paramref name="position"/> gives, or null.</summary>
    private static bool? PrepositionBefore(string sentence, int position)
    {
        var match = TimePatterns.DirectingPreposition().Match(sentence, 0, Math.Min(position, sentence.Length));
        if (!match.Success)
        {
            return null;
        }

        if (match.Groups["since"].Success)
        {
            return false;
        }

        var opensSentence = TimePatterns.OnlyOpeners().IsMatch(sentence.AsSpan(0, match.Index));
        return match.Groups["until"].Success && opensSentence ? null : true;
    }

    /// <summary>The quotation marks in <c>sentence[start..end]</c>: straight and curly double quotes, and the doubled <c>``</c> and <c>''</c> of wire copy.</summary>
    private static int QuoteMarks(string sentence, int start, int end)
    {
        var count = 0;
        for (var i = start; i < end; i++)
        {
            var c = sentence[i];
            if (c is '"' or '“' or '”')
            {
                count++;
            }
            else if (c is '`' or '\'' && i + 1 < end && sentence[i + 1] == c)
            {
                count++;
                i++;
            }
        }

        return count;
    }

    private readonly record struct Choice(int Distance, bool Forward);

    private readonly record struct Cue(int Index, int Length, bool Forward, bool SameSideOfQuotes);
}
