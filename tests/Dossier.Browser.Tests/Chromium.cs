using Microsoft.Playwright;

namespace Dossier.Browser.Tests;

/// <summary>How these tests start the browser: always Debian's chromium, headless, offline-minded.</summary>
public static class Chromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    public static BrowserTypeLaunchOptions LaunchOptions { get; } = new()
    {
        ExecutablePath = ExecutablePath,
        Headless = true,
        Args =
        [
            "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
        ],
    };

    public static BrowserNewContextOptions Laptop { get; } = new() { ViewportSize = new ViewportSize { Width = 1366, Height = 860 } };

    public static BrowserNewContextOptions Phone { get; } = new()
    {
        ViewportSize = new ViewportSize { Width = 390, Height = 844 },
        IsMobile = true,
        HasTouch = true,
        DeviceScaleFactor = 1,
    };
}
