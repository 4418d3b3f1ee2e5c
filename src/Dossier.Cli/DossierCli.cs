using System.CommandLine;
using Dossier.Cli.Eval;
using Dossier.Cli.Tag;
using Dossier.Cli.Train;

namespace Dossier.Cli;

/// <summary>The <c>dossier</c> command line: builds the command tree and runs it with the given writers.</summary>
public static class DossierCli
{
    public static RootCommand CreateRootCommand(TextWriter output, TextWriter error)
    {
        var root = new RootCommand("Dossier turns a pile of news articles about one event into a sourced, structured dossier.");
        root.Add(AnalyzeCommand.Create(output, error));
        root.Add(EvalCommand.Create(output, error));
        root.Add(TagCommand.Create(output, error));
        root.Add(TrainCommand.Create(output, error));
        root.Add(IngestCommand.Create(output, error));
        root.Add(SearchCommand.Create(output, error));
        root.Add(ExportCommand.Create(output, error));
        root.Add(ServeCommand.Create(output, error));
        return root;
    }

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        var root = CreateRootCommand(output, error);
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            // Usage errors get their own exit code, distinct from "nothing could be analysed".
            foreach (var parseError in parse.Errors)
            {
                await error.WriteLineAsync($"dossier: {parseError.Message}").ConfigureAwait(false);
            }

            await error.WriteLineAsync("Run 'dossier --help' or 'dossier analyze --help' for usage.").ConfigureAwait(false);
            return ExitCodes.Usage;
        }

        var configuration = new InvocationConfiguration { Output = output, Error = error };
        return await parse.InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
    }
}
