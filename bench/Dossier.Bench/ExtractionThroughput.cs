using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using Dossier.Core.Cleaning;

namespace Dossier.Bench;

/// <summary>
/// <c>extraction DIR [ROUNDS]</c>: pages per second of <see cref="HtmlArticleParser"/> on one thread over the
/// ScrapingHub pages (<c>DIR/html/*.html.gz</c>), decompressed beforehand so that only extraction is timed.
/// </summary>
internal static class ExtractionThroughput
{
    public static int Run(string folder, int rounds)
    {
        var pages = Directory.GetFiles(Path.Combine(folder, "html"), "*.html.gz").Order(StringComparer.Ordinal).Select(Decompress).ToList();
        var parser = new HtmlArticleParser();
        foreach (var html in pages.Take(10))
        {
            parser.Parse(html);
        }

        long chars = 0;
        var watch = Stopwatch.StartNew();
        for (var round = 0; round < rounds; round++)
        {
            foreach (var html in pages)
            {
                chars += parser.Parse(html).Text.Length;
            }
        }

        var seconds = watch.Elapsed.TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"dossier pages {pages.Count * rounds} seconds {seconds:F2} chars {chars}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"pages_per_second {pages.Count * rounds / seconds:F2}"));
        return 0;
    }

    private static string Decompress(string path)
    {
        using var gzip = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
