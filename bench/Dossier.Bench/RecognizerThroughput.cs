using System.Diagnostics;
using System.Globalization;
using Dossier.Core.Cleaning;
using Dossier.Core.Model;
using Dossier.Core.Pipeline;
using Dossier.Core.Recognition;
using Dossier.Core.Text;

namespace Dossier.Bench;

/// <summary>
/// <c>recognizers [--seconds S] [--task names|dates] [--corpus samples|scrapinghub]</c>: words per second from raw text to names (people, organisations,
/// countries, places) and to dates, on one thread, on the texts bench/peers/compromise and bench/peers/chrono
/// time their peers on. Each pass runs cleaning, tokenizer and splitter as well (the peers tokenise too),
/// so the figure is conservative for the recognisers alone. Words are white-space separated chunks
/// of the raw text, counted the same way by the peers' scripts. <c>--task names|dates</c> and
/// <c>--corpus samples|scrapinghub</c> run one of each (for profiling).
/// </summary>
internal static class RecognizerThroughput
{
    private static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(3);

    public static int Run(string[] args)
    {
        var options = args.Chunk(2).Where(p => p.Length == 2).ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal);
        var seconds = double.Parse(options.GetValueOrDefault("--seconds", "5"), CultureInfo.InvariantCulture);
        var tasks = new (string Name, DossierPipeline Pipeline, Func<Document, int> Found)[]
        {
            ("names", Pipeline(new NameRecognizer()), d => d.Mentions.Count(m => m.Type != EntityType.Other)),
            ("dates", Pipeline(new TimeRecognizer()), d => d.Times.Count),
        };

        var onlyTask = options.GetValueOrDefault("--task");
        var onlyCorpus = options.GetValueOrDefault("--corpus");
        foreach (var corpus in TextCorpora.Available().Where(c => onlyCorpus is null || c == onlyCorpus))
        {
            var texts = TextCorpora.Load(corpus).Where(t => t.Length > 0).ToList();
            var raws = texts.Select((t, i) => TextCorpora.PlainTextDocument($"t{i}", $"{corpus}/{i}", t)).ToList();
            var words = texts.Sum(CountWords);
            foreach (var (name, pipeline, found) in tasks.Where(t => onlyTask is null || t.Name == onlyTask))
            {
                var result = Time(pipeline, raws, found, seconds);
                Console.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"dossier {name} {corpus} texts {texts.Count} words {words} found {result.Found} passes {result.Passes} wall_words_per_s {words / result.WallSeconds:F0} cpu_words_per_s {words / result.CpuSeconds:F0}"));
            }
        }

        return 0;
    }

    private static DossierPipeline Pipeline(IDocumentStep recognizer) => new PipelineBuilder()
        .Add(new ArticleCleaner())
        .Add(new Tokenizer())
        .Add(new SentenceSplitter())
        .Add(recognizer)
        .Build();

    // The median pass by processor time of the process (as the peers' process.cpuUsage()), and its wall time.
    private static (int Found, int Passes, double WallSeconds, double CpuSeconds) Time(DossierPipeline pipeline, List<RawDocument> raws, Func<Document, int> found, double minSeconds)
    {
        // Warm-up long enough for tiered compilation to reach its optimised code (short texts finish 3 passes before
        // it does); counted in processor time, since on a loaded machine wall time passes without the process running.
        using var process = Process.GetCurrentProcess();
        var warmUpFrom = process.TotalProcessorTime;
        for (var i = 0; i < 3 || process.TotalProcessorTime - warmUpFrom < WarmUp; i++)
        {
            Pass(pipeline, raws, found);
            process.Refresh();
        }

        var passes = new List<(double Wall, double Cpu)>();
        var total = Stopwatch.StartNew();
        var count = 0;
        while (passes.Count < 5 || total.Elapsed.TotalSeconds < minSeconds)
        {
            process.Refresh();
            var cpu = process.TotalProcessorTime;
            var started = Stopwatch.GetTimestamp();
            count = Pass(pipeline, raws, found);
            var wall = Stopwatch.GetElapsedTime(started).TotalSeconds;
            process.Refresh();
            passes.Add((wall, (process.TotalProcessorTime - cpu).TotalSeconds));
        }

        var median = passes.OrderBy(p => p.Cpu).ElementAt(passes.Count / 2);
        return (count, passes.Count, median.Wall, median.Cpu);
    }

    private static int Pass(DossierPipeline pipeline, List<RawDocument> raws, Func<Document, int> found)
    {
        var count = 0;
        foreach (var raw in raws)
        {
            count += found(pipeline.ProcessDocument(raw).Document);
        }

        return count;
    }

    private static int CountWords(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
}
