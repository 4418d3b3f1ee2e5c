using BenchmarkDotNet.Attributes;
using Dossier.Core.Attribution;
using Dossier.Core.Model;
using Dossier.Core.Pipeline;

namespace Dossier.Bench;

/// <summary>
/// What quote extraction adds to the pipeline: the default pipeline with and without the step on the
/// five sample articles on one core, and the step alone on documents already prepared for it.
/// </summary>
[MemoryDiagnoser]
public class QuoteExtractionBenchmarks
{
    private IReadOnlyList<RawDocument> _raw = [];
    private List<Document> _prepared = [];
    private DossierPipeline _withQuotes = null!;
    private DossierPipeline _withoutQuotes = null!;
    private readonly QuoteExtractor _extractor = new();

    [GlobalSetup]
    public void Setup()
    {
        _raw = SampleCorpus.Load();
        _withQuotes = DefaultPipeline.Create();
        _withoutQuotes = DefaultPipeline.CreateBuilder().Remove<QuoteExtractor>().Build();
        _prepared = [.. _raw.Select(r => _withoutQuotes.ProcessDocument(r).Document)];
    }

    [Benchmark(Baseline = true)]
    public int PipelineWithoutQuotes() => _withoutQuotes.Run(_raw, 1).Corpus.Documents.Count;

    [Benchmark]
    public int PipelineWithQuotes() => _withQuotes.Run(_raw, 1).Corpus.Documents.Count;

    [Benchmark]
    public int ExtractQuotes()
    {
        var count = 0;
        foreach (var document in _prepared)
        {
            _extractor.Process(document, CancellationToken.None);
            count += document.Quotes.Count;
        }

        return count;
    }
}
