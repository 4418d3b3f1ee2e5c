using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;

namespace Dossier.Web.Tests;

public sealed partial class PageTests(SampleApi api) : IClassFixture<SampleApi>
{
    private HttpClient Client => api.Host.Client;

    [Fact]
    public async Task The_page_is_served_at_the_root_under_a_strict_content_security_policy()
    {
        var response = await Client.GetAsync(new Uri("/", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Equal(DossierPage.ContentSecurityPolicy, policy);
        Assert.Contains("default-src 'none'", policy, StringComparison.Ordinal);
        Assert.Contains("script-src 'self';", policy, StringComparison.Ordinal);
        Assert.Contains("require-trusted-types-for 'script'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("*", policy, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
    }

    [Fact]
    public async Task The_page_has_no_inline_script_style_or_handler_and_nothing_from_elsewhere()
    {
        var html = await Client.GetStringAsync(new Uri("/", UriKind.Relative));

        var scripts = ScriptTag().Matches(html);
        Assert.NotEmpty(scripts);
        Assert.All(scripts, s => Assert.Matches("""src="/assets/[a-z-]+\.js" *>$""", s.Groups["open"].Value));
        Assert.All(scripts, s => Assert.Empty(s.Groups["body"].Value.Trim()));
        Assert.DoesNotMatch(@"<style|\sstyle=|\son[a-z]+=", html);
        Assert.DoesNotMatch("(src|href)=\"(https?:)?//", html);
    }

    [Fact]
    public async Task Every_module_and_stylesheet_the_page_loads_is_served_with_its_type()
    {
        var html = await Client.GetStringAsync(new Uri("/", UriKind.Relative));
        var pending = new Queue<string>(AssetReference().Matches(html).Select(m => m.Groups["name"].Value));
        var seen = new HashSet<string>(StringComparer.Ordinal);

        while (pending.TryDequeue(out var name))
        {
            if (!seen.Add(name))
            {
                continue;
            }

            var response = await Client.GetAsync(new Uri("/assets/" + name, UriKind.Relative));
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"/assets/{name}: {(int)response.StatusCode}");
            var expected = name.EndsWith(".js", StringComparison.Ordinal) ? "text/javascript" : "text/css";
            Assert.Equal(expected, response.Content.Headers.ContentType?.MediaType);
            Assert.Equal(DossierPage.ContentSecurityPolicy, response.Headers.GetValues("Content-Security-Policy").Single());
            foreach (Match import in ModuleImport().Matches(await response.Content.ReadAsStringAsync()))
            {
                pending.Enqueue(import.Groups["name"].Value);
            }
        }

        Assert.Contains("app.js", seen);
        Assert.Contains("story.js", seen);
        Assert.Contains("app.css", seen);
        Assert.Equal(PageAssets.Embedded.Names.Order(StringComparer.Ordinal), seen.Append("index.html").Order(StringComparer.Ordinal));
    }

    [Fact]
    public void No_script_writes_markup_or_runs_strings_as_code()
    {
        var scripts = PageAssets.Embedded.Names.Where(n => n.EndsWith(".js", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(scripts);
        foreach (var name in scripts)
        {
            var code = System.Text.Encoding.UTF8.GetString(PageAssets.Embedded.Find(name)!.Content);
            Assert.DoesNotMatch(@"innerHTML|outerHTML|insertAdjacentHTML|document\.write|\beval\(|new Function|setTimeout\(\s*['""`]|createContextualFragment|DOMParser", code);
            if (name != "dom.js")
            {
                // Only dom.js sets link targets: link() for routes, externalLink() after checking for http(s).
                Assert.DoesNotMatch(@"setAttribute\(\s*['""](href|src|srcdoc)|\.href\s*=|\.src\s*=|srcdoc", code);
            }
        }
    }

    [Theory]
    [InlineData("/assets/nothing.js")]
    [InlineData("/assets/..%2F..%2F..%2F..%2Fetc%2Fpasswd")]
    [InlineData("/assets/%2e%2e%2f%2e%2e%2fDossier.Web.dll")]
    [InlineData("/assets/..%5C..%5Cappsettings.json")]
    [InlineData("/assets/Page/app.js")]
    [InlineData("/assets/page%2Fapp.js")]
    [InlineData("/api/documents/..%2F..%2F..%2Fetc%2Fpasswd")]
    [InlineData("/api/stories/..%2F..%2Fdossier.db")]
    public async Task Unknown_names_and_path_traversal_are_404(string url)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(url, UriKind.Relative));

        var response = await Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("root:", body, StringComparison.Ordinal);
        Assert.DoesNotContain("SQLite format", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unchanged_asset_is_304()
    {
        var first = await Client.GetAsync(new Uri("/assets/app.js", UriKind.Relative));
        using var again = new HttpRequestMessage(HttpMethod.Get, new Uri("/assets/app.js", UriKind.Relative));
        again.Headers.IfNoneMatch.Add(EntityTagHeaderValue.Parse(first.Headers.ETag!.ToString()));

        var response = await Client.SendAsync(again);

        Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
        Assert.Equal("no-cache", first.Headers.CacheControl?.ToString());
    }

    [GeneratedRegex(@"(?<open><script[^>]*>)(?<body>.*?)</script>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex ScriptTag();

    [GeneratedRegex(@"(?:src|href)=""/assets/(?<name>[^""]+)""")]
    private static partial Regex AssetReference();

    [GeneratedRegex("""from '\./(?<name>[a-z-]+\.js)'""")]
    private static partial Regex ModuleImport();
}
