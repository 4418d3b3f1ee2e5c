using BenchmarkDotNet.Attributes;
using Dossier.Core.Attribution;
using Dossier.Core.Model;
using Dossier.Core.Pipeline;

namespace Dossier.Bench;

/// <summary>
/// What quote extraction adds to the pipeline: the default pipeline's document steps with and without
/// the step on the five sample articles on one core, and the step alone on documents already prepared
/// for it. The corpus steps (resolution, stories) are left out of both sides: they do not read quotes
/// and their run-to-run spread hid the step's own cost.
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
        _withQuotes = DocumentStepsOnly(withQuotes: true);
        _withoutQuotes = DocumentStepsOnly(withQuotes: false);
        _prepared = [.. _raw.Select(r => _withoutQuotes.ProcessDocument(r).Document)];
        foreach (var document in _prepared)
        {
            _extractor.Process(document, CancellationToken.None);
        }
    }

    [Benchmark(Baseline = true)]
    public int PipelineWithoutQuotes() => DocumentSteps(_withoutQuotes);

    [Benchmark]
    public int PipelineWithQuotes() => DocumentSteps(_withQuotes);

    [Benchmark]
    public int ExtractQuotes()
    {
        var count = 0;
        foreach (var document in _prepared)
        {
            // The step's own cost includes tagging the sentences it reads (event coding reuses those tags).
            document.PartsOfSpeech.Clear();
            _extractor.Process(document, CancellationToken.None);
            count += document.Quotes.Count;
        }

        return count;
    }

    /// <summary>
    /// The step with the sentences' tags already cached, as event coding (which tags every sentence
    /// of three tokens or more) would have them anyway: what the step adds to the pipeline.
    /// </summary>
    [Benchmark]
    public int ExtractQuotesTagsCached()
    {
        var count = 0;
        foreach (var document in _prepared)
        {
            _extractor.Process(document, CancellationToken.None);
            count += document.Quotes.Count;
        }

        return count;
    }

    private static DossierPipeline DocumentStepsOnly(bool withQuotes)
    {
        var builder = new PipelineBuilder();
        foreach (var step in DefaultPipeline.CreateBuilder().DocumentSteps.Where(s => withQuotes || s is not QuoteExtractor))
        {
            builder.Add(step);
        }

        return builder.Build();
    }

    private int DocumentSteps(DossierPipeline pipeline)
    {
        var sentences = 0;
        foreach (var raw in _raw)
        {
            sentences += pipeline.ProcessDocument(raw).Document.Sentences.Count;
        }

        return sentences;
    }
}
