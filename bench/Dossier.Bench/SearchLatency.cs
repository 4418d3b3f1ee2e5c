using System.Diagnostics;
using System.Globalization;
using System.Text;
using Dossier.Core.Analysis;
using Dossier.Core.Model;
using Dossier.Core.Pipeline;
using Dossier.Storage;

namespace Dossier.Bench;

/// <summary>
/// <c>search [--docs N] [--db FILE] [--rounds R]</c>: latency of <see cref="IDossierStore.SearchAsync"/> (what
/// <c>dossier search</c> and <c>/api/search</c> call) on a SQLite store holding N documents. Running the
/// pipeline on N articles takes too long here, so the store is filled through its own write API with
/// documents the document steps made from the real texts of <see cref="TextCorpora"/> (the samples, and the
/// ScrapingHub bodies when <c>../shared/data</c> has them), each copied with a new id, a closing line naming
/// the copy and a reference word of its own (so rare terms exist), and its own content hash. The
/// corpus steps run once, over the real texts, so entity, quote, event and story rows are theirs.
/// A store already holding N documents is reused.
/// </summary>
internal static class SearchLatency
{
    private const int SearchLimit = 50;

    private const int BatchSize = 2000;

    public static async Task<int> RunAsync(int documents, string database, int rounds)
    {
        using var store = new SqliteDossierStore(database);
        await store.InitializeAsync().ConfigureAwait(false);
        var stored = (await store.DocumentsAsync(new PageRequest(0, 1)).ConfigureAwait(false)).Total;
        if (stored != documents)
        {
            if (stored != 0)
            {
                Console.Error.WriteLine($"{database} holds {stored} documents, not {documents}: give another --db.");
                return 2;
            }

            await FillAsync(store, documents).ConfigureAwait(false);
        }

        var queries = Queries(documents);
        foreach (var query in queries)
        {
            await store.SearchAsync(query, SearchLimit).ConfigureAwait(false);
        }

        var all = new List<double>();
        var allCpu = new List<double>();
        using var process = Process.GetCurrentProcess();
        Console.WriteLine("query\thits\tp50_ms\tmax_ms\tcpu_p50_ms");
        foreach (var query in queries)
        {
            var times = new List<double>();
            var cpuTimes = new List<double>();
            var hits = 0;
            for (var round = 0; round < rounds; round++)
            {
                // CPU time of the process beside wall time: on a loaded machine the wall time is mostly waiting for a core.
                process.Refresh();
                var cpuBefore = process.TotalProcessorTime;
                var started = Stopwatch.GetTimestamp();
                hits = (await store.SearchAsync(query, SearchLimit).ConfigureAwait(false)).Count;
                times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                process.Refresh();
                cpuTimes.Add((process.TotalProcessorTime - cpuBefore).TotalMilliseconds);
            }

            all.AddRange(times);
            allCpu.AddRange(cpuTimes);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{query}\t{hits}\t{Percentile(times, 0.5):F2}\t{times.Max():F2}\t{Percentile(cpuTimes, 0.5):F2}"));
        }

        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"documents {documents} queries {queries.Count} rounds {rounds} limit {SearchLimit} p50_ms {Percentile(all, 0.5):F2} p99_ms {Percentile(all, 0.99):F2} max_ms {all.Max():F2} cpu_p50_ms {Percentile(allCpu, 0.5):F2} cpu_p99_ms {Percentile(allCpu, 0.99):F2}"));
        return 0;
    }

    // Names, words, several words (all must match), common and rare terms, and one that matches nothing.
    private static List<string> Queries(int documents) =>
    [
        "Putin", "Kim Jong Un", "Trump", "Vladivostok", "Apple",
        "sanctions", "economy", "game", "climate", "election",
        "nuclear weapons", "prime minister", "social media", "White House", "stock market",
        "said", "people", "year", "new", "time",
        ReferenceWord(documents / 2), ReferenceWord(documents - 1), "xylophonist",
    ];

    private static async Task FillAsync(SqliteDossierStore store, int documents)
    {
        var started = Stopwatch.GetTimestamp();
        var sources = AnalyseSources();
        var corpusPipeline = DefaultPipeline.Create();
        await store.AddAsync(sources, d => corpusPipeline.ProcessCorpus(d), "bench").ConfigureAwait(false);
        for (var first = sources.Count; first < documents; first += BatchSize)
        {
            var batch = Enumerable.Range(first, Math.Min(BatchSize, documents - first)).Select(i => Copy(sources[i % sources.Count], i)).ToList();
            await store.AddDocumentsAsync(batch).ConfigureAwait(false);
        }

        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"filled {documents} documents from {sources.Count} analysed texts in {Stopwatch.GetElapsedTime(started).TotalSeconds:F0} s"));
    }

    private static List<Document> AnalyseSources()
    {
        var folder = Path.Combine(Path.GetTempPath(), "dossier-bench-search-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
        Directory.CreateDirectory(folder);
        try
        {
            foreach (var corpus in TextCorpora.Available())
            {
                foreach (var (text, i) in TextCorpora.Load(corpus).Select((t, i) => (t, i)))
                {
                    File.WriteAllText(Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $"{corpus}-{i:D3}.txt")), text);
                }
            }

            var documentSteps = new PipelineBuilder();
            foreach (var step in DefaultPipeline.CreateBuilder().DocumentSteps)
            {
                documentSteps.Add(step);
            }

            var analyzer = new DossierAnalyzer(documentSteps.Build(), AnalysisOptions.Default);
            return [.. analyzer.Analyze([folder]).Corpus.Documents];
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    // Layers are shared with the source: offsets stay valid because the text only grows at its end.
    private static Document Copy(Document source, int index)
    {
        var text = string.Create(CultureInfo.InvariantCulture, $"{source.Text}\n\nFiled as copy {index} of the archive, reference {ReferenceWord(index)}.");
        var hash = BenchHash.Of(text);
        var id = string.Create(CultureInfo.InvariantCulture, $"{source.Id}-c{index}");
        return new Document(source.Raw with { Id = id, ContentHash = hash })
        {
            Metadata = source.Metadata,
            Text = text,
            Removed = source.Removed,
            Sentences = source.Sentences,
            Tokens = source.Tokens,
            Mentions = source.Mentions,
            Times = source.Times,
            Amounts = source.Amounts,
            Quotes = source.Quotes,
            Events = source.Events,
        };
    }

    private static string ReferenceWord(int index)
    {
        const string Letters = "bcdfghjklmnpqrstvwxz";
        var word = new StringBuilder("ref");
        for (var n = index; n > 0 || word.Length == 3; n /= Letters.Length)
        {
            word.Append(Letters[n % Letters.Length]);
        }

        return word.ToString();
    }

    private static double Percentile(List<double> values, double fraction)
    {
        var sorted = values.Order().ToList();
        return sorted[Math.Clamp((int)Math.Ceiling(fraction * sorted.Count) - 1, 0, sorted.Count - 1)];
    }
}
