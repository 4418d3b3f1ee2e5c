using Dossier.Core.Tests;

namespace Dossier.Cli.Tests;

public sealed class SequenceModelCommandTests : IDisposable
{
    private const string Conll = """
        -DOCSTART- -X- O O

        Angela NNP I-NP I-PER
        Merkel NNP I-NP I-PER
        visited VBD I-VP O
        Paris NNP I-NP I-LOC
        . . O O

        """;

    private readonly TempDirectory _in = new();

    public void Dispose() => _in.Dispose();

    [Fact]
    public void Tag_ner_appends_a_tag_to_every_token_line_and_keeps_the_others()
    {
        var file = _in.File("mini.conll", Conll);

        var (exit, output, _) = CliRunner.Run("tag", "--task", "ner", "--format", "conll", file);

        Assert.Equal(0, exit);
        var lines = output.Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
        Assert.Equal("-DOCSTART- -X- O O", lines[0]);
        Assert.Equal("", lines[1]);
        Assert.Equal("Angela NNP I-NP I-PER B-PER", lines[2]);
        Assert.Equal("Merkel NNP I-NP I-PER I-PER", lines[3]);
        Assert.StartsWith("visited VBD I-VP O ", lines[4], StringComparison.Ordinal);
        Assert.Equal("Paris NNP I-NP I-LOC B-LOC", lines[5]);
    }

    [Fact]
    public void Train_ner_with_several_orders_writes_a_different_model_than_with_one()
    {
        _in.File("eng.train", Conll + """
            Maria NNP I-NP I-PER
            Lopez NNP I-NP I-PER
            left VBD I-VP O
            Madrid NNP I-NP I-LOC
            . . O O

            The DT I-NP O
            United NNP I-NP I-ORG
            Nations NNP I-NP I-ORG
            met VBD I-VP O
            in IN I-PP O
            Geneva NNP I-NP I-LOC
            . . O O

            John NNP I-NP I-PER
            Smith NNP I-NP I-PER
            joined VBD I-VP O
            Reuters NNP I-NP I-ORG
            . . O O

            Lopez NNP I-NP I-PER
            flew VBD I-VP O
            to TO I-PP O
            Berlin NNP I-NP I-LOC
            . . O O

            """);
        string[] common = ["train", "ner", "--data", _in.Path, "--epochs", "3", "--row-bits", "12", "--one-pass"];

        var one = CliRunner.Run([.. common, "--out", System.IO.Path.Combine(_in.Path, "one.gz")]);
        var two = CliRunner.Run([.. common, "--out", System.IO.Path.Combine(_in.Path, "two.gz"), "--orders", "2"]);

        Assert.Equal(0, one.ExitCode);
        Assert.Equal(0, two.ExitCode);
        Assert.NotEqual(File.ReadAllBytes(System.IO.Path.Combine(_in.Path, "one.gz")), File.ReadAllBytes(System.IO.Path.Combine(_in.Path, "two.gz")));
    }

    [Theory]
    [InlineData("ner")]
    [InlineData("pos")]
    public void Train_with_a_label_lexicon_writes_a_larger_model_that_loads_and_tags(string task)
    {
        _in.File("eng.train", Conll);
        List<string> common = ["train", task, "--data", _in.Path, "--epochs", "3", "--row-bits", "12"];
        if (task == "ner")
        {
            // One training document leaves the jackknifed first pass of a two-pass model nothing to learn from.
            common.Add("--one-pass");
        }

        var plain = System.IO.Path.Combine(_in.Path, "plain.gz");
        var lexicon = System.IO.Path.Combine(_in.Path, "lexicon.gz");

        var withoutLexicon = CliRunner.Run([.. common, "--out", plain]);
        var withLexicon = CliRunner.Run([.. common, "--out", lexicon, "--label-lexicon"]);

        Assert.Equal(0, withoutLexicon.ExitCode);
        Assert.Equal(0, withLexicon.ExitCode);
        Assert.True(new FileInfo(lexicon).Length > new FileInfo(plain).Length);
        var model = Dossier.Core.Models.ModelFile.Load(lexicon);
        Assert.Equal(4, new Dossier.Core.Models.SequenceTagger(model).Tag(["Angela", "Merkel", "visited", "Paris"]).Length);
    }

    [Fact]
    public void Eval_ner_prints_per_type_and_overall_scores()
    {
        var file = _in.File("mini.conll", Conll);

        var (exit, output, _) = CliRunner.Run("eval", "ner", file);

        Assert.Equal(0, exit);
        Assert.Contains("  PER            1          1        1     100.00  100.00 100.00", output, StringComparison.Ordinal);
        Assert.Contains("overall", output, StringComparison.Ordinal);
    }
}
