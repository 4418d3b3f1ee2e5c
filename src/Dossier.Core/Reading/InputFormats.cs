namespace Dossier.Core.Reading;

/// <summary>How an input's name says it is to be read.</summary>
public enum InputKind
{
    Text,
    Html,
    Json,
    JsonLines,
    Unknown,
}

/// <summary>File-name rules: supported extensions, gzip wrapping, and document ids.</summary>
public static class InputFormats
{
    public static bool IsGzip(string path) => path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase);

    /// <summary>The kind the file name announces, looking through a trailing <c>.gz</c>.</summary>
    public static InputKind KindOf(string path)
    {
        var name = IsGzip(path) ? path[..^3] : path;
        return Path.GetExtension(name).ToUpperInvariant() switch
        {
            ".TXT" or ".TEXT" => InputKind.Text,
            ".HTML" or ".HTM" or ".XHTML" => InputKind.Html,
            ".JSON" => InputKind.Json,
            ".JSONL" or ".NDJSON" => InputKind.JsonLines,
            _ => InputKind.Unknown,
        };
    }

    public static bool IsSupported(string path) => KindOf(path) != InputKind.Unknown;

    /// <summary>The file name with every extension removed: <c>abc.html.gz</c> → <c>abc</c>.</summary>
    public static string IdOf(string path)
    {
        var name = Path.GetFileName(path);
        var dot = name.IndexOf('.', 1);
        return dot > 0 ? name[..dot] : name;
    }
}
