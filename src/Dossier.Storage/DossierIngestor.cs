using System.Diagnostics;
using Dossier.Core.Analysis;
using Dossier.Core.Model;
using Dossier.Core.Pipeline;
using Dossier.Core.Reading;

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

    /// <summary>Files analysed and committed together; a process killed mid-ingest keeps every batch committed before.</summary>
    public int BatchSize { get; init; } = 200;

    /// <summary>
    /// Reads, analyses and stores the inputs in batches of <see cref="BatchSize"/> files, each
    /// batch one transaction, then recomputes the corpus-level results once. A run that dies
    /// part-way leaves the batches it committed and the store marked stale; the next ingest
    /// (even of nothing new) completes the corpus-level results.
    /// </summary>
    public async Task<IngestResult> IngestAsync(IEnumerable<string> paths, IProgress<AnalysisProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var started = Stopwatch.GetTimestamp();
        var fileSet = InputCollector.Collect(paths);
        var storedContent = await _store.StoredContentAsync(cancellationToken).ConfigureAwait(false);
        var analyzer = new DossierAnalyzer(_analyzer.Pipeline, _analyzer.Options with { StoredContent = storedContent });
        var inputs = new List<InputReport>(fileSet.Problems.Select(p => new InputReport(p.Source, InputStatus.Failed, [], [p])));
        var stepTimes = new Dictionary<string, TimeSpan>(StringComparer.Ordinal);
        var added = new List<string>();
        var alreadyStored = new List<string>();
        var renamed = new Dictionary<string, string>(StringComparer.Ordinal);
        var stored = storedContent.Count;
        var storedAsAnalysed = new List<Document>();
        foreach (var batch in fileSet.Files.Chunk(Math.Max(1, BatchSize)))
        {
            var analysis = analyzer.Analyze(new InputFileSet(batch, []), progress, cancellationToken);
            alreadyStored.AddRange(analysis.AlreadyStored);
            inputs.AddRange(analysis.Report.Inputs);
            foreach (var (step, time) in analysis.Report.StepTimes)
            {
                stepTimes[step] = time;
            }

            var outcome = await _store.AddDocumentsAsync(analysis.Corpus.Documents, cancellationToken).ConfigureAwait(false);
            added.AddRange(outcome.Added);
            alreadyStored.AddRange(outcome.AlreadyStored);
            foreach (var (from, to) in outcome.Renamed)
            {
                renamed[from] = to;
            }

            stored = outcome.DocumentsStored;
            storedAsAnalysed.AddRange(StoredAsAnalysed(analysis.Corpus.Documents, outcome));
        }

        await _store.RefreshCorpusAsync(BuildCorpus, _generatorVersion, storedAsAnalysed, cancellationToken).ConfigureAwait(false);
        var report = new RunReport(inputs, Stopwatch.GetElapsedTime(started), stepTimes);
        return new IngestResult(report, new IngestOutcome(added, alreadyStored, renamed, stored));

        Corpus BuildCorpus(IReadOnlyList<Document> documents) => _corpusPipeline.ProcessCorpus(documents, cancellationToken);
    }

    // The documents the store kept under the id they were analysed with; a renamed one is left
    // for the store to restore rather than guessed at.
    private static IEnumerable<Document> StoredAsAnalysed(IReadOnlyList<Document> analysed, IngestOutcome outcome)
    {
        var added = outcome.Added.ToHashSet(StringComparer.Ordinal);
        return analysed.Where(d => added.Contains(d.Id) && !outcome.Renamed.ContainsKey(d.Id));
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
