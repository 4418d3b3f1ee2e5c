using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Dossier.Core.Tests;
using Dossier.Storage;
using Microsoft.Data.Sqlite;
using Xunit.Abstractions;

namespace Dossier.Cli.Tests;

/// <summary>
/// Kills <c>dossier ingest</c> with SIGKILL at random moments, checks the store after every
/// kill, then lets a last run finish and compares the store with one that was never
/// interrupted. The default is a small run for CI; the full run is
/// <c>DOSSIER_CRASH_KILLS=100 DOSSIER_CRASH_DOCS=1000 dotnet test tests/Dossier.Cli.Tests --filter CrashSafeIngest</c>.
/// </summary>
public sealed class CrashSafeIngestTests(ITestOutputHelper log) : IDisposable
{
    private readonly TempDirectory _folder = new();

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }

    [Fact]
    public async Task Killing_ingest_at_random_points_leaves_a_consistent_store_that_the_next_run_completes()
    {
        var kills = Setting("DOSSIER_CRASH_KILLS", 3);
        var documents = Setting("DOSSIER_CRASH_DOCS", 24);
        var batch = Math.Max(1, documents / 8);
        var seed = Setting("DOSSIER_CRASH_SEED", 20190425);
        var inputs = WriteInputs(documents);

        var reference = Path.Combine(_folder.Path, "reference.db");
        var clock = Stopwatch.StartNew();
        Assert.Equal(0, await IngestAsync(inputs, reference, batch, kill: null));
        var fullRun = clock.Elapsed;

        // A kill point: after a random number of further batches are committed (possibly all of
        // them, so that the kill lands in the final corpus recomputation), plus a random part of a
        // batch's time, so kills land in reading, analysing, committing and recomputing.
        var crashed = Path.Combine(_folder.Path, "crashed.db");
        var batches = (documents + batch - 1) / batch;
        var batchTime = fullRun / batches;
        var random = new Random(seed);
        var storedBefore = 0;
        var killed = 0;
        for (var i = 0; i < kills; i++)
        {
            var remaining = (documents - storedBefore + batch - 1) / batch;
            var target = Math.Min(documents, storedBefore + (random.Next(remaining + 1) * batch));
            var extra = batchTime * random.NextDouble() * 0.5;
            if (await IngestAsync(inputs, crashed, batch, new KillPoint(crashed, target, extra)) is null)
            {
                killed++;
            }

            var stored = Check(crashed);
            Assert.True(stored >= storedBefore, $"kill {i + 1}: the store held {storedBefore} documents before and {stored} after: committed documents were lost");
            storedBefore = stored;
        }

        Assert.True(killed > 0, "no kill landed before its run ended");
        Assert.Equal(0, await IngestAsync(inputs, crashed, batch, kill: null));
        Assert.Equal(documents, Check(crashed));
        log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{documents} documents, batches of {batch}, {kills} kill points of which {killed} killed a running ingest, seed {seed}, uninterrupted run {fullRun.TotalSeconds:0.0} s"));

        using var recovered = DossierStores.Open(crashed);
        using var clean = DossierStores.Open(reference);
        Assert.True(await recovered.IsCorpusCurrentAsync());
        Assert.Equal(Contract(await clean.ExportAsync()), Contract(await recovered.ExportAsync()));
    }

    private static int Setting(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0 ? value : fallback;

    private static string Contract(Core.Output.DossierJson dossier) => JsonSerializer.Serialize(dossier, Core.Output.DossierJsonWriter.Options);

    // Copies of the sample articles, each made distinct by its last line.
    private string WriteInputs(int count)
    {
        var samples = Directory.GetFiles(RepositoryPaths.Samples, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToList();
        var folder = Path.Combine(_folder.Path, "inputs");
        for (var i = 0; i < count; i++)
        {
            _folder.File(
                string.Create(CultureInfo.InvariantCulture, $"inputs/copy-{i:D5}.txt"),
                samples[i % samples.Count] + string.Create(CultureInfo.InvariantCulture, $"\nFiled as copy {i} of the archive.\n"));
        }

        return folder;
    }

    /// <summary>Kill once the store holds <paramref name="Documents"/> documents and <paramref name="Then"/> has passed.</summary>
    private sealed record KillPoint(string Database, int Documents, TimeSpan Then);

    /// <summary>Runs the real executable; returns its exit code, or null when it was killed first.</summary>
    private static async Task<int?> IngestAsync(string inputs, string database, int batch, KillPoint? kill)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "dossier.dll"), "ingest", inputs, "--db", database, "--batch", batch.ToString(CultureInfo.InvariantCulture), "--quiet" })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start dotnet");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        var exited = process.WaitForExitAsync();
        if (kill is not null)
        {
            while (!exited.IsCompleted && StoredCount(kill.Database) < kill.Documents)
            {
                await Task.WhenAny(exited, Task.Delay(20));
            }

            await Task.WhenAny(exited, Task.Delay(kill.Then));
            if (!exited.IsCompleted)
            {
                process.Kill(entireProcessTree: true); // SIGKILL: no chance to clean up
                await exited;
                await Task.WhenAll(stdout, stderr);
                return null;
            }
        }

        if (await Task.WhenAny(exited, Task.Delay(TimeSpan.FromMinutes(20))) != exited)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("ingest did not finish within 20 minutes");
        }

        await Task.WhenAll(stdout, stderr);
        Assert.True(process.ExitCode == 0, $"ingest exited with {process.ExitCode}: {stderr.Result}");
        return process.ExitCode;
    }

    // Read while the writer runs (WAL lets readers in); 0 before the schema exists.
    private static int StoredCount(string database)
    {
        if (!File.Exists(database))
        {
            return 0;
        }

        try
        {
            using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False");
            connection.Open();
            return Convert.ToInt32(Scalar(connection, "SELECT COUNT(*) FROM documents"), CultureInfo.InvariantCulture);
        }
        catch (SqliteException)
        {
            return 0;
        }
    }

    // The store opens, passes SQLite's own integrity check, and holds each content once with a
    // readable contract; returns how many documents it holds.
    private static int Check(string database)
    {
        if (!File.Exists(database))
        {
            return 0;
        }

        using var connection = new SqliteConnection($"Data Source={database};Pooling=False");
        connection.Open();
        Assert.Equal("ok", Scalar(connection, "PRAGMA integrity_check"));
        if (Scalar(connection, "SELECT COUNT(*) FROM sqlite_master WHERE name = 'documents'") is 0L)
        {
            return 0;
        }

        var rows = (long)Scalar(connection, "SELECT COUNT(*) FROM documents")!;
        Assert.Equal(rows, (long)Scalar(connection, "SELECT COUNT(DISTINCT hash) FROM documents")!);
        Assert.Equal(rows, (long)Scalar(connection, "SELECT COUNT(DISTINCT id) FROM documents")!);
        using var contracts = connection.CreateCommand();
        contracts.CommandText = "SELECT contract FROM documents";
        using var reader = contracts.ExecuteReader();
        while (reader.Read())
        {
            using var parsed = JsonDocument.Parse(reader.GetString(0));
            Assert.True(parsed.RootElement.GetProperty("text").GetString()!.Length > 0);
        }

        return (int)rows;
    }

    private static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
