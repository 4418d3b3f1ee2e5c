using System.Collections.Frozen;
using System.Reflection;
using System.Security.Cryptography;

namespace Dossier.Web;

/// <summary>
/// The web page's files, embedded in this assembly from <c>Page/</c>. Only these names are ever
/// served, so no request path can reach the file system.
/// </summary>
public sealed class PageAssets
{
    private const string Prefix = "page/";

    private readonly FrozenDictionary<string, PageAsset> _byName;

    private PageAssets(FrozenDictionary<string, PageAsset> byName) => _byName = byName;

    public static PageAssets Embedded { get; } = Load(typeof(PageAssets).Assembly);

    public IEnumerable<string> Names => _byName.Keys;

    public PageAsset? Find(string name) => _byName.GetValueOrDefault(name);

    private static PageAssets Load(Assembly assembly)
    {
        var assets = new Dictionary<string, PageAsset>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            var content = buffer.ToArray();
            var name = resource[Prefix.Length..];
            var etag = "\"" + Convert.ToHexStringLower(SHA256.HashData(content))[..16] + "\"";
            assets[name] = new PageAsset(name, ContentType(name), content, etag);
        }

        return new PageAssets(assets.ToFrozenDictionary(StringComparer.Ordinal));
    }

    private static string ContentType(string name) => Path.GetExtension(name) switch
    {
        ".html" => "text/html; charset=utf-8",
        ".js" => "text/javascript; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".svg" => "image/svg+xml",
        ".png" => "image/png",
        _ => "application/octet-stream",
    };
}

public sealed record PageAsset(string Name, string ContentType, byte[] Content, string ETag);
