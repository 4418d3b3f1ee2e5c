using System.Text.Json.Nodes;
using Microsoft.Playwright;

namespace Dossier.Browser.Tests;

/// <summary>The sample story in a real browser: every section, and clicking through sources, citations, quotes and search.</summary>
public sealed class StoryPageTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [ChromiumFact]
    public async Task The_story_page_shows_its_sections_and_a_citation_shows_its_sentence()
    {
        var (storyId, dossier) = await SampleStoryAsync();
        await using var tab = await WatchedPage.OpenAsync(browser.Browser, Chromium.Laptop);
        var page = tab.Page;

        await page.GotoAsync(browser.Url("#/").ToString());
        await page.Locator(".story-link").First.ClickAsync();
        await page.Locator(".story h1").WaitForAsync();

        Assert.Equal($"#/story/{storyId}", new Uri(page.Url).Fragment);
        Assert.Equal(dossier["stories"]![0]!["title"]!.GetValue<string>(), await page.Locator(".story h1").TextContentAsync());
        Assert.Equal(dossier["stories"]![0]!["documents"]!.AsArray().Count, await page.Locator(".source").CountAsync());
        Assert.Equal(dossier["stories"]![0]!["summary"]!.AsArray().Count, await page.Locator("#summary .statement").CountAsync());
        Assert.True(await page.Locator(".timeline-chart .dot").CountAsync() > 0);
        Assert.True(await page.Locator(".network-chart .node").CountAsync() > 1);
        Assert.True(await page.Locator(".quote-board .speaker").CountAsync() > 0);
        foreach (var id in new[] { "sources", "summary", "agreements", "exclusives", "conflicts", "timeline", "network", "quotes", "events", "framing" })
        {
            Assert.Equal(1, await page.Locator($"section#{id} h2").CountAsync());
        }

        var cite = page.Locator("#summary .cite").First;
        await cite.HoverAsync();
        var tooltip = page.Locator("#tooltip");
        await tooltip.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible });
        var citation = dossier["stories"]![0]!["summary"]![0]!["citations"]![0]!;
        Assert.Contains(Sentence(dossier, citation["doc"]!.GetValue<string>(), citation["sentence"]!.GetValue<int>()), await tooltip.TextContentAsync(), StringComparison.Ordinal);
        await tab.ScreenshotAsync("story-laptop.png");

        await page.Locator("section#network").ScrollIntoViewIfNeededAsync();
        await page.Locator(".network-chart .node").First.ClickAsync();
        Assert.True(await page.Locator(".network-chart .lit").CountAsync() > 0);
        await page.Locator("section#network").ScreenshotAsync(new LocatorScreenshotOptions { Path = ScreenshotPath("network-laptop.png") });

        await cite.ClickAsync();
        var focused = page.Locator(".article-text .sentence.focus");
        await focused.WaitForAsync();
        Assert.Equal(Sentence(dossier, citation["doc"]!.GetValue<string>(), citation["sentence"]!.GetValue<int>()), await focused.TextContentAsync());
        Assert.Empty(tab.Errors);
        Assert.Empty(tab.Dialogs);
    }

    [ChromiumFact]
    public async Task A_source_opens_its_clean_text_and_removed_blocks()
    {
        var (storyId, dossier) = await SampleStoryAsync();
        await using var tab = await WatchedPage.OpenAsync(browser.Browser, Chromium.Laptop);
        var page = tab.Page;
        await page.GotoAsync(browser.Url($"#/story/{storyId}").ToString());

        await page.Locator(".source-title").First.ClickAsync();
        await page.Locator(".document h1").WaitForAsync();

        var first = dossier["documents"]!.AsArray().Single(d => d!["id"]!.GetValue<string>() == dossier["stories"]![0]!["documents"]![0]!.GetValue<string>())!;
        Assert.Equal(first["title"]!.GetValue<string>(), await page.Locator(".document h1").TextContentAsync());
        Assert.Equal(first["text"]!.GetValue<string>(), await page.Locator(".article-text").TextContentAsync());
        Assert.Equal(first["sentences"]!.AsArray().Count, await page.Locator(".article-text .sentence").CountAsync());
        Assert.Equal(first["removed"]!.AsArray().Count, await page.Locator(".removed li").CountAsync());
        Assert.True(await page.Locator(".article-text mark.quote").CountAsync() > 0);
        await tab.ScreenshotAsync("document-laptop.png");

        await page.Locator(".back").ClickAsync();
        await page.Locator(".story h1").WaitForAsync();
        Assert.Empty(tab.Errors);
    }

    [ChromiumFact]
    public async Task A_quote_opens_the_article_at_the_quoted_words()
    {
        var (storyId, dossier) = await SampleStoryAsync();
        await using var tab = await WatchedPage.OpenAsync(browser.Browser, Chromium.Laptop);
        var page = tab.Page;
        await page.GotoAsync(browser.Url($"#/story/{storyId}").ToString());

        var link = page.Locator(".quote-link").First;
        var quoted = await link.TextContentAsync();
        await link.ClickAsync();
        var focus = page.Locator(".article-text mark.focus");
        await focus.First.WaitForAsync();

        var text = string.Concat(await focus.AllTextContentsAsync());
        Assert.Equal(quoted, text);
        Assert.Contains(dossier["quotes"]!.AsArray(), q => q!["text"]!.GetValue<string>() == quoted);
        Assert.Empty(tab.Errors);
    }

    [ChromiumFact]
    public async Task Search_lists_hits_that_lead_to_their_documents()
    {
        await using var tab = await WatchedPage.OpenAsync(browser.Browser, Chromium.Laptop);
        var page = tab.Page;
        await page.GotoAsync(browser.Url("#/").ToString());

        await page.Locator("#search-input").FillAsync("Vladivostok");
        await page.Locator("#search-input").PressAsync("Enter");
        await page.Locator(".results .hit").First.WaitForAsync();

        Assert.True(await page.Locator(".hit.document").CountAsync() > 0);
        await tab.ScreenshotAsync("search-laptop.png");
        await page.Locator(".hit.document .hit-link").First.ClickAsync();
        await page.Locator(".document h1").WaitForAsync();
        Assert.Contains("Vladivostok", await page.Locator(".article-text").TextContentAsync(), StringComparison.Ordinal);
        Assert.Empty(tab.Errors);
    }

    [ChromiumFact]
    public async Task On_a_phone_the_story_fits_the_screen_width()
    {
        var (storyId, _) = await SampleStoryAsync();
        await using var tab = await WatchedPage.OpenAsync(browser.Browser, Chromium.Phone);
        var page = tab.Page;

        await page.GotoAsync(browser.Url($"#/story/{storyId}").ToString());
        await page.Locator(".story h1").WaitForAsync();

        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "the page scrolls sideways on a phone");
        await tab.ScreenshotAsync("story-phone.png");
        await page.Locator(".source-title").First.ClickAsync();
        await page.Locator(".document h1").WaitForAsync();
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "the document scrolls sideways on a phone");
        await tab.ScreenshotAsync("document-phone.png");
        Assert.Empty(tab.Errors);
    }

    private static string ScreenshotPath(string name) => Path.Combine(RepositoryPaths.Root, "docs", "screenshots", name);

    private static string Sentence(JsonNode dossier, string docId, int index)
    {
        var doc = dossier["documents"]!.AsArray().Single(d => d!["id"]!.GetValue<string>() == docId)!;
        var span = doc["sentences"]![index]!;
        var start = span["start"]!.GetValue<int>();
        return doc["text"]!.GetValue<string>()[start..span["end"]!.GetValue<int>()];
    }

    private async Task<(string Id, JsonNode Dossier)> SampleStoryAsync()
    {
        using var client = new HttpClient { BaseAddress = browser.Server.Address };
        var stories = JsonNode.Parse(await client.GetStringAsync(new Uri("/api/stories", UriKind.Relative)))!;
        var id = stories["items"]![0]!["id"]!.GetValue<string>();
        var dossier = JsonNode.Parse(await client.GetStringAsync(new Uri($"/api/stories/{Uri.EscapeDataString(id)}/dossier", UriKind.Relative)))!;
        return (id, dossier);
    }
}
