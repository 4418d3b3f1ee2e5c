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

    /// <summary>How many matching rows a search ranks at most: bm25 costs about a microsecond a row.</summary>
    public const int RankedRows = 20_000;

    private readonly string _connectionString;

    private readonly int _rankedRows;

    public SqliteDossierStore(string path)
        : this(path, RankedRows)
    {
    }

    internal SqliteDossierStore(string path, int rankedRows)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentOutOfRangeException.ThrowIfLessThan(rankedRows, 1);
        _rankedRows = rankedRows;
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
        var terms = SearchQuery.WithoutFunctionWords(SearchTerms(query));
        if (terms.Count == 0 || limit < 1)
        {
            return [];
        }

        // Rowids are ranked first and only the top rows are read and get a snippet: ordering the full
        // rows by bm25 read every matching row's columns. A query that matches more rows than
        // RankedRows (a common word in a large store) ranks the most recently stored ones among them.
        var match = string.Join(' ', terms.Select(t => $"\"{t}\""));
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<(string Kind, string Ref, string? Doc, string? Title, string Snippet)>(Command(
            """
            WITH ranked AS (
                SELECT rowid AS id, bm25(search_index, 0, 0, 0, 4.0, 1.0) AS score
                FROM search_index
                WHERE search_index MATCH @match
                  AND rowid >= coalesce((SELECT rowid FROM search_index WHERE search_index MATCH @match
                                         ORDER BY rowid DESC LIMIT 1 OFFSET @lastRanked), 0)
                ORDER BY score, rowid LIMIT @limit)
            SELECT kind, ref, doc, title, snippet(search_index, 4, '', '', '…', 24)
            FROM ranked CROSS JOIN search_index ON search_index.rowid = ranked.id
            WHERE search_index MATCH @match
            ORDER BY ranked.score, ranked.id
            """,
            null,
            cancellationToken,
            new { match, limit = Math.Min(limit, PageRequest.MaxLimit), lastRanked = _rankedRows - 1 })).ConfigureAwait(false);
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
