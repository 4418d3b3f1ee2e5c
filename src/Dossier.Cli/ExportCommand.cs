using System.CommandLine;
using System.Text;
using Dossier.Cli.Export;
using Dossier.Core.Output;

namespace Dossier.Cli;

/// <summary><c>dossier export [--db] --format json|jsonl|csv|gdelt-events|plover [--out FILE]</c>: write a store out.</summary>
internal static class ExportCommand
{
    private static readonly string[] Formats = ["json", "jsonl", "csv", "gdelt-events", "plover"];

    public static Command Create(TextWriter output, TextWriter error)
    {
        var database = DatabaseOption.Create();
        var format = new Option<string>("--format", "-f")
        {
            Description = "json: the dossier/1 contract; jsonl: one record per line with a \"type\"; csv: one table (see --table); gdelt-events: the event records as GDELT 2.0 event table rows (61 tab-separated columns, no header); plover: the event records as PLOVER JSON.",
            DefaultValueFactory = _ => "json",
        };
        format.AcceptOnlyFromAmong(Formats);
        var table = new Option<string>("--table") { Description = "The table for --format csv.", DefaultValueFactory = _ => "documents" };
        table.AcceptOnlyFromAmong(CsvExport.Tables);
        var outFile = new Option<string?>("--out", "-o") { Description = "File to write (default: standard output). Written atomically." };
        var command = new Command("export", "Write everything in a store as the dossier/1 JSON contract, JSON Lines or CSV, or its events as GDELT or PLOVER records.")
        {
            database, format, table, outFile,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            using var store = await DatabaseOption.OpenExistingAsync(parse.GetValue(database)!, error, cancellationToken).ConfigureAwait(false);
            if (store is null)
            {
                return ExitCodes.NothingAnalysed;
            }

            var dossier = await store.ExportAsync(cancellationToken).ConfigureAwait(false);
            var text = Render(dossier, parse.GetValue(format)!, parse.GetValue(table)!);
            if (parse.GetValue(outFile) is not { } path)
            {
                await output.WriteAsync(text).ConfigureAwait(false);
                return ExitCodes.Success;
            }

            try
            {
                AtomicFile.WriteText(path, text);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                await error.WriteLineAsync($"dossier: cannot write '{path}': {ex.Message}").ConfigureAwait(false);
                return ExitCodes.CannotWrite;
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static string Render(DossierJson dossier, string format, string table)
    {
        using var writer = new StringWriter(new StringBuilder(), System.Globalization.CultureInfo.InvariantCulture);
        switch (format)
        {
            case "jsonl":
                JsonLinesExport.Write(writer, dossier);
                break;
            case "csv":
                CsvExport.Write(writer, dossier, table);
                break;
            case "gdelt-events":
                GdeltEventsExport.Write(writer, dossier);
                break;
            case "plover":
                PloverExport.Write(writer, dossier);
                break;
            default:
                writer.Write(DossierJsonWriter.Serialize(dossier));
                writer.Write('\n');
                break;
        }

        return writer.ToString();
    }
}
