using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Dossier.Core.Model;

namespace Dossier.Web;

/// <summary>
/// An article posted to <c>POST /api/documents</c>, with the fields of an input JSON record:
/// <c>text</c> or <c>html</c> (text wins), and optional <c>id</c>, <c>title</c>, <c>url</c>, <c>published</c>, <c>outlet</c>.
/// </summary>
public sealed partial record UploadedArticle(string? Id, string? Title, string? Url, string? Published, string? Outlet, string? Text, string? Html)
{
    public const int MaxChars = 2_000_000;

    public const int MaxFieldChars = 2_000;

    /// <summary>What is wrong with the upload, by field; empty when it can be analysed.</summary>
    public Dictionary<string, string[]> Problems()
    {
        var problems = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(Text) && string.IsNullOrWhiteSpace(Html))
        {
            problems["text"] = ["Give the article as 'text' or 'html'."];
        }

        if ((Text ?? Html)?.Length > MaxChars)
        {
            problems[Text is not null ? "text" : "html"] = [$"At most {MaxChars} characters."];
        }

        foreach (var (name, value) in new[] { ("id", Id), ("title", Title), ("url", Url), ("published", Published), ("outlet", Outlet) })
        {
            if (value?.Length > MaxFieldChars)
            {
                problems[name] = [$"At most {MaxFieldChars} characters."];
            }
        }

        return problems;
    }

    public RawDocument ToRawDocument()
    {
        var isText = !string.IsNullOrWhiteSpace(Text);
        var content = isText ? Text! : Html!;
        var hash = "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content)));
        var id = SafeId(Id) ?? "upload-" + hash["sha256:".Length..][..12];
        return new RawDocument(
            id,
            "upload:" + id,
            hash,
            isText ? InputFormat.PlainText : InputFormat.Html,
            content,
            new RecordHints(Title, Url, Published, Outlet),
            []);
    }

    // Ids end up in URLs and file names of exports: letters, digits, '.', '-' and '_' only.
    private static string? SafeId(string? id)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            return null;
        }

        var safe = Unsafe().Replace(id.Trim(), "-").Trim('-', '.');
        return safe.Length == 0 ? null : safe[..Math.Min(safe.Length, 100)];
    }

    [GeneratedRegex(@"[^\p{L}\p{N}._-]+")]
    private static partial Regex Unsafe();
}
