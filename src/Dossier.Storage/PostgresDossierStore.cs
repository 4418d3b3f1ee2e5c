using System.Data.Common;
using Dapper;
using Npgsql;

namespace Dossier.Storage;

/// <summary>The server store: PostgreSQL, searched with a weighted tsvector column and a GIN index.</summary>
public sealed class PostgresDossierStore : SqlDossierStore
{
    // Any fixed number: every writer of a Dossier database takes this transaction-level lock.
    private const long WriteLockKey = 0x0D055_1E5;

    private const string Schema = """
        CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS documents(
            hash TEXT PRIMARY KEY, id TEXT NOT NULL UNIQUE, ord BIGINT NOT NULL,
            source TEXT NOT NULL, title TEXT, outlet TEXT, published TEXT, ingested TEXT NOT NULL,
            contract TEXT NOT NULL, analysis TEXT NOT NULL);
        CREATE INDEX IF NOT EXISTS documents_ord ON documents(ord);
        CREATE TABLE IF NOT EXISTS entities(ord BIGINT PRIMARY KEY, id TEXT NOT NULL, name TEXT NOT NULL, type TEXT NOT NULL, json TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS quotes(ord BIGINT PRIMARY KEY, doc TEXT NOT NULL, speaker TEXT, json TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS amounts(ord BIGINT PRIMARY KEY, doc TEXT NOT NULL, json TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS timeline(ord BIGINT PRIMARY KEY, doc TEXT NOT NULL, json TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS events(ord BIGINT PRIMARY KEY, json TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS stories(ord BIGINT PRIMARY KEY, id TEXT NOT NULL, title TEXT NOT NULL, json TEXT NOT NULL);
        CREATE INDEX IF NOT EXISTS stories_id ON stories(id);
        CREATE TABLE IF NOT EXISTS search_index(
            kind TEXT NOT NULL, ref TEXT NOT NULL, doc TEXT, title TEXT, body TEXT NOT NULL,
            tsv tsvector GENERATED ALWAYS AS (
                setweight(to_tsvector('english', coalesce(title, '')), 'A') || setweight(to_tsvector('english', body), 'D')) STORED);
        CREATE INDEX IF NOT EXISTS search_index_tsv ON search_index USING GIN (tsv);
        CREATE INDEX IF NOT EXISTS search_index_kind ON search_index(kind);
        """;

    private readonly NpgsqlDataSource _dataSource;

    /// <param name="connection">A connection string (<c>Host=…;Database=…</c>) or a <c>postgres://</c> URL.</param>
    public PostgresDossierStore(string connection)
    {
        var builder = new NpgsqlConnectionStringBuilder(PostgresConnection.ToConnectionString(connection));
        Location = $"PostgreSQL database {builder.Database} on {builder.Host}:{builder.Port}";
        _dataSource = NpgsqlDataSource.Create(builder);
    }

    public override string Location { get; }

    public override async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync(Command(Schema, transaction, cancellationToken)).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    public override async Task<IReadOnlyList<SearchHit>> SearchAsync(string query, int limit, CancellationToken cancellationToken = default)
    {
        var terms = SearchTerms(query);
        if (terms.Count == 0 || limit < 1)
        {
            return [];
        }

        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<(string Kind, string Ref, string? Doc, string? Title, string Snippet)>(Command(
            """
            SELECT kind, ref, doc, title,
                   ts_headline('english', body, q, 'StartSel="", StopSel="", MaxWords=30, MinWords=12, MaxFragments=1')
            FROM search_index, plainto_tsquery('english', @terms) AS q
            WHERE tsv @@ q
            ORDER BY ts_rank(tsv, q) DESC, kind, ref
            LIMIT @limit
            """,
            null,
            cancellationToken,
            new { terms = string.Join(' ', terms), limit = Math.Min(limit, PageRequest.MaxLimit) })).ConfigureAwait(false);
        return [.. rows.Select(r => new SearchHit(r.Kind, r.Ref, r.Doc, r.Title, r.Snippet))];
    }

    // Npgsql sends an array as one parameter, which IN cannot take.
    protected override string AnyOf(string column, string arrayParameter) => $"{column} = ANY({arrayParameter})";

    protected override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken) =>
        await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);

    protected override async Task<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await connection.ExecuteAsync(Command("SELECT pg_advisory_xact_lock(@key)", transaction, cancellationToken, new { key = WriteLockKey })).ConfigureAwait(false);
            return transaction;
        }
        catch
        {
            await transaction.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _dataSource.Dispose();
        }

        base.Dispose(disposing);
    }
}
