using Dossier.Core.Analysis;
using Dossier.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;

namespace Dossier.Web.Tests;

/// <summary>The API in-process over a SQLite store in a temp folder, optionally holding the sample articles.</summary>
public sealed class ApiHost : IAsyncDisposable
{
    private readonly TempDirectory _folder = new();
    private WebApplication? _app;

    public IDossierStore Store { get; private set; } = null!;

    public HttpClient Client { get; private set; } = null!;

    public static async Task<ApiHost> StartAsync(bool withSamples)
    {
        var host = new ApiHost();
        host.Store = new SqliteDossierStore(Path.Combine(host._folder.Path, "dossier.db"));
        await host.Store.InitializeAsync();
        if (withSamples)
        {
            await new DossierIngestor(host.Store, AnalysisOptions.Default, "0.0.0-test").IngestAsync([RepositoryPaths.Samples]);
        }

        var builder = DossierWebApp.CreateBuilder(host.Store, new DossierWebOptions { GeneratorVersion = "0.0.0-test" });
        builder.WebHost.UseTestServer();
        host._app = DossierWebApp.Build(builder);
        await host._app.StartAsync();
        host.Client = host._app.GetTestClient();
        return host;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        Store.Dispose();
        SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }
}

/// <summary>One host with the samples for a whole test class: the read-only tests share it.</summary>
public sealed class SampleApi : IAsyncLifetime
{
    public ApiHost Host { get; private set; } = null!;

    public async Task InitializeAsync() => Host = await ApiHost.StartAsync(withSamples: true);

    public async Task DisposeAsync() => await Host.DisposeAsync();
}
