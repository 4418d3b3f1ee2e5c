using System.Net;
using System.Net.Http.Json;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Dossier.Web.Tests;

public sealed class IngestApiTests
{
    private const string Hostile = """
        Kim meets Putin <script>alert('x')</script>

        North Korean leader Kim Jong Un arrived in Vladivostok on Wednesday <img src=x onerror="alert(1)">.
        “We came with warm feelings,” Kim said, pointing to <a href="javascript:alert(2)">the report</a>.
        """;

    [Fact]
    public async Task A_posted_article_is_analysed_stored_once_and_served_as_json_only()
    {
        await using var host = await ApiHost.StartAsync(withSamples: false);

        var created = await host.Client.PostAsJsonAsync("/api/documents", new { id = "../../etc/passwd", title = "<b>t</b>", text = Hostile });
        var again = await host.Client.PostAsJsonAsync("/api/documents", new { text = Hostile });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var outcome = JsonNode.Parse(await created.Content.ReadAsStringAsync())!;
        var id = outcome["added"]![0]!.GetValue<string>();
        Assert.Equal("etc-passwd", id);
        Assert.Equal($"/api/documents/{id}", created.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Empty(JsonNode.Parse(await again.Content.ReadAsStringAsync())!["added"]!.AsArray());

        var response = await host.Client.GetAsync(new Uri($"/api/documents/{id}", UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("<script", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", body, StringComparison.OrdinalIgnoreCase);
        var document = JsonNode.Parse(body)!;
        var decoded = document.ToJsonString(new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        Assert.Contains("<script>alert('x')</script>", decoded, StringComparison.Ordinal);
        Assert.Contains("onerror=", document["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("upload:etc-passwd", document["source"]!.GetValue<string>());

        var quotes = JsonNode.Parse(await host.Client.GetStringAsync(new Uri("/api/quotes", UriKind.Relative)))!;
        Assert.Contains(quotes["items"]!.AsArray(), q => q!["text"]!.GetValue<string>() == "We came with warm feelings");
    }

    [Fact]
    public async Task An_upload_without_text_is_a_validation_problem()
    {
        await using var host = await ApiHost.StartAsync(withSamples: false);

        var response = await host.Client.PostAsJsonAsync("/api/documents", new { title = "nothing else" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull(JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]!["text"]);
    }

    [Fact]
    public async Task An_oversized_upload_is_refused()
    {
        await using var host = await ApiHost.StartAsync(withSamples: false);

        var response = await host.Client.PostAsJsonAsync("/api/documents", new { text = new string('a', UploadedArticle.MaxChars + 1) });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, (await host.Store.DocumentsAsync(new Storage.PageRequest())).Total);
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_400()
    {
        await using var host = await ApiHost.StartAsync(withSamples: false);

        using var content = new StringContent("{not json", System.Text.Encoding.UTF8, "application/json");
        var response = await host.Client.PostAsync(new Uri("/api/documents", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
