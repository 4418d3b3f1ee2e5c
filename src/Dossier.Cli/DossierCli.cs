using System.CommandLine;

namespace Dossier.Cli;

/// <summary>The <c>dossier</c> command line: builds the command tree and runs it with the given writers.</summary>
public static class DossierCli
{
    public static RootCommand CreateRootCommand(TextWriter output, TextWriter error)
    {
        var root = new RootCommand("Dossier turns a pile of news articles about one event into a sourced, structured dossier.");
        root.Add(AnalyzeCommand.Create(output, error));
        return root;
    }

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        var root = CreateRootCommand(output, error);
        var configuration = new InvocationConfiguration { Output = output, Error = error };
        return await root.Parse(args).InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
    }
}
