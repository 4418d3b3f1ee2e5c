using Dossier.Storage;
using Microsoft.Data.Sqlite;

namespace Dossier.Storage.Tests;

public sealed class SqliteDossierStoreTests : DossierStoreContract, IStoreBackend
{
    private readonly TempDirectory _folder = new();

    public static string? SkipReason => null;

    [Fact]
    public async Task The_file_is_in_wal_mode()
    {
        var path = Path.Combine(_folder.Path, "wal.db");
        using var store = new SqliteDossierStore(path);
        await store.InitializeAsync();

        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";

        Assert.Equal("wal", command.ExecuteScalar() as string);
    }

    [Fact]
    public async Task Search_ranks_at_most_the_most_recently_stored_matching_rows()
    {
        var path = Path.Combine(_folder.Path, "ranked.db");
        using (var full = new SqliteDossierStore(path))
        {
            await full.InitializeAsync();
            await full.AddAsync(SampleCorpus.Documents(), SampleCorpus.BuildCorpus, SampleCorpus.Version);
        }

        using var everything = new SqliteDossierStore(path);
        using var capped = new SqliteDossierStore(path, rankedRows: 3);

        var all = await everything.SearchAsync("summit", 50);
        var fewest = await capped.SearchAsync("summit", 50);

        Assert.True(all.Count > 3, $"{all.Count} hits for summit");
        Assert.Equal(3, fewest.Count);
        Assert.All(fewest, h => Assert.Contains(all, a => a.Kind == h.Kind && a.Ref == h.Ref));
        Assert.Equal(all, await everything.SearchAsync("the summit", 50));
        Assert.NotEmpty(await everything.SearchAsync("the", 50));
    }

    protected override IDossierStore CreateEmptyStore() =>
        new SqliteDossierStore(Path.Combine(_folder.Path, Guid.NewGuid().ToString("N"), "dossier.db"));

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            SqliteConnection.ClearAllPools();
            _folder.Dispose();
        }

        base.Dispose(disposing);
    }
}
