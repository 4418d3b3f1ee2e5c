using System.CommandLine;
using System.CommandLine.Help;
using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using Dossier.Core.Reading;

namespace Dossier.Cli;

/// <summary>
/// Runs a large batch with tiered compilation off. Compiled fully optimised from the first call,
/// the pipeline takes about 10 % less processor time over 10,000 articles and 30 % less over 1,000,
/// but starts about 2 s later (docs/performance.md, "Tiered compilation"). A process cannot change
/// that setting once started, so for <c>analyze</c> and <c>ingest</c> over a large batch the CLI
/// runs itself again with <c>DOTNET_TieredCompilation=0</c> and waits for that run. A user who set
/// the variable either way keeps their choice.
/// </summary>
internal static class LargeBatchRuntime
{
    /// <summary>Input files from which a batch counts as large, unless <see cref="ThresholdVariable"/> says otherwise.</summary>
    public const int DefaultFileThreshold = 400;

    /// <summary>Input bytes from which a batch counts as large however few its files (JSON Lines or WARC crawls).</summary>
    public const long ByteThreshold = 32L * 1024 * 1024;

    public const string TieringVariable = "DOTNET_TieredCompilation";

    public const string ThresholdVariable = "DOSSIER_LARGE_BATCH_FILES";

    private static readonly string[] BatchCommands = ["analyze", "ingest"];

    /// <summary>
    /// The large batch <paramref name="args"/> ask for, to run without tiered compilation, or null
    /// when they ask for something else.
    /// </summary>
    public static LargeBatch? LargeBatchOf(string[] args, Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(environment);
        if (environment(TieringVariable) is not null || environment("COMPlus_TieredCompilation") is not null)
        {
            return null;
        }

        var parse = DossierCli.CreateRootCommand(TextWriter.Null, TextWriter.Null).Parse(args);
        // "analyze --help" parses without errors but runs the help, not the command.
        if (parse.Errors.Count > 0 || parse.Action is HelpAction || !BatchCommands.Contains(parse.CommandResult.Command.Name, StringComparer.Ordinal))
        {
            return null;
        }

        var paths = parse.GetValue<string[]>("paths") ?? [];
        var files = InputCollector.Collect(paths).Files;
        var threshold = int.TryParse(environment(ThresholdVariable), NumberStyles.None, CultureInfo.InvariantCulture, out var set) && set > 0
            ? set
            : DefaultFileThreshold;
        return files.Count >= threshold || TotalBytes(files) >= ByteThreshold
            ? new LargeBatch(files.Count, parse.GetValue<bool>("--quiet"))
            : null;
    }

    /// <summary>Runs this command line again with tiered compilation off; returns that run's exit code.</summary>
    public static int RunWithoutTiering(string[] args, LargeBatch batch, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(error);
        var host = Environment.ProcessPath ?? throw new InvalidOperationException("the path of this process is unknown");
        var start = new ProcessStartInfo(host) { UseShellExecute = false };
        if (string.Equals(Path.GetFileNameWithoutExtension(host), "dotnet", StringComparison.OrdinalIgnoreCase))
        {
            start.ArgumentList.Add(typeof(LargeBatchRuntime).Assembly.Location);
        }

        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment[TieringVariable] = "0";
        if (!batch.Quiet)
        {
            error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"dossier: {batch.Files} input files: running with tiered compilation off, faster for large batches (set {TieringVariable}=1 to keep it on)"));
        }

        using var child = Process.Start(start) ?? throw new InvalidOperationException($"could not start {host}");

        // Ctrl+C in a terminal reaches the whole process group, so the child stops on its own and this
        // process waits for it. A termination request sent to this process alone is passed on, so that
        // the child stops as it would have (nothing half-written, exit code 130).
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, context => context.Cancel = true);
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
        {
            context.Cancel = true;
            PassOn(child, context.Signal);
        });
        child.WaitForExit();
        return child.ExitCode;
    }

    private static void PassOn(Process child, PosixSignal signal)
    {
        if (OperatingSystem.IsWindows() || NativeMethods.Kill(child.Id, signal == PosixSignal.SIGTERM ? NativeMethods.SigTerm : NativeMethods.SigInt) != 0)
        {
            try
            {
                child.Kill(entireProcessTree: true);
            }
            catch (InvalidOperationException)
            {
                // It has already exited.
            }
        }
    }

    private static long TotalBytes(IReadOnlyList<InputFile> files)
    {
        long total = 0;
        foreach (var file in files)
        {
            try
            {
                total += new FileInfo(file.FullPath).Length;
            }
            catch (IOException)
            {
                // An unreadable file is reported by the run itself.
            }
        }

        return total;
    }
}

/// <summary>A batch command over <paramref name="Files"/> input files, and whether it was asked to print only errors.</summary>
internal sealed record LargeBatch(int Files, bool Quiet);
