namespace Dossier.Cli.Tests;

/// <summary>Runs the dossier command line in-process and captures what it prints.</summary>
public static class CliRunner
{
    public static (int ExitCode, string Output, string Error) Run(params string[] args) => Run(CancellationToken.None, args);

    public static (int ExitCode, string Output, string Error) Run(CancellationToken cancellationToken, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = DossierCli.RunAsync(args, output, error, cancellationToken).GetAwaiter().GetResult();
        return (exit, output.ToString(), error.ToString());
    }
}
