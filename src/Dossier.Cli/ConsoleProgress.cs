using Dossier.Core.Analysis;
using Spectre.Console;

namespace Dossier.Cli;

/// <summary>Shows a progress bar on standard error when it is a terminal; otherwise runs silently.</summary>
internal static class ConsoleProgress
{
    public static T Run<T>(bool quiet, TextWriter error, Func<IProgress<AnalysisProgress>?, T> work)
    {
        if (quiet || !ReferenceEquals(error, Console.Error) || Console.IsErrorRedirected)
        {
            return work(null);
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        return console.Progress()
            .AutoClear(true)
            .HideCompleted(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .Start(context =>
            {
                var task = context.AddTask("reading", maxValue: 1);
                var progress = new SynchronousProgress(p =>
                {
                    // Reading runs ahead of analysis; the bar follows documents analysed out of files read.
                    task.MaxValue = Math.Max(1, Math.Max(p.FilesTotal, p.DocumentsAnalysed));
                    task.Value = Math.Min(p.DocumentsAnalysed, task.MaxValue);
                    task.Description = Markup.Escape($"analysing {p.DocumentsAnalysed} docs ({p.FilesRead}/{p.FilesTotal} files)");
                });
                return work(progress);
            });
    }

    // Progress<T> posts to the thread pool and can report after the work has finished; this one reports inline.
    private sealed class SynchronousProgress(Action<AnalysisProgress> report) : IProgress<AnalysisProgress>
    {
        private readonly Lock _gate = new();

        public void Report(AnalysisProgress value)
        {
            lock (_gate)
            {
                report(value);
            }
        }
    }
}
