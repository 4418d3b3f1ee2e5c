using Dossier.Cli.Eval;

namespace Dossier.Cli.Tests;

public sealed class QuotesEvalTests
{
    private const string Text = "“We will win,” said Jane Smith. Officials said the plan failed.";

    private static readonly string[] Annotation =
    [
        "T1\tContent 0 14\t“We will win,”",
        "T2\tCue 15 19\tsaid",
        "T3\tSource 20 30\tJane Smith",
        "T4\tAttribution 15 19\tsaid",
        "E1\tAttribution:T4 Content:T1 Cue:T2 Source:T3",
        "T5\tSource 32 41\tOfficials",
        "T6\tCue 42 46\tsaid",
        "T7\tContent 47 62;62 63\tthe plan failed.",
        "E2\tAttribution:T6 Source:T5 Cue:T6 Content:T7",
    ];

    [Fact]
    public void Reads_brat_attributions_with_their_roles_and_fragments()
    {
        var gold = BratAttributionReader.Read(Annotation);

        Assert.Equal(2, gold.Count);
        Assert.Equal((15, 19), gold[0].Cue!.Fragments[0]);
        Assert.Equal(2, gold[1].Content!.Fragments.Count);
        Assert.Equal(63, gold[1].Content!.End);
    }

    [Fact]
    public void Scores_exact_and_overlapping_spans_after_trimming_quote_marks()
    {
        var gold = new List<BratAttribution> { new(Span(20, 30), Span(15, 19), Span(0, 14)) };
        var predicted = new List<BratAttribution> { new(Span(25, 30), Span(15, 19), Span(1, 12)) };
        var scorer = new AttributionScorer();

        scorer.Score(Text, gold, predicted);

        Assert.Equal(1.0, scorer.Count("content", SpanMatch.Exact).F1);
        Assert.Equal(0.0, scorer.Count("source", SpanMatch.Exact).F1);
        Assert.Equal(1.0, scorer.Count("source", SpanMatch.Overlap).F1);
        Assert.Equal(0.0, scorer.Count("attribution", SpanMatch.Exact).F1);
        Assert.Equal(1.0, scorer.Count("attribution", SpanMatch.Overlap).F1);
    }

    [Fact]
    public void Counts_an_unmatched_prediction_against_precision_only()
    {
        var scorer = new AttributionScorer();

        scorer.Score(Text, [new(null, Span(42, 46), Span(47, 62))], [new(null, Span(42, 46), Span(47, 62)), new(null, Span(15, 19), Span(0, 14))]);

        var cue = scorer.Count("cue", SpanMatch.Exact);
        Assert.Equal(0.5, cue.Precision);
        Assert.Equal(1.0, cue.Recall);
    }

    [Fact]
    public void Evaluates_a_polnear_folder_from_the_command_line()
    {
        var dir = Directory.CreateTempSubdirectory("quotes-eval");
        try
        {
            Directory.CreateDirectory(Path.Combine(dir.FullName, "text"));
            Directory.CreateDirectory(Path.Combine(dir.FullName, "attributions"));
            File.WriteAllText(Path.Combine(dir.FullName, "text", "article.txt"), Text);
            File.WriteAllLines(Path.Combine(dir.FullName, "attributions", "article_ab12.ann"), Annotation);

            var (exit, output, _) = CliRunner.Run("eval", "quotes", dir.FullName);

            Assert.Equal(0, exit);
            Assert.Contains("1 documents, 2 gold attributions", output, StringComparison.Ordinal);
            Assert.Contains("content      overlap", output, StringComparison.Ordinal);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void Refuses_a_folder_without_text_and_attributions()
    {
        var (exit, _, error) = CliRunner.Run("eval", "quotes", Path.GetTempPath());

        Assert.Equal(2, exit);
        Assert.Contains("no text/ and attributions/", error, StringComparison.Ordinal);
    }

    private static SpanFragments Span(int start, int end) => new([(start, end)]);
}
