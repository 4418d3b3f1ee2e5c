using Dossier.Core.Analysis;
using Dossier.Core.Model;
using Dossier.Core.Pipeline;

namespace Dossier.Storage;

/// <summary>
/// Reads and analyses inputs with the document steps of a pipeline, then hands the documents to a
/// store, which keeps the new ones and reruns the pipeline's corpus steps over everything stored.
/// </summary>
public sealed class DossierIngestor
{
    private readonly IDossierStore _store;
    private readonly DossierAnalyzer _analyzer;
    private readonly DossierPipeline _corpusPipeline;
    private readonly string _generatorVersion;

    public DossierIngestor(IDossierStore store, AnalysisOptions options, string generatorVersion, PipelineBuilder? pipeline = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        var steps = pipeline ?? DefaultPipeline.CreateBuilder();
        var documentSteps = new PipelineBuilder();
        foreach (var step in steps.DocumentSteps)
        {
            documentSteps.Add(step);
        }

        _store = store;
        _analyzer = new DossierAnalyzer(documentSteps.Build(), options);
        _corpusPipeline = steps.Build();
        _generatorVersion = generatorVersion;
    }

    public async Task<IngestResult> IngestAsync(IEnumerable<string> paths, IProgress<AnalysisProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var analysis = _analyzer.Analyze(paths, progress, cancellationToken);
        var outcome = await _store.AddAsync(analysis.Corpus.Documents, BuildCorpus, _generatorVersion, cancellationToken).ConfigureAwait(false);
        return new IngestResult(analysis.Report, outcome);

        Corpus BuildCorpus(IReadOnlyList<Document> documents) => _corpusPipeline.ProcessCorpus(documents, cancellationToken);
    }

    /// <summary>Analyses documents already read (an upload, say) and stores them.</summary>
    public async Task<IngestOutcome> IngestAsync(IReadOnlyList<RawDocument> inputs, CancellationToken cancellationToken = default)
    {
        var run = _analyzer.Pipeline.Run(inputs, _analyzer.Options.MaxParallelism, null, cancellationToken);
        return await _store.AddAsync(run.Corpus.Documents, BuildCorpus, _generatorVersion, cancellationToken).ConfigureAwait(false);

        Corpus BuildCorpus(IReadOnlyList<Document> documents) => _corpusPipeline.ProcessCorpus(documents, cancellationToken);
    }
}

/// <summary>What became of each input, and what the store added.</summary>
public sealed record IngestResult(RunReport Report, IngestOutcome Outcome);
