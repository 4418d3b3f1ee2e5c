using System.Text.Json;
using System.Text.Json.Nodes;
using Dossier.Core.Output;

namespace Dossier.Cli.Export;

/// <summary>
/// The contract as JSON Lines: one record per line, each the contract's object with a leading
/// <c>"type"</c> (document, entity, quote, amount, timeline, event, story).
/// </summary>
internal static class JsonLinesExport
{
    private static readonly JsonSerializerOptions LineOptions = new(DossierJsonWriter.Options) { WriteIndented = false };

    public static void Write(TextWriter writer, DossierJson dossier)
    {
        WriteAll(writer, "document", dossier.Documents);
        WriteAll(writer, "entity", dossier.Entities);
        WriteAll(writer, "quote", dossier.Quotes);
        WriteAll(writer, "amount", dossier.Amounts);
        WriteAll(writer, "timeline", dossier.Timeline);
        WriteAll(writer, "event", dossier.Events);
        WriteAll(writer, "story", dossier.Stories);
    }

    private static void WriteAll<T>(TextWriter writer, string type, IEnumerable<T> records)
    {
        foreach (var record in records)
        {
            var node = JsonSerializer.SerializeToNode(record, LineOptions)!.AsObject();
            var line = new JsonObject { ["type"] = type };
            foreach (var (name, value) in node.ToList())
            {
                node.Remove(name);
                line[name] = value;
            }

            writer.WriteLine(line.ToJsonString(LineOptions));
        }
    }
}
