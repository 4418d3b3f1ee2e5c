using System.CommandLine;
using Dossier.Web;
using Microsoft.Extensions.Hosting;

namespace Dossier.Cli;

/// <summary><c>dossier serve [--db] [--urls]</c>: the web page and the REST API over a store.</summary>
internal static class ServeCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var database = DatabaseOption.Create();
        var urls = new Option<string>("--urls")
        {
            Description = $"Where to listen (default {DossierWebOptions.DefaultUrls}: this machine only). Give another address only on a trusted network: there is no authentication.",
            DefaultValueFactory = _ => DossierWebOptions.DefaultUrls,
        };
        var command = new Command("serve", "Serve a store over HTTP: the web page at /, the REST API under /api and its OpenAPI document at /openapi/v1.json. Stops on Ctrl+C.")
        {
            database, urls,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            using var store = Storage.DossierStores.Open(parse.GetValue(database)!);
            await store.InitializeAsync(cancellationToken).ConfigureAwait(false);
            var options = new DossierWebOptions { Urls = parse.GetValue(urls)!, GeneratorVersion = AnalyzeCommand.GeneratorVersion };
            await using var app = DossierWebApp.Build(DossierWebApp.CreateBuilder(store, options));
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
            await output.WriteLineAsync($"Serving {store.Location} on {options.Urls} (page at /, API under /api, OpenAPI at /openapi/v1.json); Ctrl+C stops.").ConfigureAwait(false);
            await app.WaitForShutdownAsync(cancellationToken).ConfigureAwait(false);
            await app.StopAsync(CancellationToken.None).ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return command;
    }
}
