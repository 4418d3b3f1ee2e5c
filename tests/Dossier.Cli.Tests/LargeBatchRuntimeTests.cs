using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Dossier.Core.Tests;

namespace Dossier.Cli.Tests;

public sealed class LargeBatchRuntimeTests : IDisposable
{
    private static readonly Func<string, string?> NothingSet = _ => null;

    private readonly TempDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Analyze_and_ingest_of_many_files_run_without_tiering_and_few_files_do_not()
    {
        var many = WriteTextFiles("many", LargeBatchRuntime.DefaultFileThreshold);
        var few = WriteTextFiles("few", LargeBatchRuntime.DefaultFileThreshold - 1);

        Assert.Equal(LargeBatchRuntime.DefaultFileThreshold, LargeBatchRuntime.LargeBatchOf(["analyze", many, "--out", "o"], NothingSet)?.Files);
        Assert.Equal(LargeBatchRuntime.DefaultFileThreshold, LargeBatchRuntime.LargeBatchOf(["ingest", many, "--db", "d.db"], NothingSet)?.Files);
        Assert.Null(LargeBatchRuntime.LargeBatchOf(["analyze", few, "--out", "o"], NothingSet));
    }

    [Fact]
    public void Quiet_is_read_as_the_command_reads_it()
    {
        var many = WriteTextFiles("many", LargeBatchRuntime.DefaultFileThreshold);

        Assert.False(LargeBatchRuntime.LargeBatchOf(["analyze", many], NothingSet)?.Quiet);
        Assert.True(LargeBatchRuntime.LargeBatchOf(["analyze", many, "-q"], NothingSet)?.Quiet);
        Assert.True(LargeBatchRuntime.LargeBatchOf(["ingest", "--quiet", many], NothingSet)?.Quiet);
    }

    [Fact]
    public void One_large_input_file_counts_as_a_large_batch()
    {
        var crawl = _folder.File("crawl.jsonl", string.Empty);
        using (var stream = new FileStream(crawl, FileMode.Open))
        {
            stream.SetLength(LargeBatchRuntime.ByteThreshold);
        }

        Assert.Equal(1, LargeBatchRuntime.LargeBatchOf(["analyze", crawl], NothingSet)?.Files);
    }

    [Fact]
    public void A_tiering_setting_of_the_users_own_is_kept()
    {
        var many = WriteTextFiles("many", LargeBatchRuntime.DefaultFileThreshold);

        Assert.Null(LargeBatchRuntime.LargeBatchOf(["analyze", many], name => name == LargeBatchRuntime.TieringVariable ? "1" : null));
        Assert.Null(LargeBatchRuntime.LargeBatchOf(["analyze", many], name => name == "COMPlus_TieredCompilation" ? "0" : null));
    }

    [Fact]
    public void Other_commands_and_command_lines_with_errors_run_as_they_are()
    {
        var many = WriteTextFiles("many", LargeBatchRuntime.DefaultFileThreshold);

        Assert.Null(LargeBatchRuntime.LargeBatchOf(["search", "Kim"], NothingSet));
        Assert.Null(LargeBatchRuntime.LargeBatchOf(["analyze", many, "--jobs", "0"], NothingSet));
        Assert.Null(LargeBatchRuntime.LargeBatchOf(["--version"], NothingSet));
        Assert.Null(LargeBatchRuntime.LargeBatchOf(["analyze", "--help"], NothingSet));
        Assert.Null(LargeBatchRuntime.LargeBatchOf(["ingest", many, "-h"], NothingSet));
        Assert.Null(LargeBatchRuntime.LargeBatchOf([], NothingSet));
    }

    [Fact]
    public void The_threshold_can_be_set_in_the_environment()
    {
        var three = WriteTextFiles("three", 3);

        Assert.Equal(3, LargeBatchRuntime.LargeBatchOf(["analyze", three], name => name == LargeBatchRuntime.ThresholdVariable ? "3" : null)?.Files);
        Assert.Null(LargeBatchRuntime.LargeBatchOf(["analyze", three], name => name == LargeBatchRuntime.ThresholdVariable ? "4" : null));
        Assert.Null(LargeBatchRuntime.LargeBatchOf(["analyze", three], name => name == LargeBatchRuntime.ThresholdVariable ? "not a number" : null));
    }

    [Fact]
    public async Task The_real_executable_runs_a_large_batch_again_without_tiering_and_writes_the_dossier()
    {
        var outDir = Path.Combine(_folder.Path, "out");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "dossier.dll"), "analyze", RepositoryPaths.Samples, "--out", outDir, "--format", "json" })
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment.Remove(LargeBatchRuntime.TieringVariable);
        start.Environment.Remove("COMPlus_TieredCompilation");
        start.Environment[LargeBatchRuntime.ThresholdVariable] = "1";

        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start dotnet");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        await stdout;
        var errors = await stderr;

        Assert.True(process.ExitCode == 0, $"analyze exited with {process.ExitCode}: {errors}");
        Assert.Contains("running with tiered compilation off", errors, StringComparison.Ordinal);
        using var dossier = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(outDir, "dossier.json")));
        Assert.Equal(Directory.GetFiles(RepositoryPaths.Samples, "*.txt").Length, dossier.RootElement.GetProperty("documents").GetArrayLength());
    }

    private string WriteTextFiles(string folder, int count)
    {
        for (var i = 0; i < count; i++)
        {
            _folder.File(string.Create(CultureInfo.InvariantCulture, $"{folder}/article-{i:D4}.txt"), "Kim met Putin in Vladivostok.\n");
        }

        return Path.Combine(_folder.Path, folder);
    }
}
