using System.Buffers;
using System.Text;

namespace Dossier.Core.CorpusAnalysis.Clustering;

/// <summary>
/// The words of a web address's path, which often repeat or extend the headline
/// ("/business/money/la-fi-mo-federal-reserve-plosser-stimulus-economy-20140310"): text for
/// clustering a document that has no body. Host, query and fragment are left out, and so are
/// pieces holding digits (dates, ids) and pieces shorter than three letters.
/// </summary>
public static class UrlPathWords
{
    private const int MinLetters = 3;

    private static readonly SearchValues<char> AsciiLetters = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    /// <summary>The path's words separated by spaces, in order; empty when there are none.</summary>
    public static string Of(string? url)
    {
        if (string.IsNullOrEmpty(url))
        {
            return string.Empty;
        }

        var path = Path(url);
        var words = new StringBuilder();
        var start = 0;
        for (var i = 0; i <= path.Length; i++)
        {
            if (i < path.Length && char.IsAsciiLetterOrDigit(path[i]))
            {
                continue;
            }

            var piece = path.AsSpan(start, i - start);
            if (piece.Length >= MinLetters && !piece.ContainsAnyExcept(AsciiLetters))
            {
                words.Append(words.Length > 0 ? " " : string.Empty).Append(piece);
            }

            start = i + 1;
        }

        return words.ToString();
    }

    private static string Path(string url)
    {
        var scheme = url.IndexOf("://", StringComparison.Ordinal);
        var afterHost = scheme < 0 ? 0 : url.IndexOf('/', scheme + 3);
        if (afterHost < 0)
        {
            return string.Empty;
        }

        var end = url.IndexOfAny(['?', '#'], afterHost);
        return end < 0 ? url[afterHost..] : url[afterHost..end];
    }
}
