using Dossier.Cli.Eval;
using Dossier.Core.Tests;

namespace Dossier.Cli.Tests;

public sealed class PloverEvalTests
{
    private const string Records = """
        [
        { "id": "X-DOCUMENT-0001", "event": "DOCUMENT", "eventText": "documentation only" },
        { "id": "X-CONSULT-0001", "date": "2000-01-01", "event": "CONSULT", "text": "North Korean leader Kim Jong Un arrived in Vladivostok on Wednesday." },
        { "id": "X-DEMAND-0001", "date": "2000-01-01", "event": "DEMAND", "text": "Russia demanded that Ukraine release the sailors." },
        ]
        """;

    [Theory]
    [InlineData("DEMAND", "REQUEST")]
    [InlineData("DISAPPROVE", "ACCUSE")]
    [InlineData("INVESTIGATE", "ACCUSE")]
    [InlineData("FIGHT", "ASSAULT")]
    [InlineData("CONSULT", "CONSULT")]
    public void Gold_types_of_plover_0_6_are_read_in_the_2021_names(string gold, string current) =>
        Assert.Equal(current, PloverEval.Current(gold));

    [Fact]
    public void Records_with_text_are_scored_and_documentation_records_skipped()
    {
        using var folder = new TempDirectory();
        var file = folder.File("gsr.txt", Records);

        var (exit, output, error) = CliRunner.Run("eval", "plover", file);

        Assert.True(exit == 0, error);
        Assert.StartsWith("records 2  with an event record ", output, StringComparison.Ordinal);
        Assert.Contains("  REQUEST     gold   1", output, StringComparison.Ordinal);
        Assert.Contains("  CONSULT     gold   1", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_or_malformed_file_is_a_usage_error()
    {
        using var folder = new TempDirectory();

        Assert.Equal(2, CliRunner.Run("eval", "plover", Path.Combine(folder.Path, "none.txt")).ExitCode);
        Assert.Equal(2, CliRunner.Run("eval", "plover", folder.File("bad.txt", "{ not json")).ExitCode);
    }
}
