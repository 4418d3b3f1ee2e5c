using Dossier.Core.Output;
using Dossier.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Net.Http.Headers;

namespace Dossier.Web;

/// <summary>
/// The REST API under <c>/api</c>. Every list takes <c>offset</c> and <c>limit</c> (at most
/// <see cref="PageRequest.MaxLimit"/>) and answers <c>{items, total, offset, limit}</c>; errors are ProblemDetails.
/// </summary>
public static class DossierApi
{
    private const string JsonContentType = "application/json; charset=utf-8";

    public static RouteGroupBuilder MapDossierApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api");
        api.MapGet("/stories", (IDossierStore store, int? offset, int? limit, CancellationToken ct) => ListAsync(offset, limit, page => store.StoriesAsync(page, ct)))
            .WithName("ListStories").WithSummary("Stories, without their summaries.");
        api.MapGet("/stories/{id}", async Task<Results<Ok<StoryJson>, ProblemHttpResult>> (IDossierStore store, string id, CancellationToken ct) =>
                await store.StoryAsync(id, ct).ConfigureAwait(false) is { } story ? TypedResults.Ok(story) : NotFound("story", id))
            .WithName("GetStory").WithSummary("One story: cited summary, agreements, exclusives, conflicts, framing.");
        api.MapGet("/stories/{id}/dossier", StoryDossierAsync)
            .Produces<DossierJson>(StatusCodes.Status200OK, "application/json")
            .WithName("GetStoryDossier").WithSummary("One story as a dossier/1 document: its documents with their text, and the entities, quotes, amounts, timeline and events in them.");
        api.MapGet("/documents", (IDossierStore store, int? offset, int? limit, CancellationToken ct) => ListAsync(offset, limit, page => store.DocumentsAsync(page, ct)))
            .WithName("ListDocuments").WithSummary("Documents without their text.");
        api.MapGet("/documents/{id}", async Task<Results<Ok<DocumentJson>, ProblemHttpResult>> (IDossierStore store, string id, CancellationToken ct) =>
                await store.DocumentAsync(id, ct).ConfigureAwait(false) is { } document ? TypedResults.Ok(document) : NotFound("document", id))
            .WithName("GetDocument").WithSummary("One document with its clean text, removed blocks and sentences.");
        api.MapPost("/documents", IngestAsync)
            .WithName("IngestDocument").WithSummary("Analyse one article and add it; content already stored is not added again.");
        api.MapGet("/entities", (IDossierStore store, int? offset, int? limit, CancellationToken ct) => ListAsync(offset, limit, page => store.EntitiesAsync(page, ct)))
            .WithName("ListEntities");
        api.MapGet("/quotes", (IDossierStore store, int? offset, int? limit, CancellationToken ct) => ListAsync(offset, limit, page => store.QuotesAsync(page, ct)))
            .WithName("ListQuotes");
        api.MapGet("/events", (IDossierStore store, int? offset, int? limit, CancellationToken ct) => ListAsync(offset, limit, page => store.EventsAsync(page, ct)))
            .WithName("ListEvents");
        api.MapGet("/search", SearchAsync)
            .WithName("Search").WithSummary("Full-text search over documents, quotes, entities, events and stories.");
        return api;
    }

    private static async Task<Results<Ok<Page<T>>, ValidationProblem>> ListAsync<T>(int? offset, int? limit, Func<PageRequest, Task<Page<T>>> list)
    {
        if (PageProblems(offset, limit) is { Count: > 0 } problems)
        {
            return TypedResults.ValidationProblem(problems);
        }

        return TypedResults.Ok(await list(new PageRequest(offset ?? 0, limit ?? PageRequest.DefaultLimit)).ConfigureAwait(false));
    }

    // The dossier is sent as the cached bytes with an ETag; a matching If-None-Match gets 304.
    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> StoryDossierAsync(
        StoryDossierCache cache, HttpResponse response, string id, CancellationToken ct)
    {
        if (await cache.GetAsync(id, ct).ConfigureAwait(false) is not { } dossier)
        {
            return NotFound("story", id);
        }

        response.Headers.CacheControl = "no-cache";
        return TypedResults.Bytes(dossier.Json, JsonContentType, entityTag: new EntityTagHeaderValue(dossier.ETag));
    }

    private static async Task<Results<Ok<SearchResults>, ValidationProblem>> SearchAsync(IDossierStore store, string? q, int? limit, CancellationToken ct)
    {
        var problems = PageProblems(0, limit);
        if (string.IsNullOrWhiteSpace(q))
        {
            problems["q"] = ["Give the words to search for in 'q'."];
        }
        else if (q.Length > SearchQuery.MaxLength)
        {
            problems["q"] = [$"At most {SearchQuery.MaxLength} characters."];
        }

        if (problems.Count > 0)
        {
            return TypedResults.ValidationProblem(problems);
        }

        var hits = await store.SearchAsync(q!, limit ?? PageRequest.DefaultLimit, ct).ConfigureAwait(false);
        return TypedResults.Ok(new SearchResults(q!, hits));
    }

    private static async Task<Results<Created<IngestOutcome>, Ok<IngestOutcome>, ValidationProblem>> IngestAsync(
        DossierIngestor ingestor, UploadedArticle article, CancellationToken ct)
    {
        if (article.Problems() is { Count: > 0 } problems)
        {
            return TypedResults.ValidationProblem(problems);
        }

        var outcome = await ingestor.IngestAsync([article.ToRawDocument()], ct).ConfigureAwait(false);
        return outcome.Added.Count > 0
            ? TypedResults.Created($"/api/documents/{Uri.EscapeDataString(outcome.Added[0])}", outcome)
            : TypedResults.Ok(outcome);
    }

    private static Dictionary<string, string[]> PageProblems(int? offset, int? limit)
    {
        var problems = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (offset < 0)
        {
            problems["offset"] = ["Must be 0 or more."];
        }

        if (limit is < 1 or > PageRequest.MaxLimit)
        {
            problems["limit"] = [$"Must be between 1 and {PageRequest.MaxLimit}."];
        }

        return problems;
    }

    private static ProblemHttpResult NotFound(string kind, string id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: $"No such {kind}", detail: $"There is no {kind} with the id '{id}'.");
}
