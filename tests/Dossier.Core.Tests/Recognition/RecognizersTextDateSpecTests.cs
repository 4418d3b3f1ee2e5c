using System.Globalization;
using System.Text.Json;
using Dossier.Core.Model;
using Dossier.Core.Recognition;
using Xunit.Abstractions;

namespace Dossier.Core.Tests.Recognition;

/// <summary>
/// Runs Microsoft Recognizers-Text's English date, date-period and duration parser specs (MIT)
/// against the time recognizer and prints the pass rate per spec file, over all cases and over
/// the cases that concern news text (<see cref="RecognizersTextDateNewsCases"/>). Set
/// <c>DOSSIER_SPEC_MISSES=1</c> to print the news-subset misses, <c>=all</c> for every miss.
/// <para>
/// A case passes when every expected expression is found. One expression is found when a mention
/// has its exact offsets and the spec's timex, its past or future date, or the past or future
/// interval as its value's calendar interval (<c>2016-W45</c> for 2016-11-07..2016-11-14). A range
/// ("from Oct. 2 to October 22") is found as TimeML annotates it, as two or more mentions inside
/// the span, the first at its start or after its "from"/"between", the last at its end: the
/// start of the first and the start of the last give the interval. A case expecting nothing
/// passes when nothing is found.
/// </para>
/// </summary>
public sealed class RecognizersTextDateSpecTests(ITestOutputHelper output)
{
    private const string Folder = "time/recognizers-text-specs/Specs/DateTime/English";

    [SharedDataFact(Folder)]
    public void Date_parser_spec_pass_rates_are_reported()
    {
        var folder = RepositoryPaths.SharedDataFile(Folder)!;
        var total = 0;
        foreach (var name in new[] { "DateParser.json", "DatePeriodParser.json", "DurationParser.json" })
        {
            var (all, news) = Run(Path.Combine(folder, name));
            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{name}: all {all.Passed}/{all.Cases} = {Rate(all)}, news text {news.Passed}/{news.Cases} = {Rate(news)}"));
            Assert.True(all.Cases > 0, name + " has no cases");
            total += all.Passed;
        }

        Assert.True(total > 0, "no spec case passed");
    }

    [Theory]
    [InlineData("I'll go back on Oct. 2", "Oct. 2", null)]
    [InlineData("The summit was held in the second half of April", "the second half of April", null)]
    [InlineData("i'll go back oct. 2", "oct. 2", "T1 not properly cased")]
    [InlineData("Let's meet next monday", "next monday", "T1 not properly cased")]
    [InlineData("I'll go back Oct2", "Oct2", "T2 chat shorthand")]
    [InlineData("I'll leave for 3 hrs", "3 hrs", "T2 chat shorthand")]
    [InlineData("I'll be back during Q3", "Q3", null)]
    [InlineData("I'll go back May twenty-first", "May twenty-first", "T3 day or year in words")]
    [InlineData("I'll go back the third Tuesday", "third Tuesday", null)]
    [InlineData("I'll go back on 4.22", "4.22", "T4 dotted or dashed numeric date")]
    [InlineData("I'll go back 2015-08-12", "2015-08-12", null)]
    [InlineData("I'll be out November 19-20", "November 19-20", null)]
    [InlineData("I'll be out rest of my week", "rest of my week", "T5 personal calendar")]
    public void News_text_rule_names_the_clause_a_case_breaks(string input, string expected, string? clause) =>
        Assert.Equal(clause, RecognizersTextDateNewsCases.Exclusion(input, [expected]));

    [Theory]
    [InlineData("2016-11-07", "2016-11-07", "2016-11-08")]
    [InlineData("2016-W45", "2016-11-07", "2016-11-14")]
    [InlineData("2016-W45-WE", "2016-11-12", "2016-11-14")]
    [InlineData("2016-Q3", "2016-07-01", "2016-10-01")]
    [InlineData("2016-H2", "2016-07-01", "2017-01-01")]
    [InlineData("197X", "1970-01-01", "1980-01-01")]
    [InlineData("2016-02", "2016-02-01", "2016-03-01")]
    [InlineData("14", "1400-01-01", "1500-01-01")]
    public void Timex_values_have_the_intervals_the_specs_resolve_to(string value, string start, string end) =>
        Assert.Equal((DateOnly.Parse(start, CultureInfo.InvariantCulture), DateOnly.Parse(end, CultureInfo.InvariantCulture)), TimexInterval.Of(value));

