using System.Text.Json;
using Dossier.Core.Analysis;

namespace Dossier.Core.Output;

/// <summary>Serialises a run report (<c>report.json</c>): every input with its outcome and problems.</summary>
public static class RunReportJson
{
    public const string Schema = "dossier-report/1";

    public static string Serialize(RunReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var json = new
        {
            schema = Schema,
            counts = new
            {
                inputs = report.Inputs.Count,
                analysed = report.Count(InputStatus.Analysed),
                partial = report.Count(InputStatus.Partial),
                duplicate = report.Count(InputStatus.Duplicate),
                stored = report.Count(InputStatus.Stored),
                skipped = report.Count(InputStatus.Skipped),
                failed = report.Count(InputStatus.Failed),
            },
            elapsedSeconds = Math.Round(report.Elapsed.TotalSeconds, 3),
            stepSeconds = report.StepTimes.OrderByDescending(kv => kv.Value).ToDictionary(kv => kv.Key, kv => Math.Round(kv.Value.TotalSeconds, 4)),
            inputs = report.Inputs.Select(i => new
            {
                source = i.Source,
                status = i.Status.ToString().ToLowerInvariant(),
                documents = i.Documents,
                problems = i.Problems.Select(p => new { source = p.Source, code = p.Code, message = p.Message }),
            }),
        };
        return JsonSerializer.Serialize(json, DossierJsonWriter.Options);
    }
}
