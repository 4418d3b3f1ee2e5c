using Dossier.Core.Model;
using Dossier.Core.Output;
using Dossier.Storage;

namespace Dossier.Storage.Tests;

/// <summary>What every <see cref="IDossierStore"/> must do; one subclass per backend runs it.</summary>
public abstract class DossierStoreContract : IDisposable
{
    private readonly List<IDossierStore> _stores = [];

    /// <summary>A store with nothing in it, not yet initialised.</summary>
    protected abstract IDossierStore CreateEmptyStore();

    [StoreFact]
    public async Task The_export_of_an_ingest_is_the_analysis()
    {
        var store = await NewStoreAsync();

        var outcome = await AddAsync(store, SampleCorpus.Documents());

        Assert.Equal(5, outcome.Added.Count);
        Assert.Equal(5, outcome.DocumentsStored);
        Assert.Empty(outcome.AlreadyStored);
        Assert.Equal(Serialize(SampleCorpus.Expected()), Serialize(await store.ExportAsync()));
    }

    [StoreFact]
    public async Task Ingesting_the_same_documents_again_adds_nothing()
    {
        var store = await NewStoreAsync();
        await AddAsync(store, SampleCorpus.Documents());
        var before = Serialize(await store.ExportAsync());

        var again = await AddAsync(store, SampleCorpus.Documents());

        Assert.Empty(again.Added);
        Assert.Equal(SampleCorpus.Documents().Select(d => d.Id), again.AlreadyStored);
        Assert.Equal(5, again.DocumentsStored);
        Assert.Equal(before, Serialize(await store.ExportAsync()));
    }

    [StoreFact]
    public async Task Adding_in_two_batches_gives_what_adding_at_once_gives()
    {
        var store = await NewStoreAsync();
        var documents = SampleCorpus.Documents();

        var first = await AddAsync(store, documents[..2]);
        var second = await AddAsync(store, [documents[1], .. documents[2..]]);

        Assert.Equal(2, first.Added.Count);
        Assert.Equal(3, second.Added.Count);
        Assert.Equal([documents[1].Id], second.AlreadyStored);
        Assert.Equal(Serialize(SampleCorpus.Expected()), Serialize(await store.ExportAsync()));
    }

    [StoreFact]
    public async Task Documents_stored_in_steps_leave_the_corpus_stale_until_it_is_refreshed()
    {
        var store = await NewStoreAsync();
        var documents = SampleCorpus.Documents();

        var first = await store.AddDocumentsAsync(documents[..3]);
        var second = await store.AddDocumentsAsync([documents[2], .. documents[3..]]);

        Assert.Equal(3, first.Added.Count);
        Assert.Equal(2, second.Added.Count);
        Assert.Equal([documents[2].Id], second.AlreadyStored);
        Assert.False(await store.IsCorpusCurrentAsync());
        Assert.Empty((await store.ExportAsync()).Entities);

        Assert.True(await store.RefreshCorpusAsync(SampleCorpus.BuildCorpus, SampleCorpus.Version));

        Assert.True(await store.IsCorpusCurrentAsync());
        Assert.False(await store.RefreshCorpusAsync(SampleCorpus.BuildCorpus, SampleCorpus.Version));
        Assert.Equal(Serialize(SampleCorpus.Expected()), Serialize(await store.ExportAsync()));
    }

    [StoreFact]
    public async Task A_refresh_uses_the_documents_handed_in_memory_instead_of_restoring_them()
    {
        var store = await NewStoreAsync();
        var documents = SampleCorpus.Documents();
        await store.AddDocumentsAsync(documents);
        var withoutQuotes = SampleCorpus.Documents()[0];
        withoutQuotes.Quotes = [];

        Assert.True(await store.RefreshCorpusAsync(SampleCorpus.BuildCorpus, SampleCorpus.Version, [withoutQuotes]));

        var quoted = (await store.ExportAsync()).Quotes.Select(q => q.Doc).ToHashSet(StringComparer.Ordinal);
        Assert.DoesNotContain(documents[0].Id, quoted);
        Assert.Contains(documents[1].Id, quoted);
    }

    [StoreFact]
    public async Task A_refresh_restores_a_document_whose_content_is_not_what_was_handed_in_memory()
    {
        var store = await NewStoreAsync();
        var documents = SampleCorpus.Documents();
        await store.AddDocumentsAsync(documents);
        var impostor = DocumentSnapshot.WithId(documents[1], documents[0].Id);

        Assert.True(await store.RefreshCorpusAsync(SampleCorpus.BuildCorpus, SampleCorpus.Version, [impostor, .. documents[1..]]));

        Assert.Equal(Serialize(SampleCorpus.Expected()), Serialize(await store.ExportAsync()));
    }

