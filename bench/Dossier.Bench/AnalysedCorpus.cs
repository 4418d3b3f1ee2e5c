using System.Globalization;
using System.Text.Json;
using Dossier.Core.Model;
using Dossier.Core.Pipeline;
using Dossier.Storage;

namespace Dossier.Bench;

/// <summary>
/// Realistic analysed documents for timing the corpus steps: the sample articles and the
/// ScrapingHub benchmark's article bodies (when <c>../shared/data</c> is there), each in several
/// text variants (one paragraph left out, a distinct closing line), run once through the real
/// per-document steps and cached on disk as <see cref="DocumentSnapshot"/>s. A corpus of any size
/// is then drawn from the variants under fresh ids, outlets and dates, so the benchmark times the
/// corpus steps only.
/// </summary>
internal sealed class AnalysedCorpus
{
    private readonly List<(int Base, string Json)> _variants;

    private AnalysedCorpus(List<(int Base, string Json)> variants, int bases, int sampleBases)
    {
        _variants = variants;
        Bases = bases;
        SampleBases = sampleBases;
    }

    public int Bases { get; }

    public int SampleBases { get; }

    public int DistinctTexts => _variants.Count;

    public static AnalysedCorpus Load(string cacheDirectory, int variantsPerArticle, int variantsPerSample)
    {
        var raws = new List<(int Base, RawDocument Raw)>();
        var samples = SampleCorpus.Load();
        var articles = ScrapingHubBodies();
        var bases = samples.Select(s => s.Content).Concat(articles).ToList();
        for (var b = 0; b < bases.Count; b++)
        {
            var isSample = b < samples.Count;
            var count = isSample ? variantsPerSample : variantsPerArticle;
            for (var v = 0; v < count; v++)
            {
                var text = Variant(bases[b], v);
                var id = string.Create(CultureInfo.InvariantCulture, $"b{b}v{v}");
                var published = isSample ? samples[b].Hints.Published : new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddDays(b * 3).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                var hints = isSample ? samples[b].Hints with { Published = published } : new RecordHints(Published: published);
                raws.Add((b, new RawDocument(id, id, BenchHash.Of(text), isSample ? samples[b].Format : InputFormat.PlainText, text, hints, [])));
            }
        }

        Directory.CreateDirectory(cacheDirectory);
        var missing = raws.Where(r => !File.Exists(CachePath(cacheDirectory, r.Raw))).ToList();
        if (missing.Count > 0)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"analysing {missing.Count} documents once (cache: {cacheDirectory})"));
            var pipeline = DefaultPipeline.Create();
            Parallel.ForEach(missing, m =>
            {
                var document = pipeline.ProcessDocument(m.Raw).Document;
                File.WriteAllText(CachePath(cacheDirectory, m.Raw), DocumentSnapshot.Save(document));
            });
        }

        var variants = raws.Select(r => (r.Base, File.ReadAllText(CachePath(cacheDirectory, r.Raw)))).ToList();
        return new AnalysedCorpus(variants, bases.Count, samples.Count);
    }

    /// <summary>
    /// <paramref name="size"/> documents: with <paramref name="oneStory"/> only variants of the
    /// sample articles (one story, the worst case for claim alignment), otherwise variants of all
    /// articles in turn (about size / articles documents per story). Each gets one of 60 outlets.
    /// </summary>
    public List<Document> Draw(int size, bool oneStory)
    {
        var pool = oneStory ? _variants.Where(v => v.Base < SampleBases).ToList() : _variants;
        var byBase = pool.GroupBy(v => v.Base).Select(g => g.ToList()).ToList();
        var documents = new List<Document>(size);
        for (var k = 0; k < size; k++)
        {
            var group = byBase[k % byBase.Count];
            var (_, json) = group[k / byBase.Count % group.Count];
            var document = DocumentSnapshot.Restore(json, string.Create(CultureInfo.InvariantCulture, $"d{k}"));
            document.Metadata = document.Metadata with { Outlet = string.Create(CultureInfo.InvariantCulture, $"outlet{k % 60}") };
            documents.Add(document);
        }

        return documents;
    }

    private static string CachePath(string directory, RawDocument raw) =>
        Path.Combine(directory, raw.Id + "-" + raw.ContentHash[7..19] + ".json");

    private static string Variant(string text, int variant)
    {
        if (variant == 0)
        {
            return text;
        }

        var paragraphs = text.Split("\n\n").ToList();
        if (paragraphs.Count > 3)
        {
            paragraphs.RemoveAt(1 + (variant % (paragraphs.Count - 2)));
        }

        paragraphs.Add(string.Create(CultureInfo.InvariantCulture, $"Additional reporting by desk {variant}."));
        return string.Join("\n\n", paragraphs);
    }

    private static List<string> ScrapingHubBodies()
    {
        var bodies = TextCorpora.LoadScrapingHub();
        if (bodies.Count == 0)
        {
            Console.WriteLine("ScrapingHub bodies not found (../shared/data): sample articles only");
        }

        return [.. bodies.Where(body => body.Length >= 500)];
    }
}
