using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using System.Runtime.CompilerServices;
using Dossier.Core.Model;
using Dossier.Core.Pipeline;
using Dossier.Core.Reading;
using Dossier.Core.Text;

namespace Dossier.Bench;

/// <summary>
/// <c>e2e --docs N [--threads T] [--source samples|bodies|mixed] [--warm-up N] [--hold SECONDS]</c>: the default pipeline, cleaning through
/// events and the corpus steps, over N documents made from the sample articles and, when ../shared/data
/// has them, the 181 ScrapingHub article bodies as plain text (<c>bodies</c>) or the 181 ScrapingHub HTML
/// pages (<c>mixed</c>, so cleaning parses HTML). Each template is used in
/// turn and each use made distinct by a line naming its copy number, so the corpus holds groups of
/// near-copies as a crawl of syndicated news does. Inputs are generated lazily; only the analysed
/// documents are held for the corpus steps.
/// </summary>
internal static class EndToEnd
{
    public static int Run(string[] args)
    {
        var docs = IntOption(args, "--docs", 1000);
        var threads = IntOption(args, "--threads", Environment.ProcessorCount);
        var source = StringOption(args, "--source", "mixed");
        var templates = LoadTemplates(source);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"templates {templates.Count} ({source}), documents {docs}, threads {threads}, cores {Environment.ProcessorCount}, load {LoadAverage()}"));

        // A few documents load the dictionaries and models and compile the code once; a run of some
        // hundreds also lets the runtime finish re-compiling the hot code (tiered compilation), so that
        // what is measured is the steady state of a long run rather than its start.
        WarmUp(templates, IntOption(args, "--warm-up", 5), threads);

        var cpuTimes = new StepCpuTimes();
        var pipeline = cpuTimes.Measure(DefaultPipeline.CreateBuilder());
        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var allocatedBefore = GC.GetTotalAllocatedBytes();
        var pauseBefore = GC.GetTotalPauseDuration();
        var collectionsBefore = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
        var watch = Stopwatch.StartNew();
        var result = pipeline.Run(Generate(templates, docs), threads);
        watch.Stop();
        process.Refresh();
        var cpu = (process.TotalProcessorTime - cpuBefore).TotalSeconds;
        var wall = watch.Elapsed.TotalSeconds;

        // Counted from the text: reading a processed document's released tokens would make them held again.
        long words = 0;
        foreach (var document in result.Corpus.Documents)
        {
            foreach (var token in Tokenizer.Tokenize(document.Text))
            {
                words += token.Kind == TokenKind.Word ? 1 : 0;
            }
        }

        var failed = result.Outcomes.Count(o => o.Failure is not null);

        // What the process holds once the run is done (the documents with their layers, the corpus
        // layers, the dictionaries and models, caches): runs of two sizes give the cost per document.
        var live = LiveHeapBytes();
        var hold = IntOption(args, "--hold", 0);
        if (hold > 0)
        {
            // Time to take a heap snapshot of what the result holds (dotnet-gcdump collect -p PID).
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"holding the result for {hold} s, process {Environment.ProcessId}"));
            Thread.Sleep(TimeSpan.FromSeconds(hold));
        }

        GC.KeepAlive(result);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"wall {wall:F2} s, cpu {cpu:F2} s, peak working set {process.PeakWorkingSet64 / (1024.0 * 1024):F0} MB, failed documents {failed}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"articles/s {docs / wall:F1} (wall), words {words}, words/s {words / wall:F0} (wall), words/s per cpu-second {words / cpu:F0}"));
        var allocated = GC.GetTotalAllocatedBytes() - allocatedBefore;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"allocated {allocated / (1024.0 * 1024):F0} MB ({allocated / docs / 1024.0:F0} KB per document), GC pauses {(GC.GetTotalPauseDuration() - pauseBefore).TotalSeconds:F2} s, collections gen0 {GC.CollectionCount(0) - collectionsBefore.Item1} gen1 {GC.CollectionCount(1) - collectionsBefore.Item2} gen2 {GC.CollectionCount(2) - collectionsBefore.Item3}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"live heap after the run {live / (1024.0 * 1024):F1} MB (after a compacting full collection, the result still held)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"stories {result.Corpus.Stories.Count}, entities {result.Corpus.Entities.Count}, events {result.Corpus.Events.Count}"));
        Console.WriteLine(ThreadCpuTime.Available
            ? "each step: processor seconds (document steps: their own threads, summed over documents; corpus steps: the whole process while the step runs), share of all steps' processor time, wall seconds, bytes allocated (same rule)"
            : "each step: wall seconds only (no per-thread processor clock on this system)");
        var timings = pipeline.Timings.Snapshot();
        var total = timings.Keys.Sum(cpuTimes.Seconds);
        foreach (var (step, time) in timings.OrderByDescending(kv => cpuTimes.Seconds(kv.Key)).ThenByDescending(kv => kv.Value))
        {
            var kind = pipeline.DocumentSteps.Any(s => s.Name == step) ? "document" : "corpus";
            var stepCpu = cpuTimes.Seconds(step);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {step,-20} {kind,-8} cpu {stepCpu,8:F2} s {(total > 0 ? 100 * stepCpu / total : 0),6:F1} %   wall {time.TotalSeconds,8:F2} s   allocated {cpuTimes.AllocatedBytes(step) / (double)docs / 1024,8:F0} KB/doc"));
        }

        var documentCpu = pipeline.DocumentSteps.Sum(step => cpuTimes.Seconds(step.Name));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"processor seconds: per-document steps {documentCpu:F2}, corpus steps {total - documentCpu:F2}, outside the steps (reading, GC and JIT during the document steps, thread pool) {cpu - total:F2}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"words per processor-second in the steps: {words / total:F0}"));
        return failed == 0 ? 0 : 1;
    }

    // Warms up the dictionaries, models and JIT outside the measurement. A method of its own so that
    // nothing it made stays reachable from Run's stack frame and counts as retained.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void WarmUp(List<RawDocument> templates, int documents, int threads) => DefaultPipeline.Create().Run(Generate(templates, documents), threads);

    /// <summary>Bytes of live objects after a compacting full collection (fragmentation not counted).</summary>
    private static long LiveHeapBytes()
    {
        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        var info = GC.GetGCMemoryInfo(GCKind.FullBlocking);
        return info.HeapSizeBytes - info.FragmentedBytes;
    }

    private static IEnumerable<RawDocument> Generate(List<RawDocument> templates, int count)
    {
        for (var i = 0; i < count; i++)
        {
            var template = templates[i % templates.Count];
            var copy = i / templates.Count;
            yield return copy == 0 ? template : Distinct(template, copy);
        }
    }

    private static RawDocument Distinct(RawDocument template, int copy)
    {
        var line = string.Create(CultureInfo.InvariantCulture, $"Filed as copy {copy} of the archive.");
        var content = template.Format == InputFormat.Html
            ? InsertBeforeBodyEnd(template.Content, "<p>" + line + "</p>")
            : template.Content.TrimEnd() + "\n\n" + line + "\n";
        return template with
        {
            Id = string.Create(CultureInfo.InvariantCulture, $"{template.Id}-copy{copy}"),
            Content = content,
            ContentHash = BenchHash.Of(content),
        };
    }

    private static string InsertBeforeBodyEnd(string html, string paragraph)
    {
        var end = html.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        return end < 0 ? html + paragraph : html.Insert(end, paragraph);
    }

    private static List<RawDocument> LoadTemplates(string source)
    {
        var paths = new List<string> { BenchPaths.SamplesFolder() };
        if (source == "mixed" && BenchPaths.SharedData("extraction/scrapinghub/html") is { } pages)
        {
            paths.Add(pages);
        }

        var reader = new DocumentReader();
        List<RawDocument> templates = [.. InputCollector.Collect(paths).Files.SelectMany(f => reader.Read(f).Documents)];
        if (source == "bodies")
        {
            templates.AddRange(TextCorpora.LoadScrapingHub().Select((text, i) => TextCorpora.PlainTextDocument(
                string.Create(CultureInfo.InvariantCulture, $"body{i:D3}"), $"scrapinghub/body{i:D3}.txt", text)));
        }

        return templates;
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    private static int IntOption(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
    }

    private static string StringOption(string[] args, string name, string fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
    }
}
