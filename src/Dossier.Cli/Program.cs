using Dossier.Cli;

if (LargeBatchRuntime.LargeBatchFiles(args, Environment.GetEnvironmentVariable) is int files)
{
    return LargeBatchRuntime.RunWithoutTiering(args, files, Console.Error);
}

return await DossierCli.RunAsync(args, Console.Out, Console.Error).ConfigureAwait(false);
