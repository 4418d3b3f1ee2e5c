using Dossier.Core.Analysis;
using Dossier.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Dossier.Web.Tests;

/// <summary>
/// The real server (Kestrel) on a free loopback port over a SQLite store in a temp folder,
/// optionally holding the sample articles: what <c>dossier serve</c> runs.
/// </summary>
public sealed class KestrelHost : IAsyncDisposable
{
    private readonly TempDirectory _folder = new();
    private WebApplication? _app;

    public IDossierStore Store { get; private set; } = null!;

    /// <summary>Where the server listens, e.g. http://127.0.0.1:41234.</summary>
    public Uri Address { get; private set; } = null!;

    public static async Task<KestrelHost> StartAsync(bool withSamples, long? maxRequestBytes = null)
    {
        var host = new KestrelHost();
        host.Store = new SqliteDossierStore(Path.Combine(host._folder.Path, "dossier.db"));
        await host.Store.InitializeAsync();
        if (withSamples)
        {
            await new DossierIngestor(host.Store, AnalysisOptions.Default, "0.0.0-test").IngestAsync([RepositoryPaths.Samples]);
        }

        var defaults = new DossierWebOptions();
        var options = defaults with
        {
            Urls = "http://127.0.0.1:0",
            GeneratorVersion = "0.0.0-test",
            MaxRequestBytes = maxRequestBytes ?? defaults.MaxRequestBytes,
        };
        host._app = DossierWebApp.Build(DossierWebApp.CreateBuilder(host.Store, options));
        await host._app.StartAsync();
        var addresses = host._app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses;
        host.Address = new Uri(addresses.Single());
        return host;
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        Store.Dispose();
        SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }
}
