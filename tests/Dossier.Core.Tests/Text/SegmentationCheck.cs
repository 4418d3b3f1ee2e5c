using System.Text;
using Dossier.Core.Text;

namespace Dossier.Core.Tests.Text;

/// <summary>
/// Compares a splitter's sentences with a reference segmentation. Reference segmenters return
/// sentences with runs of whitespace collapsed (and pragmatic_segmenter rewrites some text), while
/// ours returns spans of the input; both sides are compared with whitespace runs collapsed to one space.
/// </summary>
public static class SegmentationCheck
{
    public static string[] Split(SentenceSplitter splitter, string text) =>
        [.. splitter.Split(text).Select(s => Collapse(s.Of(text)))];

    public static bool Matches(string[] actual, IEnumerable<string> expected) =>
        actual.SequenceEqual(expected.Select(Collapse), StringComparer.Ordinal);

    /// <summary>Whether the expected sentences are the input's own characters (pragmatic_segmenter's cleaner also removes HTML, dot leaders and stray line breaks).</summary>
    public static bool IsSegmentationOf(string text, IEnumerable<string> expected) =>
        string.Concat(expected).Where(c => !char.IsWhiteSpace(c)).SequenceEqual(text.Where(c => !char.IsWhiteSpace(c)));

    public static string Describe(string text, string[] expected, string[] actual) =>
        $"  text:     {text.ReplaceLineEndings("\\n")}\n  expected: {string.Join(" | ", expected)}\n  actual:   {string.Join(" | ", actual)}";

    private static string Collapse(string s)
    {
        var result = new StringBuilder(s.Length);
        var space = false;
        foreach (var c in s.Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space)
            {
                result.Append(' ');
                space = false;
            }

            result.Append(c);
        }

        return result.ToString();
    }
}
