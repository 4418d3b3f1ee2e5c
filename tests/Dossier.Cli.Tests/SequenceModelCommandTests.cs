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
    public void Eval_ner_prints_per_type_and_overall_scores()
    {
        var file = _in.File("mini.conll", Conll);

        var (exit, output, _) = CliRunner.Run("eval", "ner", file);

        Assert.Equal(0, exit);
        Assert.Contains("  PER            1          1        1     100.00  100.00 100.00", output, StringComparison.Ordinal);
        Assert.Contains("overall", output, StringComparison.Ordinal);
    }
}
