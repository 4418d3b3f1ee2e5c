using System.IO.Compression;
using System.Text.Json.Nodes;
using Dossier.Core.Tests;

namespace Dossier.Cli.Tests;

public sealed class AnalyzeCommandTests : IDisposable
{
    private readonly TempDirectory _in = new();
    private readonly TempDirectory _out = new();

    public void Dispose()
    {
        _in.Dispose();
        _out.Dispose();
    }

    private string OutFile(string name) => Path.Combine(_out.Path, name);

    private const string Article = "Kim meets Putin\n\nNorth Korean leader Kim Jong Un arrived in Vladivostok on Wednesday. “We came with warm feelings,” Kim said.\n";

    [Fact]
    public void Bad_inputs_are_reported_by_name_and_the_rest_of_the_batch_is_analysed()
    {
        _in.File("good.txt", Article);
        _in.File("empty.txt", string.Empty);
        _in.File("binary.txt", Enumerable.Range(0, 2048).Select(i => (byte)(i * 7 % 256)).ToArray());
        _in.File("latin.txt", [0x4B, 0x69, 0x6D, 0x20, 0x6D, 0x65, 0x74, 0x20, 0x50, 0x75, 0x74, 0x69, 0x6E, 0x20, 0x93, 0x74, 0x6F, 0x64, 0x61, 0x79, 0x94, 0x2E]);
        _in.File("feed.jsonl", "{\"text\":\"Putin welcomed Kim Jong Un in Vladivostok.\"}\nnot json\n");
        _in.File("cut.txt.gz", Gzip(Article)[..20]);

        var (exit, _, error) = CliRunner.Run("analyze", _in.Path, "--out", _out.Path);

        Assert.Equal(0, exit);
        var dossier = JsonNode.Parse(File.ReadAllText(OutFile("dossier.json")))!;
        Assert.Equal(["feed-1", "good", "latin"], dossier["documents"]!.AsArray().Select(d => d!["id"]!.GetValue<string>()).Order(StringComparer.Ordinal));
        var latin = dossier["documents"]!.AsArray().Single(d => d!["id"]!.GetValue<string>() == "latin")!;
        Assert.Contains("not valid UTF-8", latin["warnings"]![0]!.GetValue<string>(), StringComparison.Ordinal);

        var report = JsonNode.Parse(File.ReadAllText(OutFile("report.json")))!;
        var statuses = report["inputs"]!.AsArray().ToDictionary(i => Path.GetFileName(i!["source"]!.GetValue<string>()), i => i!["status"]!.GetValue<string>(), StringComparer.Ordinal);
        Assert.Equal("failed", statuses["empty.txt"]);
        Assert.Equal("failed", statuses["binary.txt"]);
        Assert.Equal("failed", statuses["cut.txt.gz"]);
        Assert.Equal("partial", statuses["feed.jsonl"]);
        Assert.Equal("analysed", statuses["good.txt"]);
        Assert.Contains("empty.txt: the file is empty", error, StringComparison.Ordinal);
        Assert.Contains("binary.txt: the file is binary data", error, StringComparison.Ordinal);
        Assert.Contains("cut.txt.gz", error, StringComparison.Ordinal);
        Assert.Contains("line 2: invalid JSON", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Nothing_analysable_exits_non_zero_and_writes_no_dossier()
    {
        _in.File("empty.txt", string.Empty);

        var (exit, _, error) = CliRunner.Run("analyze", _in.Path, Path.Combine(_in.Path, "missing"), "--out", _out.Path);

        Assert.Equal(1, exit);
        Assert.False(File.Exists(OutFile("dossier.json")));
        Assert.Contains("nothing could be analysed", error, StringComparison.Ordinal);
        Assert.Contains("missing: no such file or directory", error, StringComparison.Ordinal);
        Assert.True(File.Exists(OutFile("report.json")));
    }

    [Fact]
    public void Re_running_gives_byte_identical_output()
    {
        CliRunner.Run("analyze", RepositoryPaths.Samples, "--out", _out.Path, "--quiet");
        var first = File.ReadAllBytes(OutFile("dossier.json"));
        var firstMd = File.ReadAllBytes(OutFile("dossier.md"));

        CliRunner.Run("analyze", RepositoryPaths.Samples, "--out", _out.Path, "--quiet", "--jobs", "1");

        Assert.Equal(first, File.ReadAllBytes(OutFile("dossier.json")));
        Assert.Equal(firstMd, File.ReadAllBytes(OutFile("dossier.md")));
    }

    [Fact]
    public void An_interrupted_run_leaves_no_dossier_and_no_temporary_files()
    {
        _in.File("good.txt", Article);
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        var (exit, _, error) = CliRunner.Run(cancelled.Token, "analyze", _in.Path, "--out", _out.Path);

        Assert.NotEqual(0, exit);
        Assert.False(File.Exists(OutFile("dossier.json")));
        Assert.Empty(Directory.GetFiles(_out.Path, "*.tmp"));
        Assert.Contains("interrupted", error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unwritable_output_folder_is_a_clear_error()
    {
        _in.File("good.txt", Article);
        var blocker = _out.File("taken", "a file where the output folder should be");

        var (exit, _, error) = CliRunner.Run("analyze", _in.Path, "--out", blocker);

        Assert.Equal(3, exit);
        Assert.Contains($"cannot write the output to '{blocker}'", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Format_selects_the_outputs_written()
    {
        _in.File("good.txt", Article);

        var (exit, _, _) = CliRunner.Run("analyze", _in.Path, "--out", _out.Path, "--format", "json,md");

        Assert.Equal(0, exit);
        Assert.True(File.Exists(OutFile("dossier.json")));
        Assert.True(File.Exists(OutFile("dossier.md")));
        Assert.False(File.Exists(OutFile("index.html")));
    }

    [Fact]
    public void Missing_paths_and_unknown_commands_are_usage_errors()
    {
        Assert.Equal(2, CliRunner.Run("analyze").ExitCode);
        Assert.Equal(2, CliRunner.Run("analyse-typo", _in.Path).ExitCode);
        Assert.Equal(0, CliRunner.Run("analyze", "--help").ExitCode);
    }

    [Fact]
    public void Quiet_prints_nothing_on_success()
    {
        _in.File("good.txt", Article);

        var (exit, output, error) = CliRunner.Run("analyze", _in.Path, "--out", _out.Path, "--quiet");

        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, output);
        Assert.Equal(string.Empty, error);
    }

    [Theory]
    [InlineData("--jobs", "0")]
    [InlineData("--format", "pdf")]
    [InlineData("--max-bytes", "lots")]
    [InlineData("--max-documents", "0")]
    [InlineData("--max-seconds", "0")]
    [InlineData("--max-seconds", "-5")]
    public void Invalid_options_are_usage_errors(string option, string value)
    {
        _in.File("good.txt", Article);

        var (exit, _, error) = CliRunner.Run("analyze", _in.Path, "--out", _out.Path, option, value);

        Assert.Equal(2, exit);
        Assert.Contains(option, error, StringComparison.Ordinal);
        Assert.False(File.Exists(OutFile("dossier.json")));
    }

    [Fact]
    public void Inputs_over_the_document_limit_are_skipped_reported_and_counted()
    {
        _in.File("a.txt", Article);
        _in.File("b.txt", Article.Replace("Wednesday", "Thursday", StringComparison.Ordinal));

        var (exit, output, error) = CliRunner.Run("analyze", _in.Path, "--out", _out.Path, "--max-documents", "1", "--max-seconds", "30");

        Assert.Equal(0, exit);
        Assert.Contains("b.txt: not analysed: the run already has the limit of 1 documents", error, StringComparison.Ordinal);
        Assert.Contains("(DSR014)", error, StringComparison.Ordinal);
        Assert.Contains("1 skipped over --max-documents", output, StringComparison.Ordinal);
        var report = JsonNode.Parse(File.ReadAllText(OutFile("report.json")))!;
        Assert.Equal(1, (int)report["counts"]!["skipped"]!);
        var skipped = report["inputs"]!.AsArray().Single(i => i!["source"]!.GetValue<string>().EndsWith("b.txt", StringComparison.Ordinal))!;
        Assert.Equal("skipped", (string?)skipped["status"]);
        Assert.Equal("DSR014", (string?)skipped["problems"]![0]!["code"]);
    }

    [Fact]
    public void The_html_page_is_self_contained()
    {
        CliRunner.Run("analyze", RepositoryPaths.Samples, "--out", _out.Path, "--quiet");

        var html = File.ReadAllText(OutFile("index.html"));

        Assert.StartsWith("<!doctype html>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("src=\"http", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("id=\"doc-000_8cc3c08dea10cc53-s0\"", html, StringComparison.Ordinal);
    }

    private static byte[] Gzip(string text)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest))
        {
            gzip.Write(System.Text.Encoding.UTF8.GetBytes(text));
        }

        return buffer.ToArray();
    }
}