    [StoreFact]
    public async Task An_ingest_of_nothing_new_completes_a_stale_corpus()
    {
        var store = await NewStoreAsync();
        var documents = SampleCorpus.Documents();
        await store.AddDocumentsAsync(documents);

        var outcome = await AddAsync(store, documents[..1]);

        Assert.Empty(outcome.Added);
        Assert.True(await store.IsCorpusCurrentAsync());
        Assert.Equal(Serialize(SampleCorpus.Expected()), Serialize(await store.ExportAsync()));
    }

    [StoreFact]
    public async Task New_content_under_a_taken_id_gets_a_new_id()
    {
        var store = await NewStoreAsync();
        var documents = SampleCorpus.Documents();
        await AddAsync(store, [documents[0]]);

        var outcome = await AddAsync(store, [DocumentSnapshot.WithId(documents[1], documents[0].Id)]);

        var newId = documents[0].Id + "-2";
        Assert.Equal([newId], outcome.Added);
        Assert.Equal(newId, outcome.Renamed[documents[0].Id]);
        var stored = await store.DocumentAsync(newId);
        Assert.NotNull(stored);
        Assert.Equal(documents[1].ContentHash, stored.ContentHash);
        Assert.Equal(documents[1].Text, stored.Text);
    }

    [StoreFact]
    public async Task A_failure_during_an_ingest_stores_nothing()
    {
        var store = await NewStoreAsync();
        await AddAsync(store, SampleCorpus.Documents()[..1]);
        var before = Serialize(await store.ExportAsync());

        await Assert.ThrowsAsync<InvalidOperationException>(() => store.AddAsync(
            SampleCorpus.Documents()[1..], _ => throw new InvalidOperationException("crash mid-ingest"), SampleCorpus.Version));

        Assert.Equal(before, Serialize(await store.ExportAsync()));
        var retry = await AddAsync(store, SampleCorpus.Documents());
        Assert.Equal(4, retry.Added.Count);
    }

    [StoreFact]
    public async Task Concurrent_ingests_store_each_document_once()
    {
        var store = await NewStoreAsync();

        var outcomes = await Task.WhenAll(
            Task.Run(() => AddAsync(store, SampleCorpus.Documents())),
            Task.Run(() => AddAsync(store, SampleCorpus.Documents())));

        Assert.Equal(5, outcomes.Sum(o => o.Added.Count));
        Assert.Equal(5, (await store.DocumentsAsync(new PageRequest())).Total);
        Assert.Equal(Serialize(SampleCorpus.Expected()), Serialize(await store.ExportAsync()));
    }

    [StoreFact]
    public async Task Lists_come_in_pages()
    {
        var store = await NewStoreAsync();
        await AddAsync(store, SampleCorpus.Documents());
        var expected = SampleCorpus.Expected();

        var entities = await store.EntitiesAsync(new PageRequest(offset: 10, limit: 7));
        var quotes = await store.QuotesAsync(new PageRequest(offset: 0, limit: 3));
        var documents = await store.DocumentsAsync(new PageRequest(offset: 4, limit: 10));
        var events = await store.EventsAsync(new PageRequest());

        Assert.Equal(expected.Entities.Count, entities.Total);
        Assert.Equal(expected.Entities.Skip(10).Take(7).Select(e => e.Id), entities.Items.Select(e => e.Id));
        Assert.Equal((10, 7), (entities.Offset, entities.Limit));
        Assert.Equal(expected.Quotes.Count, quotes.Total);
        Assert.Equal(expected.Quotes.Take(3).Select(Serialize), quotes.Items.Select(Serialize));
        Assert.Equal(5, documents.Total);
        Assert.Equal(expected.Documents[4].Id, Assert.Single(documents.Items).Id);
        Assert.Equal(expected.Events.Count, events.Total);
    }

    [StoreFact]
    public async Task Stories_and_documents_are_found_by_id()
    {
        var store = await NewStoreAsync();
        await AddAsync(store, SampleCorpus.Documents());
        var expected = SampleCorpus.Expected();
        var story = expected.Stories[0];

        var stories = await store.StoriesAsync(new PageRequest());

        Assert.Equal(expected.Stories.Select(s => (s.Id, s.Title, s.Documents.Count)), stories.Items.Select(s => (s.Id, s.Title, s.DocumentCount)));
        Assert.Equal(Serialize(story), Serialize(await store.StoryAsync(story.Id)));
        Assert.Equal(Serialize(expected.Documents[2]), Serialize(await store.DocumentAsync(expected.Documents[2].Id)));
        Assert.Null(await store.StoryAsync("no-such-story"));
        Assert.Null(await store.DocumentAsync("no-such-document"));
    }

