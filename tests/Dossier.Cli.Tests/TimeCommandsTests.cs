using System.Text.Json;

namespace Dossier.Cli.Tests;

public sealed class TimeCommandsTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("dossier-time-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string WriteTml(string name)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, """
            <?xml version="1.0" ?>
            <TimeML>
            <DCT><TIMEX3 tid="t0" type="DATE" value="1998-08-07" functionInDocument="CREATION_TIME">19980807</TIMEX3></DCT>
            <TEXT>Bombs exploded <TIMEX3 tid="t1" type="DATE" value="1998-08-07">Friday</TIMEX3> in Nairobi, after <TIMEX3 tid="t2" type="DURATION" value="P2W">two weeks</TIMEX3> of warnings.</TEXT>
            </TimeML>
            """);
        return path;
    }

    [Fact]
    public void Tag_writes_one_json_line_per_time_expression()
    {
        var path = WriteTml("a.tml");

        var (exit, output, _) = CliRunner.Run("tag", "--task", "time", "--format", "timeml", path);

        Assert.Equal(0, exit);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        using var first = JsonDocument.Parse(lines[0]);
        var root = first.RootElement;
        Assert.Equal(path, root.GetProperty("file").GetString());
        Assert.Equal(15, root.GetProperty("start").GetInt32());
        Assert.Equal(21, root.GetProperty("end").GetInt32());
        Assert.Equal("Friday", root.GetProperty("text").GetString());
        Assert.Equal("DATE", root.GetProperty("type").GetString());
        Assert.Equal("1998-08-07", root.GetProperty("value").GetString());
    }

    [Fact]
    public void Tag_reports_an_unreadable_file_and_fails()
    {
        var (exit, _, error) = CliRunner.Run("tag", "--task", "time", Path.Combine(_folder, "missing.tml"));

        Assert.NotEqual(0, exit);
        Assert.Contains("missing.tml", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Eval_time_scores_a_folder()
    {
        WriteTml("a.tml");

        var (exit, output, _) = CliRunner.Run("eval", "time", _folder);

        Assert.Equal(0, exit);
        Assert.Contains("files 1, gold 2, system 2", output, StringComparison.Ordinal);
        Assert.Contains("relaxed  P 1.000  R 1.000  F1 1.000", output, StringComparison.Ordinal);
        Assert.Contains("value    F1 1.000", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Eval_time_files_even_and_odd_split_the_name_sorted_files()
    {
        WriteTml("c.tml");
        WriteTml("a.tml");
        WriteTml("b.tml");

        var (evenExit, even, _) = CliRunner.Run("eval", "time", _folder, "--files", "even");
        var (oddExit, odd, _) = CliRunner.Run("eval", "time", _folder, "--files", "odd", "--errors");

        Assert.Equal(0, evenExit);
        Assert.Equal(0, oddExit);
        Assert.Contains("files 2, gold 4", even, StringComparison.Ordinal);
        Assert.Contains("files 1, gold 2", odd, StringComparison.Ordinal);
    }

    [Fact]
    public void Eval_time_without_tml_files_fails()
    {
        var (exit, _, error) = CliRunner.Run("eval", "time", _folder);

        Assert.NotEqual(0, exit);
        Assert.Contains("no .tml files", error, StringComparison.Ordinal);
    }
}
