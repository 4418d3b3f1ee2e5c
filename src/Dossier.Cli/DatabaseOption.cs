using System.CommandLine;
using Dossier.Storage;

namespace Dossier.Cli;

/// <summary>The <c>--db</c> option shared by the store commands, and opening what it names.</summary>
internal static class DatabaseOption
{
    public static Option<string> Create() => new("--db")
    {
        Description = $"The store: a SQLite file (default ./{DossierStores.DefaultDatabase}) or PostgreSQL as postgres://user:password@host:port/database or a connection string (Host=…;Database=…).",
        DefaultValueFactory = _ => DossierStores.DefaultDatabase,
    };

    /// <summary>
    /// Opens an existing store for reading; null (after saying why) when a SQLite file is missing,
    /// so a typo does not silently create an empty database.
    /// </summary>
    public static async Task<IDossierStore?> OpenExistingAsync(string database, TextWriter error, CancellationToken cancellationToken)
    {
        if (!PostgresConnection.IsPostgres(database) && !File.Exists(database))
        {
            await error.WriteLineAsync($"dossier: no store at '{database}'; create one with 'dossier ingest PATH --db {database}'.").ConfigureAwait(false);
            return null;
        }

        var store = DossierStores.Open(database);
        await store.InitializeAsync(cancellationToken).ConfigureAwait(false);
        if (!await store.IsCorpusCurrentAsync(cancellationToken).ConfigureAwait(false))
        {
            await error.WriteLineAsync($"warning: an ingest into '{database}' was interrupted: its documents are stored, but the entities, timeline, events and stories do not include them yet; run 'dossier ingest' again on the same inputs to complete them.").ConfigureAwait(false);
        }

        return store;
    }
}