    [StoreFact]
    public async Task A_story_dossier_holds_what_its_documents_hold()
    {
        var store = await NewStoreAsync();
        await AddAsync(store, SampleCorpus.Documents());
        var expected = SampleCorpus.Expected();
        var story = expected.Stories[0];
        var ids = StoryScope.Documents(story).ToHashSet(StringComparer.Ordinal);

        var dossier = await store.StoryDossierAsync(story.Id);

        Assert.NotNull(dossier);
        Assert.Equal(Serialize(story), Serialize(Assert.Single(dossier.Stories)));
        Assert.Equal(expected.Documents.Where(d => ids.Contains(d.Id)).Select(Serialize), dossier.Documents.Select(Serialize));
        Assert.Equal(expected.Quotes.Where(q => ids.Contains(q.Doc)).Select(Serialize), dossier.Quotes.Select(Serialize));
        Assert.Equal(expected.Timeline.Where(t => ids.Contains(t.Doc)).Select(Serialize), dossier.Timeline.Select(Serialize));
        Assert.Equal(expected.Amounts.Where(a => ids.Contains(a.Doc)).Select(Serialize), dossier.Amounts.Select(Serialize));
        Assert.Equal(expected.Events.Where(e => e.Evidence.Any(c => ids.Contains(c.Doc))).Select(Serialize), dossier.Events.Select(Serialize));
        Assert.NotEmpty(dossier.Entities);
        Assert.All(dossier.Entities, e => Assert.All(e.Mentions, m => Assert.Contains(m.Doc, ids)));
        Assert.Null(await store.StoryDossierAsync("no-such-story"));
    }

    [StoreFact]
    public async Task Search_finds_documents_quotes_and_entities()
    {
        var store = await NewStoreAsync();
        await AddAsync(store, SampleCorpus.Documents());
        var expected = SampleCorpus.Expected();
        var entity = expected.Entities.First(e => e.Type == "person");
        var quote = expected.Quotes.First(q => q.Text.Split(' ').Length > 6);
        var quoteWords = string.Join(' ', quote.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).Take(4));

        var byName = await store.SearchAsync(entity.Name, 50);
        var byQuote = await store.SearchAsync(quoteWords, 50);

        Assert.Contains(byName, h => h.Kind == "entity" && h.Ref == entity.Id);
        Assert.Contains(byName, h => h.Kind == "document");
        Assert.Contains(byQuote, h => h.Kind == "quote" && h.Ref == $"{quote.Doc}#{quote.Start}" && h.Doc == quote.Doc);
        Assert.All(byName, h => Assert.False(string.IsNullOrWhiteSpace(h.Snippet)));
    }

    [StoreFact]
    public async Task Search_takes_any_text_and_honours_the_limit()
    {
        var store = await NewStoreAsync();
        await AddAsync(store, SampleCorpus.Documents());

        Assert.Empty(await store.SearchAsync("\"unclosed OR ( * : NEAR", 10));
        Assert.Empty(await store.SearchAsync("zzzqqxv", 10));
        Assert.Empty(await store.SearchAsync("   ", 10));
        Assert.Equal(2, (await store.SearchAsync("summit", 2)).Count);
    }

    [StoreFact]
    public async Task The_version_changes_with_every_write_that_changes_the_store()
    {
        var store = await NewStoreAsync();
        var documents = SampleCorpus.Documents();
        var empty = await store.VersionAsync();

        await store.AddDocumentsAsync(documents[..2]);
        var stored = await store.VersionAsync();
        await store.RefreshCorpusAsync(SampleCorpus.BuildCorpus, SampleCorpus.Version);
        var refreshed = await store.VersionAsync();
        await AddAsync(store, documents[..2]);
        var unchanged = await store.VersionAsync();
        await AddAsync(store, documents[2..]);
        var added = await store.VersionAsync();

        Assert.Equal(4, new[] { empty, stored, refreshed, added }.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(refreshed, unchanged);
    }

    [StoreFact]
    public async Task An_empty_store_answers_with_empty_lists()
    {
        var store = await NewStoreAsync();
        await store.InitializeAsync();

        var export = await store.ExportAsync();

        Assert.Empty(export.Documents);
        Assert.Equal(DossierJsonMapper.Schema, export.Schema);
        Assert.Equal(0, (await store.StoriesAsync(new PageRequest())).Total);
        Assert.Empty(await store.SearchAsync("Putin", 10));
    }

    public void Dispose()
    {
        foreach (var store in _stores)
        {
            store.Dispose();
        }

        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
    }

    private static Task<IngestOutcome> AddAsync(IDossierStore store, List<Document> documents) =>
        store.AddAsync(documents, SampleCorpus.BuildCorpus, SampleCorpus.Version);

    private static string Serialize<T>(T value) => System.Text.Json.JsonSerializer.Serialize(value, DossierJsonWriter.Options);

    private async Task<IDossierStore> NewStoreAsync()
    {
        var store = CreateEmptyStore();
        _stores.Add(store);
        await store.InitializeAsync();
        return store;
    }
}
