using System.CommandLine;
using System.Text;
using Dossier.Cli.Export;
using Dossier.Core.Output;

namespace Dossier.Cli;

/// <summary><c>dossier export [--db] --format json|jsonl|csv [--out FILE]</c>: write a store out.</summary>
internal static class ExportCommand
{
    private static readonly string[] Formats = ["json", "jsonl", "csv"];

    public static Command Create(TextWriter output, TextWriter error)
    {
        var database = DatabaseOption.Create();
        var format = new Option<string>("--format", "-f")
        {
            Description = "json: the dossier/1 contract; jsonl: one record per line with a \"type\"; csv: one table (see --table). GDELT and PLOVER exports come with event coding.",
            DefaultValueFactory = _ => "json",
        };
        format.AcceptOnlyFromAmong(Formats);
        var table = new Option<string>("--table") { Description = "The table for --format csv.", DefaultValueFactory = _ => "documents" };
        table.AcceptOnlyFromAmong(CsvExport.Tables);
        var outFile = new Option<string?>("--out", "-o") { Description = "File to write (default: standard output). Written atomically." };
        var command = new Command("export", "Write everything in a store as the dossier/1 JSON contract, JSON Lines or CSV.")
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
            default:
                writer.Write(DossierJsonWriter.Serialize(dossier));
                writer.Write('\n');
                break;
        }

        return writer.ToString();
    }
}
