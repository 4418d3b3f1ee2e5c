using System.CommandLine;
using System.Globalization;
using Dossier.Core.Analysis;
using Dossier.Core.Reading;
using Dossier.Storage;

namespace Dossier.Cli;

/// <summary><c>dossier ingest PATH… [--db]</c>: analyse files into a store; content already stored is skipped.</summary>
internal static class IngestCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Files or directories to add (the formats 'dossier analyze' reads).",
            Arity = ArgumentArity.OneOrMore,
        };
        var database = DatabaseOption.Create();
        var jobs = new Option<int>("--jobs", "-j")
        {
            Description = "Documents analysed at once (default: one per core).",
            DefaultValueFactory = _ => Environment.ProcessorCount,
        };
        jobs.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 1)
            {
                r.AddError("--jobs must be at least 1.");
            }
        });
        var batch = new Option<int>("--batch")
        {
            Description = "Files analysed and committed together (default 200): a run that is killed keeps every batch it committed.",
            DefaultValueFactory = _ => 200,
        };
        batch.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 1)
            {
                r.AddError("--batch must be at least 1.");
            }
        });
        var quiet = new Option<bool>("--quiet", "-q") { Description = "Print only errors." };
        var command = new Command(
            "ingest",
            "Analyse articles and add them to a store. Documents are keyed by content hash: re-ingesting adds nothing. Documents are committed in batches; then the entities, timeline, events and stories are recomputed over everything stored, in one transaction (an interrupted run is completed by the next one).")
        {
            paths, database, jobs, batch, quiet,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(
            parse.GetValue(paths)!, parse.GetValue(database)!, parse.GetValue(jobs), parse.GetValue(batch), parse.GetValue(quiet), output, error, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string[] paths, string database, int jobs, int batch, bool quiet, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        using var store = DossierStores.Open(database);
        var options = new AnalysisOptions { MaxParallelism = jobs, Reading = ReadingOptions.Default };
        IngestResult result;
        try
        {
            await store.InitializeAsync(cancellationToken).ConfigureAwait(false);
            var ingestor = new DossierIngestor(store, options, AnalyzeCommand.GeneratorVersion) { BatchSize = batch };
            result = await ingestor.IngestAsync(paths, null, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            await error.WriteLineAsync("dossier: interrupted; the batches committed so far are kept, and the next 'dossier ingest' completes the corpus-level results.").ConfigureAwait(false);
            return ExitCodes.Interrupted;
        }
        catch (Exception ex) when (ex is System.Data.Common.DbException or IOException or UnauthorizedAccessException)
        {
            await error.WriteLineAsync($"dossier: cannot use the store {store.Location}: {ex.Message}").ConfigureAwait(false);
            return ExitCodes.CannotWrite;
        }

        foreach (var problem in result.Report.Problems)
        {
            await error.WriteLineAsync($"warning: {problem}").ConfigureAwait(false);
        }

        var outcome = result.Outcome;
        if (outcome.Added.Count == 0 && outcome.AlreadyStored.Count == 0)
        {
            await error.WriteLineAsync($"dossier: nothing could be analysed ({result.Report.Inputs.Count} inputs, all failed).").ConfigureAwait(false);
            return ExitCodes.NothingAnalysed;
        }

        if (!quiet)
        {
            foreach (var (from, to) in outcome.Renamed)
            {
                await output.WriteLineAsync($"'{from}' is taken by other content; stored as '{to}'.").ConfigureAwait(false);
            }

            await output.WriteLineAsync(string.Create(
                CultureInfo.InvariantCulture,
                $"Added {outcome.Added.Count} documents ({outcome.AlreadyStored.Count} already stored) to {store.Location}; it holds {outcome.DocumentsStored} documents.")).ConfigureAwait(false);
        }

        return ExitCodes.Success;
    }
}
