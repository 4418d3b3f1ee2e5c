using BenchmarkDotNet.Attributes;
using Dossier.Core.Model;
using Dossier.Core.Pipeline;

namespace Dossier.Bench;

/// <summary>The whole default pipeline over the five sample articles, one core and all cores.</summary>
[MemoryDiagnoser]
public class PipelineBenchmarks
{
    private IReadOnlyList<RawDocument> _documents = [];
    private DossierPipeline _pipeline = null!;

    [Params(1, 0)]
    public int Jobs { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _documents = SampleCorpus.Load();
        _pipeline = DefaultPipeline.Create();
    }

    [Benchmark]
    public int AnalyseSamples() => _pipeline.Run(_documents, Jobs).Corpus.Documents.Count;
}
