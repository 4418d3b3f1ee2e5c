using System.Diagnostics;
using System.Globalization;
using Dossier.Core.Model;
using Dossier.Core.Pipeline;

namespace Dossier.Bench;

/// <summary>
/// <c>corpus [--one-story] [--cache DIR] [SIZE…]</c>: wall and CPU seconds of the corpus steps
/// (entity resolution, event records, timeline, stories, story analysis) over analysed documents
/// of <see cref="AnalysedCorpus"/>, at each size (default 1,000 to 20,000), after a warm-up; each
/// step's CPU seconds, and how CPU time grows from one size to the next. The load average is
/// printed because the machine is shared.
/// </summary>
internal static class CorpusScaling
{
    public static int Run(IReadOnlyList<string> args)
    {
        var oneStory = args.Contains("--one-story");
        var cacheIndex = args.ToList().IndexOf("--cache");
        var cache = cacheIndex >= 0 ? args[cacheIndex + 1] : Path.Combine(Path.GetTempPath(), "dossier-bench-corpus");
        var sizes = args.Where((a, i) => char.IsAsciiDigit(a[0]) && (cacheIndex < 0 || i != cacheIndex + 1)).Select(a => int.Parse(a, CultureInfo.InvariantCulture)).ToList();
        if (sizes.Count == 0)
        {
            sizes = [1000, 2000, 5000, 10000, 20000];
        }

        var corpus = AnalysedCorpus.Load(cache, variantsPerArticle: 4, variantsPerSample: 40);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{corpus.Bases} articles, {corpus.DistinctTexts} distinct analysed texts; {(oneStory ? "one story (sample variants only)" : "all articles mixed")}"));
        Measure(corpus.Draw(300, oneStory));
        Console.WriteLine("documents  stories  wall_s  cpu_s  cpu_growth  load_avg  steps_cpu_s");
        double? previousCpu = null;
        int? previousSize = null;
        foreach (var size in sizes)
        {
            var documents = corpus.Draw(size, oneStory);
            GC.Collect();
            var (wall, cpu, stories, steps) = Measure(documents);
            var growth = previousCpu is { } p && previousSize is { } n
                ? string.Create(CultureInfo.InvariantCulture, $"x{cpu / p:F1}/x{size / (double)n:F1}")
                : "-";
            var stepText = string.Join(' ', steps.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Name}={s.Seconds:F2}")));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{size,9}  {stories,7}  {wall,6:F2}  {cpu,5:F2}  {growth,10}  {LoadAverage(),8}  {stepText}"));
            (previousCpu, previousSize) = (cpu, size);
        }

        return 0;
    }

    private static (double Wall, double Cpu, int Stories, List<(string Name, double Seconds)> Steps) Measure(IReadOnlyList<Document> documents)
    {
        var pipeline = DefaultPipeline.Create();
        var corpus = new Corpus(documents);
        var steps = new List<(string, double)>();
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var total = Stopwatch.StartNew();
        foreach (var step in pipeline.CorpusSteps)
        {
            var stepCpu = Process.GetCurrentProcess().TotalProcessorTime;
            step.Process(corpus, CancellationToken.None);
            steps.Add((step.Name, (Process.GetCurrentProcess().TotalProcessorTime - stepCpu).TotalSeconds));
        }

        var wall = total.Elapsed.TotalSeconds;
        var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds;
        return (wall, cpu, corpus.Stories.Count, steps);
    }

    private static string LoadAverage()
    {
        try
        {
            return File.ReadAllText("/proc/loadavg").Split(' ')[0];
        }
        catch (IOException)
        {
            return "?";
        }
    }
}
