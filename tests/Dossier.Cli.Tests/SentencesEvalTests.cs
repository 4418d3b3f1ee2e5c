using Dossier.Core.Tests;

namespace Dossier.Cli.Tests;

public sealed class SentencesEvalTests
{
    // A made-up article in MEANTIME's format: headline, dateline, then three body sentences.
    private const string Article = """
        <?xml version="1.0" ?><Document doc_id="1" doc_name="1_Talks_end" lang="en" url="http://en.wikinews.org/wiki/Talks_end">
        <token number="0" sentence="0" t_id="1">Talks</token>
        <token number="1" sentence="0" t_id="2">end</token>
        <token number="2" sentence="1" t_id="3">April</token>
        <token number="3" sentence="1" t_id="4">25</token>
        <token number="4" sentence="1" t_id="5">,</token>
        <token number="5" sentence="1" t_id="6">2019</token>
        <token number="6" sentence="2" t_id="7">Mr.</token>
        <token number="7" sentence="2" t_id="8">Kim</token>
        <token number="8" sentence="2" t_id="9">left</token>
        <token number="9" sentence="2" t_id="10">the</token>
        <token number="10" sentence="2" t_id="11">U.S.</token>
        <token number="11" sentence="2" t_id="12">embassy</token>
        <token number="12" sentence="2" t_id="13">.</token>
        <token number="13" sentence="3" t_id="14">``</token>
        <token number="14" sentence="3" t_id="15">It</token>
        <token number="15" sentence="3" t_id="16">worked</token>
        <token number="16" sentence="3" t_id="17">,</token>
        <token number="17" sentence="3" t_id="18">''</token>
        <token number="18" sentence="3" t_id="19">he</token>
        <token number="19" sentence="3" t_id="20">said</token>
        <token number="20" sentence="3" t_id="21">.</token>
        <token number="21" sentence="4" t_id="22">Putin</token>
        <token number="22" sentence="4" t_id="23">agreed</token>
        <token number="23" sentence="4" t_id="24">.</token>
        </Document>
        """;

    [Fact]
    public void Eval_sentences_scores_the_gold_boundaries()
    {
        using var dir = new TempDirectory();
        dir.File("corpus_a/1_Talks_end.xml", Article);

        var (exit, output, error) = CliRunner.Run("eval", "sentences", dir.Path, "--errors", "5");

        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, error);
        Assert.Contains("articles 1  gold boundaries 4  predicted 4  correct 4", output, StringComparison.Ordinal);
        Assert.Contains("precision 1.0000  recall 1.0000  F1 1.0000", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Eval_sentences_reports_a_missing_folder()
    {
        var (exit, _, error) = CliRunner.Run("eval", "sentences", "/nonexistent/meantime");
        Assert.Equal(2, exit);
        Assert.Contains("no folder", error, StringComparison.Ordinal);
    }
}
