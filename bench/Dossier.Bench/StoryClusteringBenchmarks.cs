using BenchmarkDotNet.Attributes;
using Dossier.Core.CorpusAnalysis.Clustering;

namespace Dossier.Bench;

/// <summary>Near-copy detection and story clustering over synthetic corpora of 1,000 and 10,000 articles.</summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class StoryClusteringBenchmarks
{
    private List<ClusterDocument> _documents = [];

    [Params(1000, 10000)]
    public int Documents { get; set; }

    [GlobalSetup]
    public void Setup() => _documents = SyntheticNews.Create(Documents);

    [Benchmark]
    public int NearCopies() => new NearDuplicateDetector(new NearDuplicateOptions()).Find([.. _documents.Select(d => d.Body)]).Count;

    [Benchmark]
    public int Stories() => new StoryClusterer(StoryClusterOptions.Articles).Cluster(_documents).Count;
}
