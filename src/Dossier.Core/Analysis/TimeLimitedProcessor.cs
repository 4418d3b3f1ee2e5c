using Dossier.Core.Model;
using Dossier.Core.Pipeline;

namespace Dossier.Core.Analysis;

/// <summary>
/// Runs the document steps on one document with a time limit. Steps see the limit as a
/// cancelled token and stop at their next check; a step that never checks (a runaway loop) is
/// abandoned on its own thread so that the run goes on and cannot hang on one input.
/// </summary>
internal sealed class TimeLimitedProcessor(DossierPipeline pipeline, TimeSpan limit)
{
    public bool IsUnlimited => limit == Timeout.InfiniteTimeSpan;

    /// <summary>The processed document, or null when it went over the limit.</summary>
    public DocumentOutcome? Process(RawDocument raw, CancellationToken cancellationToken)
    {
        if (IsUnlimited)
        {
            return pipeline.ProcessDocument(raw, cancellationToken);
        }

        var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(limit);
        var work = Task.Factory.StartNew(
            () => pipeline.ProcessDocument(raw, deadline.Token),
            CancellationToken.None,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default);
        bool finished;
        try
        {
            finished = work.Wait(limit, cancellationToken);
        }
        catch (AggregateException ex) when (ex.InnerException is OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            deadline.Dispose();
            return null;
        }
        catch (OperationCanceledException)
        {
            deadline.Cancel();
            throw;
        }

        if (finished)
        {
            deadline.Dispose();
            return work.Result;
        }

        // Left running: cancel so that it stops at its next check, but do not dispose the source it still reads.
        deadline.Cancel();
        _ = work.ContinueWith(t => _ = t.Exception, TaskScheduler.Default);
        return null;
    }
}
