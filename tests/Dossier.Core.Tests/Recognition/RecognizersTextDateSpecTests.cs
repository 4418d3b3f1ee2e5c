using System.Globalization;
using System.Text.Json;
using Dossier.Core.Recognition;
using Xunit.Abstractions;

namespace Dossier.Core.Tests.Recognition;

/// <summary>
/// Runs Microsoft Recognizers-Text's English date parser specs (MIT) against the time recognizer
/// and prints the pass rate per spec file. A case passes when every expected expression is found
/// at its offsets with the spec's timex or its past or future resolution as value.
/// <para>
/// The cases "that concern news text" (rule fixed before any pass rate was looked at) are those
/// whose input is properly cased: its first letter is upper case and no month or weekday name
/// (in full, or abbreviated; not the ordinary words "march", "mar", "may", "sat", "sun", "wed") is written in lower case.
/// Chat or calendar-assistant text ("i'll go back oct. 2", "schedule it for next monday") fails
/// the test; the recognizer reads month and weekday names case-sensitively on purpose.
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
    [InlineData("I'll go back on Oct. 2", true)]
    [InlineData("The summit was held in the second half of April", true)]
    [InlineData("i'll go back oct. 2", false)]
    [InlineData("I'll go back on october 2", false)]
    [InlineData("Let's meet next monday", false)]
    [InlineData("I may go back in March", true)]
    public void News_text_means_properly_cased_input(string input, bool expected) =>
        Assert.Equal(expected, IsNewsText(input));

    /// <summary>The input starts with an upper-case letter and writes no month or weekday name in lower case.</summary>
    internal static bool IsNewsText(string input)
    {
        var first = input.FirstOrDefault(char.IsLetter);
        if (!char.IsUpper(first))
        {
            return false;
        }

        foreach (var word in input.Split([' ', ',', '.', '!', '?', ';', ':', '(', ')', '"', '\'', '-', '/'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (char.IsLower(word[0]) && CalendarNames.Contains(word))
            {
                return false;
            }
        }

        return true;
    }

    private static readonly HashSet<string> CalendarNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "january", "february", "april", "june", "july", "august", "september", "october", "november", "december",
        "jan", "feb", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "mon", "tue", "tues", "thu", "thur", "thurs", "fri",
    };

    private static string Rate((int Passed, int Cases) count) =>
        count.Cases == 0 ? "n/a" : ((double)count.Passed / count.Cases).ToString("P1", CultureInfo.InvariantCulture);

    private static ((int Passed, int Cases) All, (int Passed, int Cases) News) Run(string path)
    {
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
            var pass = spec.GetProperty("Results").EnumerateArray().All(r => Found(document.Times, r));
            var news = IsNewsText(input);
            passed += pass ? 1 : 0;
            newsCases += news ? 1 : 0;
            newsPassed += pass && news ? 1 : 0;
        }

        return ((passed, cases), (newsPassed, newsCases));
    }

    private static bool Found(IReadOnlyList<Model.TimeMention> times, JsonElement expected)
    {
        var start = expected.GetProperty("Start").GetInt32();
        var length = expected.GetProperty("Length").GetInt32();
        var value = expected.GetProperty("Value");
        var accepted = new HashSet<string>(StringComparer.Ordinal) { value.GetProperty("Timex").GetString() ?? string.Empty };
        foreach (var resolution in new[] { "PastResolution", "FutureResolution" })
        {
            if (value.TryGetProperty(resolution, out var r) && r.TryGetProperty("date", out var date) && date.GetString() is { } d)
            {
                accepted.Add(d);
            }
        }

        return times.Any(t => t.Span.Start == start && t.Span.End == start + length && accepted.Contains(t.Value));
    }
}
