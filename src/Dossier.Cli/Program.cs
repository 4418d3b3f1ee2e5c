using Dossier.Cli;

if (LargeBatchRuntime.LargeBatchOf(args, Environment.GetEnvironmentVariable) is { } batch)
{
    return LargeBatchRuntime.RunWithoutTiering(args, batch, Console.Error);
}

return await DossierCli.RunAsync(args, Console.Out, Console.Error).ConfigureAwait(false);
