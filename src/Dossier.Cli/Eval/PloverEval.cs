using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Dossier.Core.Cleaning;
using Dossier.Core.Model;
using Dossier.Core.Pipeline;

namespace Dossier.Cli.Eval;

/// <summary>
/// <c>dossier eval plover FILE</c>: PLOVER event-type agreement on the PLOVER gold-standard records
/// (<c>PLOVER_GSR_CAMEO.txt</c>). Each record's text goes through the default pipeline (its text
/// as the clean body, so no cleaning); the PLOVER types of the resulting event records are
/// compared with the record's gold type. The gold file was coded with PLOVER 0.6 names, which the
/// 2021 table renamed: DEMAND is REQUEST, DISAPPROVE and INVESTIGATE are ACCUSE, FIGHT is ASSAULT.
/// </summary>
internal static class PloverEval
{
    private static readonly Dictionary<string, string> RenamedTypes = new(StringComparer.Ordinal)
    {
        ["DEMAND"] = "REQUEST",
        ["DISAPPROVE"] = "ACCUSE",
        ["INVESTIGATE"] = "ACCUSE",
        ["FIGHT"] = "ASSAULT",
    };

    public static Command Create(TextWriter output, TextWriter error)
    {
        var file = new Argument<string>("file") { Description = "PLOVER_GSR_CAMEO.txt: a JSON array of PLOVER records with text and event." };
        var command = new Command("plover", "PLOVER event-type agreement of coded events on PLOVER's gold-standard records.") { file };
        command.SetAction(parse => Run(parse.GetValue(file)!, output, error));
        return command;
    }

    /// <summary>A gold type in the 2021 table's names.</summary>
    internal static string Current(string type) => RenamedTypes.GetValueOrDefault(type.Trim(), type.Trim());

    private static int Run(string path, TextWriter output, TextWriter error)
    {
        if (!File.Exists(path))
        {
            error.WriteLine($"dossier eval plover: no file {path}");
            return ExitCodes.Usage;
        }

        List<(string Id, string Text, string Type)> records;
        try
        {
            records = Read(File.ReadAllText(path));
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            error.WriteLine($"dossier eval plover: {path} is not a JSON array of records: {ex.Message}");
            return ExitCodes.Usage;
        }

        var builder = DefaultPipeline.CreateBuilder().Remove<ArticleCleaner>();
        int coded = 0, firstAgrees = 0, anyAgrees = 0, events = 0;
        var perType = new SortedDictionary<string, (int Gold, int Agree)>(StringComparer.Ordinal);
        foreach (var (id, text, type) in records)
        {
            var types = Code(builder, id, text);
            events += types.Count;
            var gold = Current(type);
            var agrees = types.Count > 0 && types[0] == gold;
            coded += types.Count > 0 ? 1 : 0;
            firstAgrees += agrees ? 1 : 0;
            anyAgrees += types.Contains(gold) ? 1 : 0;
            var (goldCount, agreeCount) = perType.GetValueOrDefault(gold);
            perType[gold] = (goldCount + 1, agreeCount + (agrees ? 1 : 0));
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"records {records.Count}  with an event record {coded}  event records {events}"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"first record's type agrees {firstAgrees} ({Share(firstAgrees, coded)} of coded, {Share(firstAgrees, records.Count)} of all)  any record's type agrees {anyAgrees} ({Share(anyAgrees, records.Count)} of all)"));
        foreach (var (gold, (count, agree)) in perType)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {gold,-11} gold {count,3}  agree {agree,3}"));
        }

        return ExitCodes.Success;
    }

    private static List<(string, string, string)> Read(string json)
    {
        using var document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true });
        var records = new List<(string, string, string)>();
        foreach (var record in document.RootElement.EnumerateArray())
        {
            if (record.TryGetProperty("text", out var text) && text.ValueKind == JsonValueKind.String
                && record.TryGetProperty("event", out var type) && type.ValueKind == JsonValueKind.String
                && record.TryGetProperty("id", out var id))
            {
                records.Add((id.GetString() ?? string.Empty, text.GetString()!, type.GetString()!));
            }
        }

        return records;
    }

    /// <summary>The PLOVER types of the event records of one text, in record order.</summary>
    private static List<string> Code(PipelineBuilder builder, string id, string text)
    {
        var document = new Document(new RawDocument(id, id, "sha256:-", InputFormat.PlainText, text, RecordHints.None, [])) { Text = text };
        foreach (var step in builder.DocumentSteps)
        {
            step.Process(document, CancellationToken.None);
        }

        var corpus = new Corpus([document]);
        foreach (var step in builder.CorpusSteps)
        {
            step.Process(corpus, CancellationToken.None);
        }

        return [.. corpus.Events.Select(e => e.Plover).OfType<string>()];
    }

    private static string Share(int part, int whole) =>
        whole == 0 ? "n/a" : ((double)part / whole).ToString("P1", CultureInfo.InvariantCulture);
}
