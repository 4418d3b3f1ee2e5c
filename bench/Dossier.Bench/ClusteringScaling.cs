using System.Diagnostics;
using System.Globalization;
using Dossier.Core.CorpusAnalysis.Clustering;

namespace Dossier.Bench;

/// <summary>
/// <c>clustering [SIZE…]</c>: seconds to find near-copies and to cluster <see cref="SyntheticNews"/>
/// corpora of each size (default 1,000 and 10,000), on one thread, after a warm-up run; prints how
/// time grows from one size to the next, to show that it is not quadratic. CPU seconds are printed
/// beside wall-clock seconds because the shared machine is often loaded far beyond its cores.
/// </summary>
internal static class ClusteringScaling
{
    public static int Run(IReadOnlyList<int> sizes)
    {
        Measure(SyntheticNews.Create(200));
        Console.WriteLine("documents  near-copies_s  clustering_s  total_s  total_cpu_s  stories  copy_groups  cpu_growth_vs_previous");
        double? previousSeconds = null;
        int? previousSize = null;
        foreach (var size in sizes)
        {
            var documents = SyntheticNews.Create(size);
            var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            var (copies, clustering, stories, groups) = Measure(documents);
            var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds;
            var total = copies + clustering;
            var growth = previousSeconds is { } p && previousSize is { } n
                ? string.Create(CultureInfo.InvariantCulture, $"cpu x{cpu / p:F1} for size x{size / (double)n:F1}")
                : "-";
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{size,9}  {copies,13:F2}  {clustering,12:F2}  {total,7:F2}  {cpu,11:F2}  {stories,7}  {groups,11}  {growth}"));
            (previousSeconds, previousSize) = (cpu, size);
        }

        return 0;
    }

    private static (double Copies, double Clustering, int Stories, int Groups) Measure(List<ClusterDocument> documents)
    {
        var watch = Stopwatch.StartNew();
        var copies = new NearDuplicateDetector(new NearDuplicateOptions()).Find([.. documents.Select(d => d.Body)]);
        var copySeconds = watch.Elapsed.TotalSeconds;
        watch.Restart();
        var stories = new StoryClusterer(StoryClusterOptions.Articles).Cluster(documents, copies);
        return (copySeconds, watch.Elapsed.TotalSeconds, stories.Count, copies.Count);
    }
}
