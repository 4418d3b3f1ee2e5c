using Dossier.Core.Model;
using Dossier.Core.Output;

namespace Dossier.Storage;

/// <summary>
/// A dossier that grows: documents keyed by content hash with every analysis layer, and the
/// corpus-level results (entities, quotes, timeline, events, stories) computed over all of them.
/// Every write is one transaction; adding a document already stored adds nothing.
/// </summary>
public interface IDossierStore : IDisposable
{
    /// <summary>Where the data lives, for messages ("SQLite file ./dossier.db").</summary>
    string Location { get; }

    /// <summary>Creates the tables if they are missing. Safe to call on every start.</summary>
    Task InitializeAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Stores the documents whose content is new, then recomputes the corpus-level results over
    /// the stored documents and the new ones with <paramref name="buildCorpus"/>, all in one
    /// transaction. Per-document analysis is stored once and never redone.
    /// </summary>
    Task<IngestOutcome> AddAsync(
        IReadOnlyList<Document> analysed,
        Func<IReadOnlyList<Document>, Corpus> buildCorpus,
        string generatorVersion,
        CancellationToken cancellationToken = default);

    /// <summary>
    /// Stores the documents whose content is new, in one transaction, and marks the corpus-level
    /// results stale without recomputing them: for ingesting a large batch in steps, each step
    /// kept if the process dies. <see cref="RefreshCorpusAsync"/> brings the results up to date.
    /// </summary>
    Task<IngestOutcome> AddDocumentsAsync(IReadOnlyList<Document> analysed, CancellationToken cancellationToken = default);

    /// <summary>The content hashes stored, each with the id of its document.</summary>
    Task<IReadOnlyDictionary<string, string>> StoredContentAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Recomputes the corpus-level results if documents were stored since they were last computed; true if it did.
    /// Stored documents found in <paramref name="inMemory"/> (same id and content hash, every layer as
    /// stored) are used as they are instead of being restored from the store.
    /// </summary>
    Task<bool> RefreshCorpusAsync(
        Func<IReadOnlyList<Document>, Corpus> buildCorpus,
        string generatorVersion,
        IReadOnlyList<Document>? inMemory = null,
        CancellationToken cancellationToken = default);

    /// <summary>
    /// A token that changes with every write that changes what the store holds (documents added,
    /// corpus-level results recomputed), by this process or another: what is read under one
    /// token can be kept until the token changes.
    /// </summary>
    Task<string> VersionAsync(CancellationToken cancellationToken = default);

    /// <summary>False when documents were stored after the corpus-level results were last computed (an interrupted ingest).</summary>
    Task<bool> IsCorpusCurrentAsync(CancellationToken cancellationToken = default);

    Task<Page<DocumentSummary>> DocumentsAsync(PageRequest page, CancellationToken cancellationToken = default);

    Task<DocumentJson?> DocumentAsync(string id, CancellationToken cancellationToken = default);

    Task<Page<StorySummary>> StoriesAsync(PageRequest page, CancellationToken cancellationToken = default);

    Task<StoryJson?> StoryAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>
    /// One story as a <c>dossier/1</c> document: the story, the documents of <see cref="StoryScope.Documents"/>
    /// with their text, and the entities (mentions in those documents only), quotes, amounts, timeline
    /// items and events found in them; null when there is no such story.
    /// </summary>
    Task<DossierJson?> StoryDossierAsync(string id, CancellationToken cancellationToken = default);

    Task<Page<EntityJson>> EntitiesAsync(PageRequest page, CancellationToken cancellationToken = default);

    Task<Page<QuoteJson>> QuotesAsync(PageRequest page, CancellationToken cancellationToken = default);

    Task<Page<EventJson>> EventsAsync(PageRequest page, CancellationToken cancellationToken = default);

    /// <summary>Full-text search over document text, quotes, entity names, events and stories, best first.</summary>
    Task<IReadOnlyList<SearchHit>> SearchAsync(string query, int limit, CancellationToken cancellationToken = default);

    /// <summary>The whole store as the <c>dossier/1</c> contract.</summary>
    Task<DossierJson> ExportAsync(CancellationToken cancellationToken = default);
}
