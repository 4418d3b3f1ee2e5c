using System.Net.Http.Json;
using Dossier.Web.Tests;
using Microsoft.Playwright;

namespace Dossier.Browser.Tests;

/// <summary>
/// Article text is untrusted: hostile articles ingested through the API, typed into the upload
/// form, or served as a story dossier full of markup never run a script or open a dialog, and
/// their words show as text. Every payload sets <c>window.__pwned</c> if it ever runs.
/// </summary>
public sealed class HostileContentTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [ChromiumFact]
    public async Task Ingested_hostile_articles_show_as_text_on_every_view()
    {
        using var client = new HttpClient { BaseAddress = browser.Server.Address };
        foreach (var article in HostileArticles.All)
        {
            (await client.PostAsJsonAsync("/api/documents", article)).EnsureSuccessStatusCode();
        }

        await using var tab = await WatchedPage.OpenAsync(browser.Browser, Chromium.Laptop);
        var page = tab.Page;
        string[] routes = ["#/", "#/documents", "#/doc/hostile-1", "#/doc/hostile-2", "#/search/script", "#/search/pwned", "#/search/Vladivostok"];
        foreach (var route in routes)
        {
            await tab.GoAsync(browser.Server.Address, route);
            await HoverEverythingAsync(page);
        }

        await tab.GoAsync(browser.Server.Address, "#/");
        var stories = await page.Locator(".story-link").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        Assert.NotEmpty(stories);
        foreach (var story in stories)
        {
            await tab.GoAsync(browser.Server.Address, story);
            Assert.Equal(1, await page.Locator(".story h1").CountAsync());
            await HoverEverythingAsync(page);
        }

        await tab.GoAsync(browser.Server.Address, "#/doc/hostile-1");
        Assert.Equal("Summit </script><script>window.__pwned=1</script>", await page.Locator(".document h1").TextContentAsync());
        Assert.Contains("<script>window.__pwned=4</script>", await page.Locator(".article-text").TextContentAsync(), StringComparison.Ordinal);
        await AssertNothingRanAsync(tab);
    }

    [ChromiumFact]
    public async Task A_hostile_article_typed_into_the_upload_form_is_stored_and_shown_as_text()
    {
        await using var tab = await WatchedPage.OpenAsync(browser.Browser, Chromium.Laptop);
        var page = tab.Page;
        await tab.GoAsync(browser.Server.Address, "#/upload");

        await page.Locator("#upload-title").FillAsync("Form <img src=x onerror=window.__pwned=40>");
        await page.Locator("#upload-outlet").FillAsync("Form Times");
        await page.Locator("#upload-text").FillAsync("Putin welcomed Kim Jong Un to Vladivostok <script>window.__pwned=41</script> on Thursday.");
        await page.Locator("#upload-form button[type=submit]").ClickAsync();
        var added = page.Locator(".status .ok a");
        await added.WaitForAsync(new LocatorWaitForOptions { Timeout = 120_000 });
        await tab.ScreenshotAsync("upload-laptop.png");
        await added.ClickAsync();
        await page.Locator(".document h1").WaitForAsync();

        Assert.Equal("Form <img src=x onerror=window.__pwned=40>", await page.Locator(".document h1").TextContentAsync());
        Assert.Contains("<script>window.__pwned=41</script>", await page.Locator(".article-text").TextContentAsync(), StringComparison.Ordinal);
        await AssertNothingRanAsync(tab);
    }

    [ChromiumFact]
    public async Task A_story_with_every_section_filled_renders_them_and_runs_none_of_its_markup()
    {
        var fixture = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Fixtures", "synthetic-dossier.json"));
        await using var tab = await WatchedPage.OpenAsync(browser.Browser, Chromium.Laptop);
        var page = tab.Page;
        await page.RouteAsync("**/api/stories/synthetic/dossier", route => route.FulfillAsync(new RouteFulfillOptions
        {
            Status = 200,
            ContentType = "application/json",
            Body = fixture,
        }));

        await tab.GoAsync(browser.Server.Address, "#/story/synthetic");
        await HoverEverythingAsync(page);

        Assert.Equal("Synthetic </script><script>window.__pwned=24</script> summit", await page.Locator(".story h1").TextContentAsync());
        Assert.Equal(3, await page.Locator("table.events tbody tr").CountAsync());
        Assert.Equal(3, await page.Locator(".network-chart path.event").CountAsync());
        Assert.Equal(1, await page.Locator(".network-chart path.event.conflict").CountAsync());
        var events = await page.Locator("table.events").TextContentAsync();
        Assert.Contains("criticised", events, StringComparison.Ordinal);
        Assert.Contains("aided", events, StringComparison.Ordinal);
        Assert.Contains("met / consulted", events, StringComparison.Ordinal);
        Assert.Equal(1, await page.Locator("#agreements .statement").CountAsync());
        Assert.Equal(1, await page.Locator("#exclusives .statement").CountAsync());
        Assert.Equal(2, await page.Locator(".conflict-item li").CountAsync());
        Assert.Equal("the stupidity of the sanctions", await page.Locator("#framing mark.framing").TextContentAsync());
        Assert.Contains("copy of", await page.Locator(".source[data-doc=syn-c]").TextContentAsync(), StringComparison.Ordinal);
        Assert.Contains("re-posted from Alpha News", await page.Locator(".source[data-doc=syn-b]").TextContentAsync(), StringComparison.Ordinal);
        Assert.Equal(2, await page.Locator(".timeline-chart .dot").CountAsync());
        Assert.Equal(0, await page.Locator("a[href^='javascript:' i]").CountAsync());
        Assert.Equal(["https://example.org/b?x=%3Cscript%3E"], await page.Locator("a.external").EvaluateAllAsync<string[]>("links => links.map(a => a.href)"));

        await page.Locator(".source-title").First.ClickAsync();
        await page.Locator(".document h1").WaitForAsync();
        Assert.Equal("the stupidity of the sanctions", await page.Locator(".article-text mark.framing").TextContentAsync());
        Assert.Equal(0, await page.Locator("a[href^='javascript:' i]").CountAsync());
        Assert.Contains("javascript:window.__pwned=20", await page.Locator(".doc-meta").TextContentAsync(), StringComparison.Ordinal);
        await AssertNothingRanAsync(tab);
    }

    /// <summary>Sends pointer and focus events to what reacts to them, where an injected handler would fire.</summary>
    private static async Task HoverEverythingAsync(IPage page)
    {
        foreach (var target in (await page.Locator("main :is(.cite, mark, .node, .dot, h1, .snippet, td, li, q)").AllAsync()).Take(80))
        {
            foreach (var type in new[] { "mouseover", "mouseenter", "focus", "mouseleave" })
            {
                await target.DispatchEventAsync(type);
            }
        }
    }

    private static async Task AssertNothingRanAsync(WatchedPage tab)
    {
        Assert.False(await tab.PwnedAsync(), "a script from an article ran");
        Assert.Empty(tab.Dialogs);
        Assert.Empty(tab.Errors);
        Assert.Equal(1, await tab.Page.Locator("script").CountAsync());
        Assert.Equal(0, await tab.Page.Locator("main iframe, main img, main object, main embed, main [onerror], main [onload], main [onmouseover]").CountAsync());
    }
}
