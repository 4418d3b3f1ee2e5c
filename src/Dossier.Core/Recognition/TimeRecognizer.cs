using System.Buffers;
using System.Globalization;
using System.Text.RegularExpressions;
using Dossier.Core.Model;
using Dossier.Core.Pipeline;
using Dossier.Core.Text;
using static Dossier.Core.Recognition.TimeExpressionResolver;

namespace Dossier.Core.Recognition;

/// <summary>
/// Finds time expressions and normalises them to TimeML-style values. Relative expressions
/// ("yesterday", "on Wednesday", "last May", "Apr. 18") are resolved against the publication date,
/// or, when the article has none, against the latest full date (day precision) the text itself
/// states; without either they are skipped. A year range ("1950-53") keeps its first year.
/// </summary>
public sealed class TimeRecognizer : IDocumentStep
{
    private const string Published = "published";

    private static readonly SearchValues<string> Slash = TextCues.Of("/");

    private static readonly SearchValues<string> RelativeUnits = TextCues.Of("year", "month", "week", "quarter");
    private const string LatestStated = "latest-stated";

    public string Name => "TimeRecognizer";

    public IReadOnlySet<Layer> Requires { get; } = Layers.Of(Layer.CleanText, Layer.Tokens, Layer.Sentences);

    public IReadOnlySet<Layer> Produces { get; } = Layers.Of(Layer.TimeMentions);

