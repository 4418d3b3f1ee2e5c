using System.Text;
using Dossier.Core.Text;

namespace Dossier.Core.Tests.Text;

/// <summary>
/// Compares a splitter's sentences with a reference segmentation. Reference segmenters return
/// sentences with runs of whitespace collapsed (and pragmatic_segmenter rewrites some text), while
/// ours returns spans of the input; sentences are compared without their whitespace.
/// </summary>
public static class SegmentationCheck
{
    public static string[] Split(SentenceSplitter splitter, string text) =>
        [.. splitter.Split(text).Select(s => Collapse(s.Of(text)))];

    /// <summary>Same sentences up to whitespace: the same boundaries, whatever whitespace the reference's cleaner removed.</summary>
    public static bool Matches(string[] actual, IEnumerable<string> expected) =>
        actual.Select(WithoutWhitespace).SequenceEqual(expected.Select(WithoutWhitespace), StringComparer.Ordinal);

    private static string WithoutWhitespace(string s) => string.Concat(s.Where(c => !char.IsWhiteSpace(c)));

    /// <summary>Whether the expected sentences are the input's own characters (pragmatic_segmenter's cleaner also removes HTML, dot leaders and stray line breaks).</summary>
    public static bool IsSegmentationOf(string text, IEnumerable<string> expected) =>
        string.Concat(expected).Where(c => !char.IsWhiteSpace(c)).SequenceEqual(text.Where(c => !char.IsWhiteSpace(c)));

    public static string Describe(string text, string[] expected, string[] actual)
    {
        var e = expected.Select(Collapse).ToArray();
        var diverge = 0;
        while (diverge < e.Length && diverge < actual.Length && e[diverge] == actual[diverge])
        {
            diverge++;
        }

        // Long texts are shown from the first sentence that differs.
        return $"  text:     {Clip(text.ReplaceLineEndings("\\n"))}\n  expected: {Clip(string.Join(" | ", e.Skip(diverge)))}\n  actual:   {Clip(string.Join(" | ", actual.Skip(diverge)))}";
    }

    private static string Clip(string s) => s.Length <= 500 ? s : s[..500] + "…";

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
