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
