using System.Data.Common;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Dossier.Storage;

/// <summary>The embedded store: one SQLite file in WAL mode, searched with FTS5.</summary>
public sealed class SqliteDossierStore : SqlDossierStore
{
    private const string Schema = """
        PRAGMA journal_mode = WAL;
        CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS documents(
            hash TEXT PRIMARY KEY, id TEXT NOT NULL UNIQUE, ord INTEGER NOT NULL,
            source TEXT NOT NULL, title TEXT, outlet TEXT, published TEXT, ingested TEXT NOT NULL,
            contract TEXT NOT NULL, analysis TEXT NOT NULL);
        CREATE INDEX IF NOT EXISTS documents_ord ON documents(ord);
        CREATE TABLE IF NOT EXISTS entities(ord INTEGER PRIMARY KEY, id TEXT NOT NULL, name TEXT NOT NULL, type TEXT NOT NULL, json TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS quotes(ord INTEGER PRIMARY KEY, doc TEXT NOT NULL, speaker TEXT, json TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS amounts(ord INTEGER PRIMARY KEY, doc TEXT NOT NULL, json TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS timeline(ord INTEGER PRIMARY KEY, doc TEXT NOT NULL, json TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS events(ord INTEGER PRIMARY KEY, json TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS stories(ord INTEGER PRIMARY KEY, id TEXT NOT NULL, title TEXT NOT NULL, json TEXT NOT NULL);
        CREATE INDEX IF NOT EXISTS stories_id ON stories(id);
        CREATE VIRTUAL TABLE IF NOT EXISTS search_index USING fts5(
            kind UNINDEXED, ref UNINDEXED, doc UNINDEXED, title, body, tokenize = 'porter unicode61');
        """;

    private readonly string _connectionString;

    public SqliteDossierStore(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        FilePath = Path.GetFullPath(path);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = FilePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = 60,
        }.ToString();
    }

    public string FilePath { get; }

    public override string Location => $"SQLite file {FilePath}";

    public override async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        var folder = Path.GetDirectoryName(FilePath);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync(Command(Schema, null, cancellationToken)).ConfigureAwait(false);
    }

    public override async Task<IReadOnlyList<SearchHit>> SearchAsync(string query, int limit, CancellationToken cancellationToken = default)
    {
        var terms = SearchTerms(query);
        if (terms.Count == 0 || limit < 1)
        {
            return [];
        }

        var match = string.Join(' ', terms.Select(t => $"\"{t}\""));
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<(string Kind, string Ref, string? Doc, string? Title, string Snippet)>(Command(
            """
            SELECT kind, ref, doc, title, snippet(search_index, 4, '', '', '…', 24)
            FROM search_index WHERE search_index MATCH @match
            ORDER BY bm25(search_index, 0, 0, 0, 4.0, 1.0) LIMIT @limit
            """,
            null,
            cancellationToken,
            new { match, limit = Math.Min(limit, PageRequest.MaxLimit) })).ConfigureAwait(false);
        return [.. rows.Select(r => new SearchHit(r.Kind, r.Ref, r.Doc, r.Title, r.Snippet))];
    }

    protected override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);

            // With WAL, NORMAL keeps every committed transaction through a crash of the process.
            await connection.ExecuteAsync(Command("PRAGMA synchronous = NORMAL", null, cancellationToken)).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    // Microsoft.Data.Sqlite begins with BEGIN IMMEDIATE unless asked to defer: the write lock is
    // taken before the stored hashes are read, so two ingests cannot both add the same document.
    protected override async Task<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken) =>
        await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
}
