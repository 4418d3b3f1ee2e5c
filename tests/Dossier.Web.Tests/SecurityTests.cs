using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;

namespace Dossier.Web.Tests;

/// <summary>Article text is untrusted: what the API sends back can never be read as markup, and the server takes care where it listens and what it reads.</summary>
public sealed class SecurityTests
{
    [Fact]
    public async Task Hostile_articles_come_back_only_as_escaped_json()
    {
        await using var host = await ApiHost.StartAsync(withSamples: false);
        foreach (var article in HostileArticles.All)
        {
            Assert.Equal(HttpStatusCode.Created, (await host.Client.PostAsJsonAsync("/api/documents", article)).StatusCode);
        }

        var stories = JsonNode.Parse(await host.Client.GetStringAsync(new Uri("/api/stories", UriKind.Relative)))!;
        var storyId = stories["items"]![0]!["id"]!.GetValue<string>();
        string[] urls =
        [
            "/api/stories", $"/api/stories/{storyId}", $"/api/stories/{storyId}/dossier", "/api/documents",
            "/api/documents/hostile-1", "/api/documents/hostile-2", "/api/quotes", "/api/entities", "/api/events",
            "/api/search?q=script", "/api/search?q=pwned", "/api/search?q=Putin",
        ];
        foreach (var url in urls)
        {
            var response = await host.Client.GetAsync(new Uri(url, UriKind.Relative));
            var body = await response.Content.ReadAsStringAsync();

            Assert.True(response.IsSuccessStatusCode, $"{url}: {(int)response.StatusCode}");
            Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
            Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
            Assert.StartsWith("default-src 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
            Assert.False(body.IndexOfAny(['<', '>']) >= 0, $"{url} sends a raw < or >: {body[..Math.Min(300, body.Length)]}");
            Assert.DoesNotContain("'", body, StringComparison.Ordinal);
            Assert.NotNull(JsonNode.Parse(body));
        }

        var document = JsonNode.Parse(await host.Client.GetStringAsync(new Uri("/api/documents/hostile-1", UriKind.Relative)))!;
        Assert.Contains("<script>window.__pwned=4</script>", document["text"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_server_listens_on_loopback_unless_told_otherwise()
    {
        var defaults = new DossierWebOptions();
        await using var host = await KestrelHost.StartAsync(withSamples: false);

        Assert.Equal(DossierWebOptions.DefaultUrls, defaults.Urls);
        Assert.True(IPAddress.IsLoopback(IPAddress.Parse(new Uri(defaults.Urls).Host)), defaults.Urls);
        Assert.True(IPAddress.IsLoopback(IPAddress.Parse(host.Address.Host)), host.Address.ToString());
        using var client = new HttpClient { BaseAddress = host.Address };
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/", UriKind.Relative))).StatusCode);
        foreach (var address in NonLoopbackAddresses())
        {
            using var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
            await Assert.ThrowsAnyAsync<SocketException>(async () => await socket.ConnectAsync(address, host.Address.Port));
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_body_over_the_limit_is_413_with_or_without_a_length(bool chunked)
    {
        await using var host = await KestrelHost.StartAsync(withSamples: false, maxRequestBytes: 64 * 1024);
        using var client = new HttpClient { BaseAddress = host.Address };
        var json = "{\"text\":\"" + new string('a', 100 * 1024) + "\"}";
        using var content = chunked
            ? (HttpContent)new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(json)))
            : new StringContent(json, Encoding.UTF8);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/documents", UriKind.Relative)) { Content = content };
        request.Headers.TransferEncodingChunked = chunked;

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(0, (await host.Store.DocumentsAsync(new Storage.PageRequest())).Total);
    }

    [Fact]
    public async Task A_body_under_the_limit_is_taken()
    {
        await using var host = await KestrelHost.StartAsync(withSamples: false, maxRequestBytes: 64 * 1024);
        using var client = new HttpClient { BaseAddress = host.Address };

        var response = await client.PostAsJsonAsync("/api/documents", new { text = "Kim Jong Un met Vladimir Putin in Vladivostok on Thursday." });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Theory]
    [InlineData("/assets/../../../../etc/passwd")]
    [InlineData("/assets/..%2F..%2F..%2F..%2Fetc%2Fpasswd")]
    [InlineData("/assets/%2e%2e/%2e%2e/Dossier.Web.dll")]
    [InlineData("/assets/..\\..\\appsettings.json")]
    [InlineData("/assets/app.js%00.txt")]
    [InlineData("/../../../etc/passwd")]
    [InlineData("/api/documents/..%2F..%2F..%2Fetc%2Fpasswd")]
    [InlineData("//etc/passwd")]
    public async Task Path_traversal_sent_as_is_reaches_no_file(string target)
    {
        await using var host = await KestrelHost.StartAsync(withSamples: false);

        // A raw request line: HttpClient would tidy the dots away before sending.
        var (status, body) = await RawGetAsync(host.Address, target);

        Assert.True(status is 400 or 404, $"{target}: {status}");
        Assert.DoesNotContain("root:", body, StringComparison.Ordinal);
        Assert.DoesNotContain("SQLite format", body, StringComparison.Ordinal);
    }

    private static async Task<(int Status, string Body)> RawGetAsync(Uri server, string target)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(server.Host, server.Port);
        var stream = tcp.GetStream();
        var request = Encoding.ASCII.GetBytes($"GET {target} HTTP/1.1\r\nHost: {server.Authority}\r\nConnection: close\r\n\r\n");
        await stream.WriteAsync(request);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var response = await reader.ReadToEndAsync();
        var status = int.Parse(response.Split(' ', 3)[1], System.Globalization.CultureInfo.InvariantCulture);
        return (status, response);
    }

    private static IEnumerable<IPAddress> NonLoopbackAddresses() =>
        System.Net.NetworkInformation.NetworkInterface.GetAllNetworkInterfaces()
            .SelectMany(i => i.GetIPProperties().UnicastAddresses)
            .Select(a => a.Address)
            .Where(a => a.AddressFamily == AddressFamily.InterNetwork && !IPAddress.IsLoopback(a));
}