    public void Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.Metadata.Published is { } published)
        {
            document.Times = Recognize(document, new TimeAnchor(published.Date, published.Precision, Published), null, cancellationToken);
            return;
        }

        var anchorFree = new AnchorFreeCandidates(document.Sentences.Count);
        var (anchor, found) = LatestStatedAnchor(document, anchorFree, cancellationToken);
        document.Times = found ?? Recognize(document, anchor, anchorFree, cancellationToken);
    }

    /// <summary>
    /// The latest full date the text states; failing that, the latest year it states, which is
    /// enough to pin "Thursday 25/04" and so find a full date after all. When the search already
    /// read the text against the anchor it settles on, those mentions come back too (reading is
    /// deterministic for a text and an anchor, so they need not be found again).
    /// </summary>
    private static (TimeAnchor? Anchor, List<TimeMention>? Found) LatestStatedAnchor(Document document, AnchorFreeCandidates anchorFree, CancellationToken cancellationToken)
    {
        var absolute = Recognize(document, null, anchorFree, cancellationToken);
        if (LatestDay(absolute) is { } day)
        {
            return (new TimeAnchor(day, DatePrecision.Day, LatestStated), null);
        }

        var latestYear = absolute
            .Where(m => m.IsDate && m.Value.Length >= 4 && char.IsAsciiDigit(m.Value[3]))
            .Select(m => int.Parse(m.Value.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture))
            .DefaultIfEmpty(0)
            .Max();
        if (latestYear == 0)
        {
            return (null, absolute);
        }

        var yearAnchor = new TimeAnchor(new DateOnly(latestYear, 1, 1), DatePrecision.Year, LatestStated);
        var byYear = Recognize(document, yearAnchor, anchorFree, cancellationToken);
        return LatestDay(byYear) is { } pinned
            ? (new TimeAnchor(pinned, DatePrecision.Day, LatestStated), null)
            : (yearAnchor, byYear);
    }

    private static DateOnly? LatestDay(List<TimeMention> mentions)
    {
        DateOnly? latest = null;
        foreach (var mention in mentions)
        {
            if (mention.IsDate && mention.Value.Length == 10
                && DateOnly.TryParseExact(mention.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                && (latest is null || date > latest))
            {
                latest = date;
            }
        }

        return latest;
    }

    private static List<TimeMention> Recognize(Document document, TimeAnchor? anchor, AnchorFreeCandidates? anchorFree, CancellationToken cancellationToken)
    {
        var mentions = new List<TimeMention>();
        var candidates = new List<TimeCandidate>();
        var reportingPeriod = new ReportingPeriod(anchor);
        var narrative = new NarrativeTime();
        for (var index = 0; index < document.Sentences.Count; index++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var span = document.Sentences[index].Span;
            var sentence = document.TextOf(span);
            candidates.Clear();
            Collect(sentence, index, anchor, anchorFree, candidates);
            foreach (var selected in Select(sentence, candidates))
            {
                var candidate = narrative.Resolve(reportingPeriod.Resolve(selected, index));
                var aligned = TokenAlignment.Snap(document.Tokens, new TextSpan(span.Start + candidate.Start, span.Start + candidate.End));
                mentions.Add(new TimeMention(
                    aligned,
                    document.Text[aligned.Start..aligned.End],
                    candidate.Value,
                    candidate.IsDate,
                    index,
                    candidate.Rule,
                    candidate.Anchor));
            }
        }

        return mentions;
    }

    /// <summary>
    /// Keeps the longest of overlapping candidates (the earlier one when as long, the one found first when
    /// both start there too), then joins a weekday to the date right after it ("Thursday 25/04").
    /// </summary>
    private static List<TimeCandidate> Select(string sentence, List<TimeCandidate> candidates)
    {
        SortLongestFirst(candidates);
        var kept = new List<TimeCandidate>();
        foreach (var candidate in candidates)
        {
            if (!OverlapsAny(kept, candidate))
            {
                kept.Add(candidate);
            }
        }

        kept.Sort((a, b) => a.Start.CompareTo(b.Start));
        DayParts.Join(sentence, kept);
        CompoundDuration.Join(sentence, kept);
        for (var i = kept.Count - 2; i >= 0; i--)
        {
            var (weekday, date) = (kept[i], kept[i + 1]);
            if (weekday.Rule.StartsWith("weekday", StringComparison.Ordinal) && date.IsDate && date.Value.Length == 10
                && TimePatterns.OnlySeparators().IsMatch(sentence.AsSpan(weekday.End, date.Start - weekday.End)))
            {
                kept[i] = date with { Start = weekday.Start, Rule = "weekday+" + date.Rule };
                kept.RemoveAt(i + 1);
            }
        }

        DayPrefixRules.Join(sentence, kept);
        return kept;
    }

    /// <summary>A stable sort (insertion: a sentence has few candidates), longest first, then by start.</summary>
    private static void SortLongestFirst(List<TimeCandidate> candidates)
    {
        for (var i = 1; i < candidates.Count; i++)
        {
            var candidate = candidates[i];
            var j = i - 1;
            while (j >= 0 && GoesAfter(candidates[j], candidate))
            {
                candidates[j + 1] = candidates[j];
                j--;
            }

            candidates[j + 1] = candidate;
        }

        static bool GoesAfter(TimeCandidate a, TimeCandidate b) => a.Length < b.Length || (a.Length == b.Length && a.Start > b.Start);
    }

    private static bool OverlapsAny(List<TimeCandidate> kept, TimeCandidate candidate)
    {
        foreach (var k in kept)
        {
            if (k.Overlaps(candidate))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Every candidate in the sentence: the anchor-free families (kept in <paramref name="anchorFree"/> between
    /// readings of an undated text) and the families that need the anchor, in a fixed order.
    /// </summary>
    private static void Collect(string s, int index, TimeAnchor? anchor, AnchorFreeCandidates? anchorFree, List<TimeCandidate> found)
    {
        AddAnchorFree(found, index, 0, s, anchorFree, CollectAbsoluteDates);
        foreach (Match m in TextCues.Matches(TimePatterns.NumericDayMonth(), s, Slash))
        {
            AddNumericDate(found, m, anchor);
        }

        AddAnchorFree(found, index, 1, s, anchorFree, CollectYearsAndDurations);
        DayRangeRules.Collect(s, anchor, found);
        AddAnchorFree(found, index, 2, s, anchorFree, CollectReferencesAndSets);
        CalendarNameRules.Collect(s, anchor, found);
        FiscalPeriodRules.Collect(s, anchor, found);
        if (anchor is null)
        {
            return;
        }

        if (anchor.Knows(DatePrecision.Day))
        {
            ClockTimeRules.Collect(s, anchor, found);
        }

        if (!anchor.Knows(DatePrecision.Day))
        {
            PinnedWeekdayRules.Collect(s, anchor, found);
        }

        if (anchor.Knows(DatePrecision.Day))
        {
            DayReferenceRules.Collect(s, anchor, found);
        }

        TimeOffsetRules.Collect(s, anchor, found);
        RelativePeriodRules.Collect(s, anchor, found);
        NarrativeDateRules.Collect(s, anchor, found);
        CollectRelative(s, anchor, found);
    }

    private static void AddAnchorFree(List<TimeCandidate> found, int index, int family, string s, AnchorFreeCandidates? anchorFree, Action<string, List<TimeCandidate>> collect)
    {
        if (anchorFree is null)
        {
            collect(s, found);
        }
        else
        {
            anchorFree.AddTo(found, index, family, s, collect);
        }
    }

    private static void CollectAbsoluteDates(string s, List<TimeCandidate> found)
    {
        foreach (Match m in TextCues.Matches(TimePatterns.MonthDayYear(), s, TextCues.MonthNames))
        {
            AddDay(found, m, Int(m, "year"), Month(m), Int(m, "day"), "month-day-year");
        }

        foreach (Match m in TextCues.Matches(TimePatterns.DayMonthYear(), s, TextCues.MonthNames))
        {
            AddDay(found, m, Int(m, "year"), Month(m), Int(m, "day"), "day-month-year");
        }

        foreach (Match m in TextCues.Matches(TimePatterns.DashedDayMonthYear(), s, TextCues.MonthNames))
        {
            AddDay(found, m, Int(m, "year"), Month(m), Int(m, "day"), "day-month-year");
        }

        foreach (Match m in TimePatterns.IsoDate().Matches(s))
        {
            AddDay(found, m, Int(m, "year"), Int(m, "mon"), Int(m, "day"), "numeric-year-month-day");
        }

        foreach (Match m in TextCues.Matches(TimePatterns.MonthYear(), s, TextCues.MonthNames))
        {
            found.Add(new(m.Index, m.Index + m.Length, FormatMonth(Int(m, "year"), Month(m)), true, "month-year", null));
        }

        foreach (Match m in TimePatterns.YearRange().Matches(s))
        {
            var first = m.Groups["first"].Value;
            var second = m.Groups["second"].Value;
            var end = second.Length == 2 ? first[..2] + second : second;
            if (string.CompareOrdinal(end, first) > 0)
            {
                found.Add(new(m.Index, m.Index + m.Length, first, true, "year-range-start", null));
            }
        }

        foreach (Match m in TimePatterns.CuedYear().Matches(s))
        {
            var year = m.Groups["year"];
            found.Add(new(year.Index, year.Index + year.Length, year.Value, true, "year", null));
        }

        if (TimePatterns.MayHoldDurationUnit(s))
        {
            foreach (Match m in TimePatterns.Duration().Matches(s))
            {
                AddDuration(found, m);
            }

            foreach (Match m in TimePatterns.HyphenatedDuration().Matches(s))
            {
                AddDuration(found, m);
            }
        }

        foreach (Match m in TextCues.Matches(TimePatterns.SlashedIsoDate(), s, Slash))
        {
            AddDay(found, m, Int(m, "year"), Int(m, "mon"), Int(m, "day"), "numeric-year-month-day");
        }

        foreach (Match m in TextCues.Matches(TimePatterns.NumericMonthYear(), s, Slash))
        {
            found.Add(new(m.Index, m.Index + m.Length, FormatMonth(Int(m, "year"), Int(m, "mon")), true, "numeric-month-year", null));
        }

        foreach (Match m in TextCues.Matches(TimePatterns.YearMonth(), s, TextCues.MonthNames))
        {
            found.Add(new(m.Index, m.Index + m.Length, FormatMonth(Int(m, "year"), Month(m)), true, "year-month", null));
        }
    }

    private static void CollectYearsAndDurations(string s, List<TimeCandidate> found)
    {
        YearRules.Collect(s, found);
        RelativePeriodRules.CollectCenturies(s, found);
        DurationPhraseRules.Collect(s, found);
    }

    private static void CollectReferencesAndSets(string s, List<TimeCandidate> found)
    {
        TimeReferenceRules.Collect(s, found);
        TimeSetRules.Collect(s, found);
    }

    private static void CollectRelative(string s, TimeAnchor anchor, List<TimeCandidate> found)
    {
        var a = anchor.Date;
        if (anchor.Knows(DatePrecision.Day))
        {
            foreach (Match m in TextCues.Matches(TimePatterns.MonthDay(), s, TextCues.MonthNames))
            {
                if (DirectedDate(a, Month(m), Int(m, "day"), LooksForward(s, m.Index)) is { } date)
                {
                    Add(found, m, FormatDay(date), "month-day", anchor);
                }
            }

            foreach (Match m in TextCues.Matches(TimePatterns.DayMonth(), s, TextCues.MonthNames))
            {
                if (DirectedDate(a, Month(m), Int(m, "day"), LooksForward(s, m.Index)) is { } date)
                {
                    Add(found, m, FormatDay(date), "day-month", anchor);
                }
            }

            foreach (Match m in TimePatterns.RelativeDay().Matches(s))
            {
                var word = m.Value[(m.Value.LastIndexOf(' ') + 1)..].ToUpperInvariant();
                var offset = word switch
                {
                    "YESTERDAY" => -1,
                    "TOMORROW" => 1,
                    _ => 0,
                };
                if (m.Groups["direction"].Success && word is "YESTERDAY" or "TOMORROW")
                {
                    offset += m.Groups["direction"].Value.Equals("before", StringComparison.OrdinalIgnoreCase) ? -1 : 1;
                }
                Add(found, m, FormatDay(a.AddDays(offset)), "relative-day", anchor);
            }

            foreach (Match m in TimePatterns.WeekdayName().Matches(s))
            {
                AddWeekday(found, m, s, anchor);
            }

            foreach (Match m in TimePatterns.Weekend().Matches(s))
            {
                var relation = m.Groups["relation"].Success ? Relation(m.Groups["relation"].Value) : 0;
                var forward = relation > 0 || (relation == 0 && LooksForward(s, m.Index));
                var saturday = NearestWeekday(a, DayOfWeek.Saturday, forward);
                if (!forward && a.DayOfWeek == DayOfWeek.Sunday && relation == 0)
                {
                    saturday = a.AddDays(-1);
                }

                Add(found, m, FormatWeek(saturday) + "-WE", "weekend", anchor);
            }
        }

        foreach (Match m in TextCues.Matches(TimePatterns.RelativeUnit(), s, RelativeUnits))
        {
            AddRelativeUnit(found, m, anchor);
        }

        if (!anchor.Knows(DatePrecision.Month))
        {
            return;
        }

        foreach (Match m in TextCues.Matches(TimePatterns.MonthOfRelativeYear(), s, TextCues.MonthNames))
        {
            var year = a.Year + Relation(m.Groups["relation"].Value);
            Add(found, m, FormatMonth(year, Month(m)), "month-relative-year", anchor);
        }

        foreach (Match m in TextCues.Matches(TimePatterns.RelativeMonthName(), s, TextCues.MonthNames))
        {
            var month = Month(m);
            var relation = Relation(m.Groups["relation"].Value);
            var year = relation switch
            {
                < 0 => LastNamedMonthYear(a, month),
                > 0 => NextNamedMonthYear(a, month),
                _ => a.Year,
            };
            Add(found, m, FormatMonth(year, month), relation < 0 ? "last-month-name" : relation > 0 ? "next-month-name" : "this-month-name", anchor);
        }

        foreach (Match m in TextCues.Matches(TimePatterns.PartOfMonth(), s, TextCues.MonthNames))
        {
            var month = Month(m);
            var part = string.Join('-', m.Groups["part"].Value.ToLowerInvariant()
                .Split([' ', '\t', '\n', '\r', '-'], StringSplitOptions.RemoveEmptyEntries)
                .Where(w => w is not ("the" or "of")));
            if (m.Groups["year"].Success)
            {
                found.Add(new(m.Index, m.Index + m.Length, FormatMonth(Int(m, "year"), month), true, "part-of-month:" + part, null));
            }
            else
            {
                Add(found, m, FormatMonth(NearestYear(a, month), month), "part-of-month:" + part, anchor);
            }
        }

        foreach (Match m in TextCues.Matches(TimePatterns.BareMonth(), s, TextCues.MonthNames))
        {
            var name = m.Groups["month"];
            if (!m.Groups["cue"].Success && (name.Value == "May" || (name.Value == "March" && TimePatterns.NextWord().Match(s, m.Index + m.Length) is { Success: true } next
                && next.Groups["word"].Value is "for" or "of" or "on" or "against" or "to")))
            {
                // The modal "may"; a march ("the annual March for Life", "the March of the Combatant Mothers").
                continue;
            }

            var month = Month(m);
            var year = DirectedYear(a, month, LooksForward(s, name.Index));
            found.Add(new(name.Index, name.Index + name.Length, FormatMonth(year, month), true, "month-name", anchor.Label));
        }
    }

    private static void AddWeekday(List<TimeCandidate> found, Match m, string sentence, TimeAnchor anchor)
    {
        var weekday = WeekdayOf(m.Groups["weekday"].Value);
        var relation = m.Groups["relation"].Success ? Relation(m.Groups["relation"].Value) : 0;
        // "Wednesday's ruling", "Friday's close": a weekday named as the owner of an event looks back.
        var possessive = m.Index + m.Length + 1 < sentence.Length && sentence[m.Index + m.Length] is '\'' or '’'
            && sentence[m.Index + m.Length + 1] is 's';
        var forward = relation != 0 ? relation > 0 : !possessive && LooksForward(sentence, m.Index);
        var date = NearestWeekday(anchor.Date, weekday, forward);
        if (relation > 0 && date == anchor.Date)
        {
            date = date.AddDays(7);
        }
        else if (relation < 0 && date == anchor.Date)
        {
            date = date.AddDays(-7);
        }

        Add(found, m, FormatDay(date), forward ? "weekday:forward" : "weekday:back", anchor);
    }

    private static void AddRelativeUnit(List<TimeCandidate> found, Match m, TimeAnchor anchor)
    {
        var a = anchor.Date;
        var relation = Relation(m.Groups["relation"].Value);
        var unit = m.Groups["unit"].Value.ToUpperInvariant();
        switch (unit)
        {
            case "YEAR":
                Add(found, m, FormatYear(a.Year + relation), "relative-year", anchor);
                break;
            case "MONTH" when anchor.Knows(DatePrecision.Month):
                var month = a.AddMonths(relation);
                Add(found, m, FormatMonth(month.Year, month.Month), "relative-month", anchor);
                break;
            case "QUARTER" when anchor.Knows(DatePrecision.Month):
                var quarter = a.AddMonths(3 * relation);
                Add(found, m, FiscalPeriodRules.Format(quarter.Year, FiscalPeriodRules.QuarterOf(quarter)), "relative-quarter", anchor);
                break;
            case "WEEK" when anchor.Knows(DatePrecision.Day):
                Add(found, m, FormatWeek(a.AddDays(7 * relation)), "relative-week", anchor);
                break;
            default:
                break;
        }
    }

    private static void AddDuration(List<TimeCandidate> found, Match m)
    {
        var countText = m.Groups["count"].Value;
        var vague = countText.Contains("few", StringComparison.OrdinalIgnoreCase)
            || countText.Equals("several", StringComparison.OrdinalIgnoreCase);
        var count = vague ? null : countText.Contains("couple", StringComparison.OrdinalIgnoreCase) ? 2 : NumberWords.Parse(countText);
        var unit = m.Groups["unit"].Value.ToUpperInvariant();
        var (designator, factor, timePart) = unit switch
        {
            _ when unit.StartsWith("YEAR", StringComparison.Ordinal) => ("Y", 1, false),
            _ when unit.StartsWith("MONTH", StringComparison.Ordinal) => ("M", 1, false),
            _ when unit.StartsWith("WEEK", StringComparison.Ordinal) => ("W", 1, false),
            _ when unit.StartsWith("DAY", StringComparison.Ordinal) => ("D", 1, false),
            _ when unit.StartsWith("HOUR", StringComparison.Ordinal) => ("H", 1, true),
            _ when unit.StartsWith("MINUTE", StringComparison.Ordinal) => ("M", 1, true),
            _ when unit.StartsWith("SECOND", StringComparison.Ordinal) => ("S", 1, true),
            _ when unit.StartsWith("DECADE", StringComparison.Ordinal) => ("Y", 10, false),
            _ => ("Y", 100, false),
        };
        var amount = count is { } c ? (c * factor).ToString(CultureInfo.InvariantCulture) : "X";
        var value = (timePart ? "PT" : "P") + amount + designator;
        var qualifier = m.Groups["qualifier"];
        var rule = qualifier.Success
            ? "duration:" + string.Join('-', qualifier.Value.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            : "duration";
        found.Add(new(m.Index, m.Index + m.Length, value, false, rule, null));
    }

    /// <summary>
    /// A slash date: a part above 12 is the day ("25/04", "4/22"); when both could be the month,
    /// the first is (US order, as in TimeBank). Without a year the anchor's nearest occurrence is
    /// taken, and two one-digit parts ("1/2") are read as a fraction, not a date. A two-digit year
    /// is this century's unless that puts it more than 20 years ahead of the anchor (of 2030 without one).
    /// </summary>
    private static void AddNumericDate(List<TimeCandidate> found, Match m, TimeAnchor? anchor)
    {
        var (first, second) = (Int(m, "first"), Int(m, "second"));
        var (month, day) = first > 12 ? (second, first) : (first, second);
        if (m.Groups["year"].Success)
        {
            var year = Int(m, "year");
            if (m.Groups["year"].Length == 2)
            {
                var reference = anchor?.Date.Year ?? 2030;
                year += 2000;
                year -= year > reference + 20 ? 100 : 0;
            }

            AddDay(found, m, year, month, day, "numeric-date");
        }
        else if (anchor?.Knows(DatePrecision.Day) == true && (first > 12 || second > 12 || m.Groups["second"].Length == 2)
            && NearestDate(anchor.Date, month, day) is { } date)
        {
            found.Add(new(m.Index, m.Index + m.Length, FormatDay(date), true, "numeric-day-month", anchor.Label));
        }
    }

    private static void AddDay(List<TimeCandidate> found, Match m, int year, int month, int day, string rule)
    {
        if (TryDate(year, month, day) is { } date)
        {
            found.Add(new(m.Index, m.Index + m.Length, FormatDay(date), true, rule, null));
        }
    }

    private static void Add(List<TimeCandidate> found, Match m, string value, string rule, TimeAnchor anchor) =>
        found.Add(new(m.Index, m.Index + m.Length, value, true, rule, anchor.Label));

    private static int Int(Match m, string group) => int.Parse(m.Groups[group].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);

    private static int Month(Match m) => MonthNumber(m.Groups["month"].Value) ?? 0;
}
