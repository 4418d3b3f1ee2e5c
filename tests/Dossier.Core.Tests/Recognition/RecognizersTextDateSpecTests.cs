using System.Globalization;
using System.Text.Json;
using Dossier.Core.Recognition;
using Xunit.Abstractions;

namespace Dossier.Core.Tests.Recognition;

/// <summary>
/// Runs Microsoft Recognizers-Text's English date parser specs (MIT) against the time recognizer
/// and prints the pass rate per spec file. A case passes when every expected expression is found
/// at its offsets with the spec's timex or its past or future resolution as value.
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
            var (passed, cases) = Run(Path.Combine(folder, name));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: {passed}/{cases} = {(double)passed / cases:P1}"));
            Assert.True(cases > 0, name + " has no cases");
            total += passed;
        }

        Assert.True(total > 0, "no spec case passed");
    }

    private static (int Passed, int Cases) Run(string path)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        int passed = 0, cases = 0;
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
            if (spec.GetProperty("Results").EnumerateArray().All(r => Found(document.Times, r)))
            {
                passed++;
            }
        }

        return (passed, cases);
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
