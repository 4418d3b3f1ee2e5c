using Dossier.Web.Tests;
using Microsoft.Playwright;

namespace Dossier.Browser.Tests;

/// <summary>One chromium and one real server over the sample corpus, shared by a test class.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public KestrelHost Server { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (!File.Exists(Chromium.ExecutablePath))
        {
            return;
        }

        Server = await KestrelHost.StartAsync(withSamples: true);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(Chromium.LaunchOptions);
    }

    public Uri Url(string fragment) => new(Server.Address, "/" + fragment);

    public async Task DisposeAsync()
    {
        if (_playwright is null)
        {
            return;
        }

        await Browser.DisposeAsync();
        _playwright.Dispose();
        await Server.DisposeAsync();
    }
}
