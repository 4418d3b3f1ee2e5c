using Microsoft.Playwright;

namespace Dossier.Browser.Tests;

/// <summary>A browser tab that records every dialog, script error and console error it meets.</summary>
public sealed class WatchedPage : IAsyncDisposable
{
    private readonly IBrowserContext _context;

    private WatchedPage(IBrowserContext context, IPage page)
    {
        _context = context;
        Page = page;
        page.Dialog += (_, dialog) =>
        {
            Dialogs.Add(dialog.Message);
            _ = dialog.DismissAsync();
        };
        page.PageError += (_, error) => Errors.Add(error);
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                Errors.Add(message.Text);
            }
        };
    }

    public IPage Page { get; }

    public List<string> Dialogs { get; } = [];

    public List<string> Errors { get; } = [];

    public static async Task<WatchedPage> OpenAsync(IBrowser browser, BrowserNewContextOptions options)
    {
        var context = await browser.NewContextAsync(options);
        return new WatchedPage(context, await context.NewPageAsync());
    }

    /// <summary>Opens the page at <paramref name="fragment"/> ("#/story/x") and waits until that view is complete.</summary>
    public async Task GoAsync(Uri server, string fragment)
    {
        await Page.GotoAsync(new Uri(server, "/" + fragment).ToString());
        await WaitForViewAsync(fragment);
    }

    /// <summary>Waits until the page has finished the view of <paramref name="fragment"/>.</summary>
    public async Task WaitForViewAsync(string fragment)
    {
        var route = fragment.StartsWith("#/", StringComparison.Ordinal) ? fragment[2..] : fragment.TrimStart('#');
        await Page.WaitForFunctionAsync("route => document.getElementById('main').getAttribute('data-rendered') === route", route);
    }

    /// <summary>Whether any script from the data has run: each hostile fixture sets window.__pwned.</summary>
    public Task<bool> PwnedAsync() => Page.EvaluateAsync<bool>("() => window.__pwned !== undefined");

    public async Task ScreenshotAsync(string name) =>
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(RepositoryPaths.Root, "docs", "screenshots", name) });

    public async ValueTask DisposeAsync() => await _context.DisposeAsync();
}