    private static string Rate((int Passed, int Cases) count) =>
        count.Cases == 0 ? "n/a" : ((double)count.Passed / count.Cases).ToString("P1", CultureInfo.InvariantCulture);

    private ((int Passed, int Cases) All, (int Passed, int Cases) News) Run(string path)
    {
        var misses = Environment.GetEnvironmentVariable("DOSSIER_SPEC_MISSES");
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        int passed = 0, cases = 0, newsPassed = 0, newsCases = 0;
        foreach (var spec in json.RootElement.EnumerateArray())
        {
            if (!spec.TryGetProperty("Context", out var context) || !context.TryGetProperty("ReferenceDateTime", out var reference))
            {
                continue;
            }

            cases++;
            var when = DateTime.Parse(reference.GetString()!, CultureInfo.InvariantCulture);
            var input = spec.GetProperty("Input").GetString()!;
            var document = TimeTestDocuments.Create(input, TimeTestDocuments.Date(when.Year, when.Month, when.Day));
            new TimeRecognizer().Process(document, CancellationToken.None);
            var expected = spec.GetProperty("Results").EnumerateArray().ToList();
            var pass = expected.Count == 0 ? document.Times.Count == 0 : expected.All(r => Found(document.Times, r));
            var exclusion = RecognizersTextDateNewsCases.Exclusion(input, expected.Select(r => r.GetProperty("Text").GetString() ?? string.Empty));
            passed += pass ? 1 : 0;
            newsCases += exclusion is null ? 1 : 0;
            newsPassed += pass && exclusion is null ? 1 : 0;
            if (!pass && misses is not null && (exclusion is null || misses == "all"))
            {
                output.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"miss{(exclusion is null ? string.Empty : " [" + exclusion + "]")} @{when:yyyy-MM-dd}: {input} | expected {string.Join("; ", expected.Select(r => $"{r.GetProperty("Text").GetString()}={r.GetProperty("Value").GetProperty("Timex").GetString()}"))} | found {string.Join("; ", document.Times.Select(t => $"{t.Text}={t.Value}"))}"));
            }
        }

        return ((passed, cases), (newsPassed, newsCases));
    }

    private static bool Found(IReadOnlyList<TimeMention> times, JsonElement expected)
    {
        var start = expected.GetProperty("Start").GetInt32();
        var end = start + expected.GetProperty("Length").GetInt32();
        var value = expected.GetProperty("Value");
        var accepted = new HashSet<string>(StringComparer.Ordinal) { value.GetProperty("Timex").GetString() ?? string.Empty };
        var intervals = new HashSet<(DateOnly, DateOnly)>();
        foreach (var name in new[] { "PastResolution", "FutureResolution" })
        {
            if (!value.TryGetProperty(name, out var resolution))
            {
                continue;
            }

            if (resolution.TryGetProperty("date", out var date) && date.GetString() is { } d)
            {
                accepted.Add(d);
            }

            if (Date(resolution, "startDate") is { } from && Date(resolution, "endDate") is { } to)
            {
                intervals.Add((from, to));
            }
        }

        if (times.Any(t => t.Span.Start == start && t.Span.End == end
            && (accepted.Contains(t.Value) || (TimexInterval.Of(t.Value) is { } interval && intervals.Contains(interval)))))
        {
            return true;
        }

        var inside = times.Where(t => t.Span.Start >= start && t.Span.End <= end).OrderBy(t => t.Span.Start).ToList();
        if (inside.Count < 2 || inside[^1].Span.End != end || TimexInterval.Of(inside[0].Value) is not { } first || TimexInterval.Of(inside[^1].Value) is not { } last)
        {
            return false;
        }

        var text = expected.GetProperty("Text").GetString() ?? string.Empty;
        var lead = text[..Math.Min(text.Length, inside[0].Span.Start - start)].Trim();
        return lead is "" or "from" or "From" or "between" or "Between" && intervals.Contains((first.Start, last.Start));
    }

    private static DateOnly? Date(JsonElement resolution, string name) =>
        resolution.TryGetProperty(name, out var element) && DateOnly.TryParseExact(element.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;
}
