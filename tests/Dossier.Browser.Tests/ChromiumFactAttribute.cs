namespace Dossier.Browser.Tests;

/// <summary>
/// A test that drives Debian's chromium; skipped, with the reason, where it is not installed
/// (<c>.ci/run</c> installs it; Playwright's own browser download is never used).
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (!File.Exists(Chromium.ExecutablePath))
        {
            Skip = $"needs Debian's chromium at {Chromium.ExecutablePath} (apt-get install -y chromium; .ci/run installs it)";
        }
    }
}
