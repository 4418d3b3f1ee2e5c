using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using Dapper;
using Dossier.Core.Model;
using Dossier.Core.Output;

namespace Dossier.Storage;

/// <summary>
/// What the SQLite and PostgreSQL stores share: the tables (same names and columns in both), the
/// ingest transaction and the list queries. A backend supplies connections, the schema, the write
/// lock and the search query.
/// </summary>
public abstract class SqlDossierStore : IDossierStore
{
    private static readonly string[] CorpusTables = ["entities", "quotes", "amounts", "timeline", "events", "stories"];

    public abstract string Location { get; }

    protected static JsonSerializerOptions ContractOptions => DossierJsonWriter.Options;

    public abstract Task InitializeAsync(CancellationToken cancellationToken = default);

    public abstract Task<IReadOnlyList<SearchHit>> SearchAsync(string query, int limit, CancellationToken cancellationToken = default);

    protected abstract Task<DbConnection> OpenAsync(CancellationToken cancellationToken);

    /// <summary>Starts a transaction that excludes every other writer until it ends.</summary>
    protected abstract Task<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken);

    public async Task<IngestOutcome> AddAsync(
        IReadOnlyList<Document> analysed,
        Func<IReadOnlyList<Document>, Corpus> buildCorpus,
        string generatorVersion,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(analysed);
        ArgumentNullException.ThrowIfNull(buildCorpus);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);
        var (outcome, added) = await StoreNewAsync(connection, transaction, analysed, cancellationToken).ConfigureAwait(false);
        if (added.Count > 0 || await IsStaleAsync(connection, transaction, cancellationToken).ConfigureAwait(false))
        {
            await RecomputeAsync(connection, transaction, added, buildCorpus, generatorVersion, cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return outcome;
    }

    public async Task<IngestOutcome> AddDocumentsAsync(IReadOnlyList<Document> analysed, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(analysed);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);
        var (outcome, added) = await StoreNewAsync(connection, transaction, analysed, cancellationToken).ConfigureAwait(false);
        if (added.Count > 0)
        {
            await SetMetaAsync(connection, transaction, StaleKey, "1", cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return outcome;
    }

    public async Task<bool> RefreshCorpusAsync(
        Func<IReadOnlyList<Document>, Corpus> buildCorpus,
        string generatorVersion,
        IReadOnlyList<Document>? inMemory = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(buildCorpus);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);
        var stale = await IsStaleAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
        if (stale)
        {
            await RecomputeAsync(connection, transaction, inMemory ?? [], buildCorpus, generatorVersion, cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return stale;
    }

    public async Task<IReadOnlyDictionary<string, string>> StoredContentAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<(string Hash, string Id)>(Command("SELECT hash, id FROM documents", null, cancellationToken)).ConfigureAwait(false);
        return rows.ToDictionary(r => r.Hash, r => r.Id, StringComparer.Ordinal);
    }

    public async Task<bool> IsCorpusCurrentAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        return !await IsStaleAsync(connection, null, cancellationToken).ConfigureAwait(false);
    }

    public async Task<string> VersionAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        return await connection.QuerySingleOrDefaultAsync<string>(Command(
            "SELECT value FROM meta WHERE key = @key", null, cancellationToken, new { key = VersionKey })).ConfigureAwait(false) ?? "0";
    }

    private const string StaleKey = "corpus-stale";

    private const string VersionKey = "version";

    private static Task NewVersionAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken) =>
        SetMetaAsync(connection, transaction, VersionKey, Guid.NewGuid().ToString("N"), cancellationToken);

    // Inserts the documents whose content is not stored yet, with ids unique in the store.
    private static async Task<(IngestOutcome Outcome, List<Document> Added)> StoreNewAsync(
        DbConnection connection, DbTransaction transaction, IReadOnlyList<Document> analysed, CancellationToken cancellationToken)
    {
        var stored = (await connection.QueryAsync<(string Hash, string Id)>(
            Command("SELECT hash, id FROM documents", transaction, cancellationToken)).ConfigureAwait(false)).ToList();
        var storedIdByHash = stored.ToDictionary(r => r.Hash, r => r.Id, StringComparer.Ordinal);
        var usedIds = stored.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        var alreadyStored = new List<string>();
        var renamed = new Dictionary<string, string>(StringComparer.Ordinal);
        var added = new List<Document>();
        foreach (var document in analysed)
        {
            if (storedIdByHash.TryGetValue(document.ContentHash, out var storedId))
            {
                alreadyStored.Add(storedId);
                continue;
            }

            var id = UniqueId(document.Id, usedIds);
            storedIdByHash[document.ContentHash] = id;
            if (id != document.Id)
            {
                renamed[document.Id] = id;
            }

            added.Add(id == document.Id ? document : DocumentSnapshot.WithId(document, id));
        }

        if (added.Count > 0)
        {
            await InsertDocumentsAsync(connection, transaction, added, stored.Count, cancellationToken).ConfigureAwait(false);
            await NewVersionAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
        }

        return (new IngestOutcome([.. added.Select(d => d.Id)], alreadyStored, renamed, stored.Count + added.Count), added);
    }

    // Corpus-level results over every stored document, in store order. A document handed in
    // memory (the ones just analysed) is used as it is when its id and content hash are the stored
    // ones; only the others are restored from their snapshots, which is what costs.
    private async Task RecomputeAsync(
        DbConnection connection,
        DbTransaction transaction,
        IReadOnlyList<Document> inMemory,
        Func<IReadOnlyList<Document>, Corpus> buildCorpus,
        string generatorVersion,
        CancellationToken cancellationToken)
    {
        var known = new Dictionary<string, Document>(StringComparer.Ordinal);
        foreach (var document in inMemory)
        {
            known.TryAdd(document.Id, document);
        }

        var stored = (await connection.QueryAsync<(string Id, string Hash)>(
            Command("SELECT id, hash FROM documents ORDER BY ord", transaction, cancellationToken)).ConfigureAwait(false)).ToList();
        var toRestore = stored.Where(s => !known.TryGetValue(s.Id, out var document) || document.ContentHash != s.Hash).Select(s => s.Id).ToList();
        var restored = new Dictionary<string, Document>(StringComparer.Ordinal);
        foreach (var ids in toRestore.Chunk(RestoreChunk))
        {
            var snapshots = await connection.QueryAsync<(string Id, string Analysis)>(Command(
                $"SELECT id, analysis FROM documents WHERE {AnyOf("id", "@ids")}", transaction, cancellationToken, new { ids })).ConfigureAwait(false);
            foreach (var (id, analysis) in snapshots)
            {
                restored[id] = DocumentSnapshot.Restore(analysis);
            }
        }

        var all = stored.Select(s => restored.TryGetValue(s.Id, out var document) ? document : known[s.Id]).ToList();
        var dossier = DossierJsonMapper.Map(buildCorpus(all), generatorVersion);
        await ReplaceCorpusAsync(connection, transaction, dossier, cancellationToken).ConfigureAwait(false);
        await SetMetaAsync(connection, transaction, "generator", generatorVersion, cancellationToken).ConfigureAwait(false);
        await NewVersionAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync(Command("DELETE FROM meta WHERE key = @key", transaction, cancellationToken, new { key = StaleKey })).ConfigureAwait(false);
    }

    // Snapshots restored per query: few enough parameters for any backend.
    private const int RestoreChunk = 500;

    private static async Task<bool> IsStaleAsync(DbConnection connection, DbTransaction? transaction, CancellationToken cancellationToken) =>
        await connection.ExecuteScalarAsync<long>(Command(
            "SELECT COUNT(*) FROM meta WHERE key = @key", transaction, cancellationToken, new { key = StaleKey })).ConfigureAwait(false) > 0;

    private static async Task SetMetaAsync(DbConnection connection, DbTransaction transaction, string key, string value, CancellationToken cancellationToken) =>
        await connection.ExecuteAsync(Command(
            "DELETE FROM meta WHERE key = @key; INSERT INTO meta(key, value) VALUES (@key, @value)",
            transaction,
            cancellationToken,
            new { key, value })).ConfigureAwait(false);

    public async Task<Page<DocumentSummary>> DocumentsAsync(PageRequest page, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(page);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        var total = await CountAsync(connection, "documents", cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<string>(Command(
            "SELECT contract FROM documents ORDER BY ord LIMIT @limit OFFSET @offset",
            null,
            cancellationToken,
            new { limit = page.Limit, offset = page.Offset })).ConfigureAwait(false);
        var items = rows.Select(Deserialize<DocumentJson>)
            .Select(d => new DocumentSummary(d.Id, d.Source, d.ContentHash, d.Title, d.Outlet, d.OriginalOutlet, d.Published, d.Url))
            .ToList();
        return new Page<DocumentSummary>(items, total, page.Offset, page.Limit);
    }

    public async Task<DocumentJson?> DocumentAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        var json = await connection.QuerySingleOrDefaultAsync<string>(Command(
            "SELECT contract FROM documents WHERE id = @id", null, cancellationToken, new { id })).ConfigureAwait(false);
        return json is null ? null : Deserialize<DocumentJson>(json);
    }

    public async Task<Page<StorySummary>> StoriesAsync(PageRequest page, CancellationToken cancellationToken = default)
    {
        var stories = await PageAsync<StoryJson>("stories", page, cancellationToken).ConfigureAwait(false);
        return new Page<StorySummary>(
            [.. stories.Items.Select(s => new StorySummary(s.Id, s.Title, s.Documents.Count))],
            stories.Total,
            stories.Offset,
            stories.Limit);
    }

    public async Task<StoryJson?> StoryAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        var json = await connection.QuerySingleOrDefaultAsync<string>(Command(
            "SELECT json FROM stories WHERE id = @id", null, cancellationToken, new { id })).ConfigureAwait(false);
        return json is null ? null : Deserialize<StoryJson>(json);
    }

    public async Task<DossierJson?> StoryDossierAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        var storyJson = await connection.QuerySingleOrDefaultAsync<string>(Command(
            "SELECT json FROM stories WHERE id = @id", null, cancellationToken, new { id })).ConfigureAwait(false);
        if (storyJson is null)
        {
            return null;
        }

        var story = Deserialize<StoryJson>(storyJson);
        var ids = StoryScope.Documents(story);
        var inStory = ids.ToHashSet(StringComparer.Ordinal);
        var parameters = new { ids = ids.ToArray() };
        var generator = await connection.QuerySingleOrDefaultAsync<string>(Command(
            "SELECT value FROM meta WHERE key = 'generator'", null, cancellationToken)).ConfigureAwait(false);

        // Entities and events name their documents inside the JSON only, so they are filtered here.
        var entities = await AllAsync<EntityJson>(connection, "SELECT json FROM entities ORDER BY ord", cancellationToken).ConfigureAwait(false);
        var events = await AllAsync<EventJson>(connection, "SELECT json FROM events ORDER BY ord", cancellationToken).ConfigureAwait(false);
        return new DossierJson(
            DossierJsonMapper.Schema,
            new GeneratorJson("dossier", generator ?? "0.0.0"),
            await AllAsync<DocumentJson>(connection, $"SELECT contract FROM documents WHERE {AnyOf("id", "@ids")} ORDER BY ord", cancellationToken, parameters).ConfigureAwait(false),
            [.. entities.Select(e => StoryScope.Entity(e, inStory)).OfType<EntityJson>()],
            await AllAsync<QuoteJson>(connection, $"SELECT json FROM quotes WHERE {AnyOf("doc", "@ids")} ORDER BY ord", cancellationToken, parameters).ConfigureAwait(false),
            await AllAsync<AmountJson>(connection, $"SELECT json FROM amounts WHERE {AnyOf("doc", "@ids")} ORDER BY ord", cancellationToken, parameters).ConfigureAwait(false),
            await AllAsync<TimelineItemJson>(connection, $"SELECT json FROM timeline WHERE {AnyOf("doc", "@ids")} ORDER BY ord", cancellationToken, parameters).ConfigureAwait(false),
            [.. events.Where(e => StoryScope.Reports(e, inStory))],
            [story]);
    }

    public Task<Page<EntityJson>> EntitiesAsync(PageRequest page, CancellationToken cancellationToken = default) =>
        PageAsync<EntityJson>("entities", page, cancellationToken);

    public Task<Page<QuoteJson>> QuotesAsync(PageRequest page, CancellationToken cancellationToken = default) =>
        PageAsync<QuoteJson>("quotes", page, cancellationToken);

    public Task<Page<EventJson>> EventsAsync(PageRequest page, CancellationToken cancellationToken = default) =>
        PageAsync<EventJson>("events", page, cancellationToken);

    public async Task<DossierJson> ExportAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        var generator = await connection.QuerySingleOrDefaultAsync<string>(Command(
            "SELECT value FROM meta WHERE key = 'generator'", null, cancellationToken)).ConfigureAwait(false);
        return new DossierJson(
            DossierJsonMapper.Schema,
            new GeneratorJson("dossier", generator ?? "0.0.0"),
            await AllAsync<DocumentJson>(connection, "SELECT contract FROM documents ORDER BY ord", cancellationToken).ConfigureAwait(false),
            await AllAsync<EntityJson>(connection, "SELECT json FROM entities ORDER BY ord", cancellationToken).ConfigureAwait(false),
            await AllAsync<QuoteJson>(connection, "SELECT json FROM quotes ORDER BY ord", cancellationToken).ConfigureAwait(false),
            await AllAsync<AmountJson>(connection, "SELECT json FROM amounts ORDER BY ord", cancellationToken).ConfigureAwait(false),
            await AllAsync<TimelineItemJson>(connection, "SELECT json FROM timeline ORDER BY ord", cancellationToken).ConfigureAwait(false),
            await AllAsync<EventJson>(connection, "SELECT json FROM events ORDER BY ord", cancellationToken).ConfigureAwait(false),
            await AllAsync<StoryJson>(connection, "SELECT json FROM stories ORDER BY ord", cancellationToken).ConfigureAwait(false));
    }

    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
    }

    /// <summary>SQL that is true when <paramref name="column"/> is one of the array parameter's values.</summary>
    protected virtual string AnyOf(string column, string arrayParameter) => $"{column} IN {arrayParameter}";

    protected static CommandDefinition Command(string sql, DbTransaction? transaction, CancellationToken cancellationToken, object? parameters = null) =>
        new(sql, parameters, transaction, cancellationToken: cancellationToken);

    /// <summary>Search terms: words and numbers only, so no query syntax from the user reaches the engine.</summary>
    protected static IReadOnlyList<string> SearchTerms(string query) => SearchQuery.Terms(query);

    private static T Deserialize<T>(string json) =>
        JsonSerializer.Deserialize<T>(json, ContractOptions) ?? throw new JsonException($"A stored {typeof(T).Name} is null.");

    private static string Serialize<T>(T value) => JsonSerializer.Serialize(value, ContractOptions);

    private static string UniqueId(string id, HashSet<string> used)
    {
        if (used.Add(id))
        {
            return id;
        }

        var n = 2;
        while (!used.Add(string.Create(CultureInfo.InvariantCulture, $"{id}-{n}")))
        {
            n++;
        }

        return string.Create(CultureInfo.InvariantCulture, $"{id}-{n}");
    }

    private static async Task<long> CountAsync(DbConnection connection, string table, CancellationToken cancellationToken) =>
        await connection.ExecuteScalarAsync<long>(Command($"SELECT COUNT(*) FROM {table}", null, cancellationToken)).ConfigureAwait(false);

    private async Task<Page<T>> PageAsync<T>(string table, PageRequest page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(page);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        var total = await CountAsync(connection, table, cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<string>(Command(
            $"SELECT json FROM {table} ORDER BY ord LIMIT @limit OFFSET @offset",
            null,
            cancellationToken,
            new { limit = page.Limit, offset = page.Offset })).ConfigureAwait(false);
        return new Page<T>([.. rows.Select(Deserialize<T>)], total, page.Offset, page.Limit);
    }

    private static async Task<IReadOnlyList<T>> AllAsync<T>(DbConnection connection, string sql, CancellationToken cancellationToken, object? parameters = null)
    {
        var rows = await connection.QueryAsync<string>(Command(sql, null, cancellationToken, parameters)).ConfigureAwait(false);
        return [.. rows.Select(Deserialize<T>)];
    }

    private static async Task InsertDocumentsAsync(
        DbConnection connection, DbTransaction transaction, List<Document> added, int firstOrdinal, CancellationToken cancellationToken)
    {
        var ingested = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture);
        var rows = added.Select((d, i) => new
        {
            hash = d.ContentHash,
            id = d.Id,
            ord = (long)firstOrdinal + i,
            source = d.Source,
            title = d.Metadata.Title,
            outlet = d.Metadata.Outlet,
            published = d.Metadata.Published?.ToIso(),
            ingested,
            contract = Serialize(DossierJsonMapper.MapDocument(d)),
            analysis = DocumentSnapshot.Save(d),
        });
        await connection.ExecuteAsync(Command(
            """
            INSERT INTO documents(hash, id, ord, source, title, outlet, published, ingested, contract, analysis)
            VALUES (@hash, @id, @ord, @source, @title, @outlet, @published, @ingested, @contract, @analysis)
            """,
            transaction,
            cancellationToken,
            rows)).ConfigureAwait(false);
        await InsertSearchAsync(connection, transaction, added.Select(d => SearchRow.Of(d)), cancellationToken).ConfigureAwait(false);
    }

    // Corpus-level results depend on every document, so they are replaced as a whole.
    private static async Task ReplaceCorpusAsync(DbConnection connection, DbTransaction transaction, DossierJson dossier, CancellationToken cancellationToken)
    {
        foreach (var table in CorpusTables)
        {
            await connection.ExecuteAsync(Command($"DELETE FROM {table}", transaction, cancellationToken)).ConfigureAwait(false);
        }

        await connection.ExecuteAsync(Command("DELETE FROM search_index WHERE kind <> 'document'", transaction, cancellationToken)).ConfigureAwait(false);

        await InsertAsync(connection, transaction, "INSERT INTO entities(ord, id, name, type, json) VALUES (@ord, @id, @name, @type, @json)",
            dossier.Entities.Select((e, i) => new { ord = (long)i, id = e.Id, name = e.Name, type = e.Type, json = Serialize(e) }), cancellationToken).ConfigureAwait(false);
        await InsertAsync(connection, transaction, "INSERT INTO quotes(ord, doc, speaker, json) VALUES (@ord, @doc, @speaker, @json)",
            dossier.Quotes.Select((q, i) => new { ord = (long)i, doc = q.Doc, speaker = q.Speaker?.Name, json = Serialize(q) }), cancellationToken).ConfigureAwait(false);
        await InsertAsync(connection, transaction, "INSERT INTO amounts(ord, doc, json) VALUES (@ord, @doc, @json)",
            dossier.Amounts.Select((a, i) => new { ord = (long)i, doc = a.Doc, json = Serialize(a) }), cancellationToken).ConfigureAwait(false);
        await InsertAsync(connection, transaction, "INSERT INTO timeline(ord, doc, json) VALUES (@ord, @doc, @json)",
            dossier.Timeline.Select((t, i) => new { ord = (long)i, doc = t.Doc, json = Serialize(t) }), cancellationToken).ConfigureAwait(false);
        await InsertAsync(connection, transaction, "INSERT INTO events(ord, json) VALUES (@ord, @json)",
            dossier.Events.Select((e, i) => new { ord = (long)i, json = Serialize(e) }), cancellationToken).ConfigureAwait(false);
        await InsertAsync(connection, transaction, "INSERT INTO stories(ord, id, title, json) VALUES (@ord, @id, @title, @json)",
            dossier.Stories.Select((s, i) => new { ord = (long)i, id = s.Id, title = s.Title, json = Serialize(s) }), cancellationToken).ConfigureAwait(false);

        var search = dossier.Entities.Select(SearchRow.Of)
            .Concat(dossier.Quotes.Select(SearchRow.Of))
            .Concat(dossier.Events.Select((e, i) => SearchRow.Of(e, i)))
            .Concat(dossier.Stories.Select(SearchRow.Of));
        await InsertSearchAsync(connection, transaction, search, cancellationToken).ConfigureAwait(false);
    }

    private static Task InsertSearchAsync(DbConnection connection, DbTransaction transaction, IEnumerable<SearchRow> rows, CancellationToken cancellationToken) =>
        InsertAsync(connection, transaction, "INSERT INTO search_index(kind, ref, doc, title, body) VALUES (@Kind, @Ref, @Doc, @Title, @Body)", rows, cancellationToken);

    private static async Task InsertAsync<T>(DbConnection connection, DbTransaction transaction, string sql, IEnumerable<T> rows, CancellationToken cancellationToken)
    {
        var list = rows.ToList();
        if (list.Count > 0)
        {
            await connection.ExecuteAsync(Command(sql, transaction, cancellationToken, list)).ConfigureAwait(false);
        }
    }
}
