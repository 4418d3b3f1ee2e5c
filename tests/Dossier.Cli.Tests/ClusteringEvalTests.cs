using Dossier.Cli.Eval;
using Dossier.Core.CorpusAnalysis.Clustering;
using Dossier.Core.Tests;

namespace Dossier.Cli.Tests;

public sealed class ClusteringEvalTests
{
    // Made-up rows in the UCI News Aggregator layout: two stories, a quoted title with a comma and doubled quotes, a row without a label.
    private const string Csv = """
        ID,TITLE,URL,PUBLISHER,CATEGORY,STORY,HOSTNAME,TIMESTAMP
        1,"Volcano erupts near Grindavik, Iceland",http://a.example/1,A,t,storyV,a.example,1394470370698
        2,Grindavik evacuated as Iceland volcano erupts,http://b.example/2,B,t,storyV,b.example,1394470371207
        3,"Arsenal sign Adeyemi from Dortmund for ""record"" fee",http://c.example/3,C,s,storyA,c.example,1394470371550
        4,Adeyemi completes Arsenal move from Dortmund,http://d.example/4,D,s,storyA,d.example,1394470371793
        5,Broken row without a story,http://e.example/5
        """;

    [Fact]
    public void Reader_parses_quoted_fields_and_skips_unlabelled_rows()
    {
        var headlines = UciNewsReader.Read(new StringReader(Csv));

        Assert.Equal(["1", "2", "3", "4"], headlines.Select(h => h.Id));
        Assert.Equal("Volcano erupts near Grindavik, Iceland", headlines[0].Title);
        Assert.Equal("Arsenal sign Adeyemi from Dortmund for \"record\" fee", headlines[2].Title);
        Assert.Equal("storyA", headlines[3].Story);
        Assert.Equal("http://a.example/1", headlines[0].Url);
    }

    [Fact]
    public void Shuffled_order_is_fixed_by_the_seed_and_keeps_every_row()
    {
        var headlines = Enumerable.Range(0, 50).Select(i => new LabelledHeadline(i.ToString(System.Globalization.CultureInfo.InvariantCulture), "t", "u", "s" + (i / 10))).ToList();

        var once = ClusteringEval.Shuffled(headlines, 0).Select(h => h.Id).ToList();

        Assert.Equal(once, ClusteringEval.Shuffled(headlines, 0).Select(h => h.Id));
        Assert.NotEqual(headlines.Select(h => h.Id), once);
        Assert.NotEqual(once, ClusteringEval.Shuffled(headlines, 1).Select(h => h.Id));
        Assert.Equal(headlines.Select(h => h.Id).Order(), once.Order());
    }

    [Fact]
    public void BCubed_of_a_perfect_clustering_is_one()
    {
        var score = BCubed.Score([7, 7, 3], ["a", "a", "b"]);

        Assert.Equal((1.0, 1.0, 1.0), (score.Precision, score.Recall, score.F1));
    }

    [Fact]
    public void BCubed_averages_per_item_precision_and_recall()
    {
        // One cluster holding everything: precision per item 2/3 for a, 1/3 for b; recall 1.
        var merged = BCubed.Score([0, 0, 0], ["a", "a", "b"]);
        Assert.Equal(5.0 / 9, merged.Precision, 10);
        Assert.Equal(1.0, merged.Recall, 10);

        // Singletons: precision 1; recall 1/2, 1/2, 1.
        var split = BCubed.Score([0, 1, 2], ["a", "a", "b"]);
        Assert.Equal(1.0, split.Precision, 10);
        Assert.Equal(2.0 / 3, split.Recall, 10);
        Assert.Equal(0.8, split.F1, 10);
    }

    [Fact]
    public void Halves_split_by_story_are_stable()
    {
        Assert.Equal(ClusteringEval.Half("storyV"), ClusteringEval.Half("storyV"));
        var halves = Enumerable.Range(0, 100).Select(i => ClusteringEval.Half("story" + i)).ToList();
        Assert.Contains('A', halves);
        Assert.Contains('B', halves);
    }

    [Fact]
    public void Eval_clustering_prints_the_scores()
    {
        using var dir = new TempDirectory();
        var file = dir.File("news.csv", Csv);

        var (exit, output, error) = CliRunner.Run("eval", "clustering", file);

        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, error);
        Assert.Matches(@"all\s+4\s+2\s+2\s+1\.0000\s+1\.0000\s+1\.0000", output);
    }

    [Fact]
    public void Words_of_the_url_join_headlines_that_share_no_title_word()
    {
        List<LabelledHeadline> headlines =
        [
            new("1", "Volcano erupts near Grindavik", "http://a.example/news/iceland-volcano-grindavik-eruption", "v"),
            new("2", "Town emptied as lava flows", "http://b.example/world/iceland-volcano-grindavik-evacuated", "v"),
            new("3", "Arsenal sign Adeyemi from Dortmund", "http://c.example/sport/arsenal-adeyemi-dortmund", "a"),
        ];

        var (titleOnly, titleClusters) = ClusteringEval.Evaluate(headlines, StoryClusterOptions.Headlines, titleOnly: true);
        var (withUrl, urlClusters) = ClusteringEval.Evaluate(headlines, StoryClusterOptions.Headlines);

        Assert.Equal(3, titleClusters);
        Assert.True(titleOnly.Recall < 1);
        Assert.Equal(2, urlClusters);
        Assert.Equal(1.0, withUrl.F1, 10);
    }

    [Fact]
    public void Eval_clustering_takes_the_expansion_weight_from_the_command_line()
    {
        using var dir = new TempDirectory();
        var file = dir.File("news.csv", Csv);

        var (preset, presetOutput, _) = CliRunner.Run("eval", "clustering", file);
        var (exit, output, _) = CliRunner.Run("eval", "clustering", file, "--expansion-weight", "0");

        Assert.Equal(0, preset);
        Assert.Contains(FormattableString.Invariant($"expansion {StoryClusterOptions.Headlines.ExpansionWeight}"), presetOutput, StringComparison.Ordinal);
        Assert.Equal(0, exit);
        Assert.Contains("expansion 0 ", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Eval_clustering_takes_the_mixture_sweeps_from_the_command_line()
    {
        using var dir = new TempDirectory();
        var file = dir.File("news.csv", Csv);

        var (preset, presetOutput, _) = CliRunner.Run("eval", "clustering", file);
        var (exit, output, _) = CliRunner.Run("eval", "clustering", file, "--mixture-passes", "0", "--mixture-smoothing", "0.7");

        Assert.Equal(0, preset);
        Assert.Contains(FormattableString.Invariant($"mixture passes {StoryClusterOptions.Headlines.MixturePasses} smoothing {StoryClusterOptions.Headlines.MixtureSmoothing} "), presetOutput, StringComparison.Ordinal);
        Assert.Equal(0, exit);
        Assert.Contains("mixture passes 0 smoothing 0.7 ", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Eval_clustering_reports_a_missing_file()
    {
        var (exit, _, error) = CliRunner.Run("eval", "clustering", "/nonexistent/news.csv");

        Assert.Equal(2, exit);
        Assert.Contains("no file", error, StringComparison.Ordinal);
    }
}
