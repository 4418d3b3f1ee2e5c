using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Dossier.Core.Analysis;
using Dossier.Storage;

namespace Dossier.Web.Tests;

public sealed class StoryDossierCacheTests
{
    [Fact]
    public async Task A_cached_story_dossier_is_rebuilt_after_another_process_ingests()
    {
        await using var host = await ApiHost.StartAsync(withSamples: true);
        var id = await FirstStoryAsync(host.Client);
        var (before, etag) = await GetDossierAsync(host.Client, id);
        using var folder = new TempDirectory();
        var sample = Directory.GetFiles(RepositoryPaths.Samples).Order(StringComparer.Ordinal).First();
        await File.WriteAllTextAsync(Path.Combine(folder.Path, "copy.txt"), await File.ReadAllTextAsync(sample) + "\nFiled as copy 1 of the archive.\n");

        // A second store on the same file stands for another process: the server hears nothing of it.
        using (var otherWriter = new SqliteDossierStore(((SqliteDossierStore)host.Store).FilePath))
        {
            await new DossierIngestor(otherWriter, AnalysisOptions.Default, "0.0.0-test").IngestAsync([folder.Path]);
        }

        var (after, newEtag) = await GetDossierAsync(host.Client, id);

        var story = await GetJsonAsync(host.Client, $"/api/stories/{id}");
        Assert.NotEqual(etag, newEtag);
        Assert.Equal(DocumentIds(before).Count + 1, DocumentIds(after).Count);
        Assert.Contains("copy", DocumentIds(after));
        Assert.Equal(story.ToJsonString(), after["stories"]![0]!.ToJsonString());
    }

    [Fact]
    public async Task A_story_dossier_is_revalidated_by_its_etag()
    {
        await using var host = await ApiHost.StartAsync(withSamples: true);
        var id = await FirstStoryAsync(host.Client);
        var (_, etag) = await GetDossierAsync(host.Client, id);

        using var unchanged = await GetIfNoneMatchAsync(host.Client, id, etag);
        using var other = await GetIfNoneMatchAsync(host.Client, id, new EntityTagHeaderValue("\"another\""));

        Assert.Equal(HttpStatusCode.NotModified, unchanged.StatusCode);
        Assert.Empty(await unchanged.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        Assert.Equal("application/json", other.Content.Headers.ContentType?.MediaType);
    }

    private static async Task<HttpResponseMessage> GetIfNoneMatchAsync(HttpClient client, string id, EntityTagHeaderValue etag)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri($"/api/stories/{id}/dossier", UriKind.Relative));
        request.Headers.IfNoneMatch.Add(etag);
        return await client.SendAsync(request);
    }

    private static async Task<(JsonNode Dossier, EntityTagHeaderValue ETag)> GetDossierAsync(HttpClient client, string id)
    {
        using var response = await client.GetAsync(new Uri($"/api/stories/{id}/dossier", UriKind.Relative));
        response.EnsureSuccessStatusCode();
        var etag = response.Headers.ETag ?? throw new InvalidOperationException("No ETag on the story dossier.");
        return (JsonNode.Parse(await response.Content.ReadAsStringAsync())!, etag);
    }

    private static async Task<string> FirstStoryAsync(HttpClient client) =>
        (await GetJsonAsync(client, "/api/stories"))["items"]![0]!["id"]!.GetValue<string>();

    private static async Task<JsonNode> GetJsonAsync(HttpClient client, string url) =>
        JsonNode.Parse(await client.GetStringAsync(new Uri(url, UriKind.Relative)))!;

    private static List<string> DocumentIds(JsonNode dossier) =>
        [.. dossier["documents"]!.AsArray().Select(d => d!["id"]!.GetValue<string>())];
}
