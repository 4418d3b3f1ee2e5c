using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Dossier.Web.Tests;

public sealed class ReadApiTests(SampleApi api) : IClassFixture<SampleApi>
{
    private HttpClient Client => api.Host.Client;

    [Fact]
    public async Task Stories_are_listed_and_fetched_by_id()
    {
        var list = await GetJsonAsync("/api/stories");
        var id = list["items"]![0]!["id"]!.GetValue<string>();

        var story = await GetJsonAsync($"/api/stories/{id}");

        Assert.Equal(1, list["total"]!.GetValue<int>());
        Assert.Equal(5, list["items"]![0]!["documentCount"]!.GetValue<int>());
        Assert.Equal(id, story["id"]!.GetValue<string>());
        Assert.NotEmpty(story["summary"]!.AsArray());
        Assert.All(story["summary"]!.AsArray(), s => Assert.NotEmpty(s!["citations"]!.AsArray()));
    }

    [Fact]
    public async Task A_story_dossier_holds_the_story_and_every_document_it_cites()
    {
        var id = (await GetJsonAsync("/api/stories"))["items"]![0]!["id"]!.GetValue<string>();

        var dossier = await GetJsonAsync($"/api/stories/{id}/dossier");

        Assert.Equal("dossier/1", dossier["schema"]!.GetValue<string>());
        var story = Assert.Single(dossier["stories"]!.AsArray())!;
        Assert.Equal(id, story["id"]!.GetValue<string>());
        var documents = dossier["documents"]!.AsArray().Select(d => d!["id"]!.GetValue<string>()).ToHashSet(StringComparer.Ordinal);
        Assert.All(story["documents"]!.AsArray(), d => Assert.Contains(d!.GetValue<string>(), documents));
        Assert.All(story["summary"]!.AsArray().SelectMany(s => s!["citations"]!.AsArray()), c => Assert.Contains(c!["doc"]!.GetValue<string>(), documents));
        Assert.All(dossier["documents"]!.AsArray(), d => Assert.False(string.IsNullOrEmpty(d!["text"]!.GetValue<string>())));
        Assert.NotEmpty(dossier["quotes"]!.AsArray());
        Assert.NotEmpty(dossier["timeline"]!.AsArray());
        Assert.NotEmpty(dossier["entities"]!.AsArray());
    }

    [Theory]
    [InlineData("/api/stories/no-such-story/dossier", "No such story")]
    [InlineData("/api/stories/no-such-story", "No such story")]
    [InlineData("/api/documents/no-such-document", "No such document")]
    public async Task Unknown_ids_are_404_problem_details(string url, string title)
    {
        var response = await Client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(title, problem["title"]!.GetValue<string>());
        Assert.Equal(404, problem["status"]!.GetValue<int>());
    }

    [Fact]
    public async Task Lists_are_paged()
    {
        var all = await GetJsonAsync("/api/entities?limit=500");
        var page = await GetJsonAsync("/api/entities?offset=3&limit=4");

        Assert.Equal(all["total"]!.GetValue<int>(), page["total"]!.GetValue<int>());
        Assert.Equal(4, page["items"]!.AsArray().Count);
        Assert.Equal(
            all["items"]!.AsArray().Skip(3).Take(4).Select(e => e!["id"]!.GetValue<string>()),
            page["items"]!.AsArray().Select(e => e!["id"]!.GetValue<string>()));
        Assert.Equal(50, (await GetJsonAsync("/api/quotes"))["limit"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("/api/documents?limit=501", "limit")]
    [InlineData("/api/quotes?limit=0", "limit")]
    [InlineData("/api/entities?offset=-1", "offset")]
    [InlineData("/api/search?q=", "q")]
    [InlineData("/api/search", "q")]
    public async Task Bad_parameters_are_400_validation_problems(string url, string field)
    {
        var response = await Client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.NotNull(problem["errors"]![field]);
    }

    [Fact]
    public async Task A_parameter_that_is_not_a_number_is_400()
    {
        var response = await Client.GetAsync(new Uri("/api/events?limit=abc", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Documents_list_without_text_and_fetch_with_it()
    {
        var list = await GetJsonAsync("/api/documents?limit=2");
        var first = list["items"]![0]!;

        var document = await GetJsonAsync($"/api/documents/{first["id"]!.GetValue<string>()}");

        Assert.Equal(5, list["total"]!.GetValue<int>());
        Assert.Null(first["text"]);
        Assert.StartsWith("sha256:", first["contentHash"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(document["text"]!.GetValue<string>()));
        Assert.NotEmpty(document["sentences"]!.AsArray());
    }

    [Fact]
    public async Task Search_finds_documents_entities_and_quotes()
    {
        var results = await GetJsonAsync("/api/search?q=Putin&limit=100");

        var kinds = results["items"]!.AsArray().Select(h => h!["kind"]!.GetValue<string>()).ToHashSet();
        Assert.Equal("Putin", results["query"]!.GetValue<string>());
        Assert.Contains("document", kinds);
        Assert.Contains("entity", kinds);
        Assert.Contains("quote", kinds);
    }

    [Fact]
    public async Task Events_list_is_a_page()
    {
        var events = await GetJsonAsync("/api/events");

        Assert.NotNull(events["items"]!.AsArray());
        Assert.Equal(events["items"]!.AsArray().Count, events["total"]!.GetValue<int>());
    }

    [Fact]
    public async Task The_openapi_document_describes_every_endpoint()
    {
        var openApi = await GetJsonAsync("/openapi/v1.json");

        var paths = openApi["paths"]!.AsObject().Select(p => p.Key).ToList();
        Assert.Equal(
            ["/api/documents", "/api/documents/{id}", "/api/entities", "/api/events", "/api/quotes", "/api/search", "/api/stories", "/api/stories/{id}", "/api/stories/{id}/dossier"],
            paths.Order(StringComparer.Ordinal));
        Assert.NotNull(openApi["paths"]!["/api/documents"]!["post"]);
    }

    [Fact]
    public async Task Responses_forbid_sniffing_and_scripts()
    {
        var response = await Client.GetAsync(new Uri("/api/stories", UriKind.Relative));

        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Contains("default-src 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
    }

    private async Task<JsonNode> GetJsonAsync(string url)
    {
        var response = await Client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.True(response.IsSuccessStatusCode, $"{url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<JsonNode>())!;
    }
}
