using System.Collections.Concurrent;
using System.Diagnostics;
using Dossier.Core.Model;

namespace Dossier.Core.Pipeline;

/// <summary>
/// An immutable, thread-safe sequence of steps. Per-document steps run in order for each
/// document, documents in parallel; corpus steps run once every document is done.
/// </summary>
public sealed class DossierPipeline
{
    internal DossierPipeline(IReadOnlyList<IDocumentStep> documentSteps, IReadOnlyList<ICorpusStep> corpusSteps)
    {
        DocumentSteps = documentSteps;
        CorpusSteps = corpusSteps;
    }

    public IReadOnlyList<IDocumentStep> DocumentSteps { get; }

    public IReadOnlyList<ICorpusStep> CorpusSteps { get; }

    public StepTimings Timings { get; } = new();

    /// <summary>
    /// Runs the document steps on one input. A step that throws marks the document with a
    /// warning and skips the steps after it; the document is still returned, with its step
    /// inputs released (<see cref="Document.ReleaseStepInputs"/>).
    /// </summary>
    public DocumentOutcome ProcessDocument(RawDocument raw, CancellationToken cancellationToken = default)
    {
        var document = new Document(raw);
        var failure = RunDocumentSteps(document, cancellationToken);
        document.ReleaseStepInputs();
        return new DocumentOutcome(document, failure);
    }

    private string? RunDocumentSteps(Document document, CancellationToken cancellationToken)
    {
        foreach (var step in DocumentSteps)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var started = Stopwatch.GetTimestamp();
            try
            {
                step.Process(document, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                var message = $"step '{step.Name}' failed on this document and the steps after it were skipped: {ex.GetType().Name}: {ex.Message}";
                document.AddWarning(new Diagnostic(DiagnosticCodes.StepFailed, message));
                return message;
            }
            finally
            {
                Timings.Add(step.Name, Stopwatch.GetTimestamp() - started);
            }
        }

        return null;
    }

    /// <summary>Runs the corpus steps over documents already processed by <see cref="ProcessDocument"/>.</summary>
    public Corpus ProcessCorpus(IReadOnlyList<Document> documents, CancellationToken cancellationToken = default)
    {
        var corpus = new Corpus(documents);
        foreach (var step in CorpusSteps)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var started = Stopwatch.GetTimestamp();
            step.Process(corpus, cancellationToken);
            Timings.Add(step.Name, Stopwatch.GetTimestamp() - started);
        }

        return corpus;
    }

    /// <summary>
    /// Processes a stream of inputs on up to <paramref name="maxParallelism"/> cores, keeping the
    /// input order in the result, then runs the corpus steps.
    /// </summary>
    public PipelineResult Run(
        IEnumerable<RawDocument> inputs,
        int maxParallelism = 0,
        Action<DocumentOutcome>? onDocument = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var outcomes = new ConcurrentDictionary<long, DocumentOutcome>();
        var options = new ParallelOptions
        {
            CancellationToken = cancellationToken,
            MaxDegreeOfParallelism = maxParallelism > 0 ? maxParallelism : Environment.ProcessorCount,
        };
        Parallel.ForEach(inputs, options, (raw, _, index) =>
        {
            var outcome = ProcessDocument(raw, cancellationToken);
            outcomes[index] = outcome;
            onDocument?.Invoke(outcome);
        });

        var ordered = outcomes.OrderBy(kv => kv.Key).Select(kv => kv.Value).ToList();
        var corpus = ProcessCorpus([.. ordered.Select(o => o.Document)], cancellationToken);
        return new PipelineResult(corpus, ordered);
    }
}

/// <summary>A processed document, and the failure that stopped its steps early, if any.</summary>
public sealed record DocumentOutcome(Document Document, string? Failure);

public sealed record PipelineResult(Corpus Corpus, IReadOnlyList<DocumentOutcome> Outcomes);
