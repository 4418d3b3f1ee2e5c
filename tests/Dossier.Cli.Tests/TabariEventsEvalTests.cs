using Dossier.Core.Tests;

namespace Dossier.Cli.Tests;

public sealed class TabariEventsEvalTests
{
    private static string Suite(TempDirectory folder)
    {
        folder.File("Test.actors", "NORLAND  [NOR]\nSOUTHMARK  [SOU]\n");
        folder.File("Test.verbs", "PRAISE  [041]\n");
        folder.File("Test.options", "COMPLEX: VERBS[5] CONJ[4]\n");
        // Eight words at least: TABARI does not code shorter sentences (SET: MINIMUM WORDS, default 8).
        folder.File("Test.text", """
            010203  ALPHA-01
            Norland praised Southmark on Monday for its help with the harvest.
            /*\n{ NOR / SOU / 041 } */

            010204  ALPHA-02
            Norland praised Southmark on Tuesday for its help with the harvest.
            /*\n{ SOU / NOR / 041 } */

            010205  BETA-Switch
            A setting.
            /*\n{ OPTION: SET: CODE ALL } */
            """);
        return folder.File("Test.project", "A test suite\n<actorsfile> Test.actors\n<verbsfile> Test.verbs\n<optionsfile> Test.options\n<textfile> Test.text\n");
    }

    [Fact]
    public void Eval_reads_a_tabari_project_scores_by_category_and_says_what_it_skips()
    {
        using var folder = new TempDirectory();
        var project = Suite(folder);

        var (exit, output, error) = CliRunner.Run("eval", "events", project);

        Assert.True(exit == 0, error);
        Assert.Contains("skipped 1 of 3 records:", output, StringComparison.Ordinal);
        Assert.Contains("sets options", output, StringComparison.Ordinal);
        Assert.Contains("records 2, expected codings 2, coded 2", output, StringComparison.Ordinal);
        Assert.Contains("true positives 1 (50.0 % of expected found), false positives 1 (50.0 % of coded), misses 1", output, StringComparison.Ordinal);
        Assert.Contains("  ALPHA               2    1     1     1", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Tag_finds_the_project_beside_a_records_file()
    {
        using var folder = new TempDirectory();
        Suite(folder);

        var (exit, output, error) = CliRunner.Run("tag", "--task", "events", Path.Combine(folder.Path, "Test.text"));

        Assert.True(exit == 0, error);
        Assert.Contains("""{"id":"ALPHA-01","source":"NOR","target":"SOU","code":"041"}""", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_records_file_without_a_project_is_an_error()
    {
        using var folder = new TempDirectory();
        var text = folder.File("Lonely.text", "010203  ALPHA-01\nNorland praised Southmark.\n");

        var (exit, _, error) = CliRunner.Run("eval", "events", "--format", "tabari", text);

        Assert.NotEqual(0, exit);
        Assert.Contains("no TABARI .project file", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\u0001\u0002 binary \u00ff\u0000")]
    public void A_records_file_with_no_records_is_an_error_naming_the_file(string content)
    {
        using var folder = new TempDirectory();
        var project = Suite(folder);
        folder.File("Test.text", content);

        var (exit, output, error) = CliRunner.Run("eval", "events", project);

        Assert.NotEqual(0, exit);
        Assert.Contains("Test.project: no TABARI records found", error, StringComparison.Ordinal);
        Assert.DoesNotContain("true positives", output, StringComparison.Ordinal);
    }
}
