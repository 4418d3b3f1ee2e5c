using Dossier.Core.Recognition.TimeMl;

namespace Dossier.Core.Tests.Recognition;

public sealed class TimexScoreTests
{
    private static TimeMlTimex T(int start, int end, string value, string type = "DATE") => new(start, end, "x", type, value);

    [Fact]
    public void Strict_relaxed_and_value_counts()
    {
        var score = new TimexScore();
        TimeMlTimex[] gold = [T(0, 6, "1998-08-07"), T(10, 20, "P2D", "DURATION"), T(30, 34, "1997")];
        TimeMlTimex[] system = [T(0, 6, "1998-08-07"), T(12, 20, "P3D", "DURATION"), T(40, 44, "1999")];

        var alignment = score.Add(gold, system);

        Assert.Equal((3, 3, 1, 2, 1, 2), (score.Gold, score.System, score.Strict, score.Relaxed, score.CorrectValue, score.CorrectType));
        Assert.Equal(1 / 3.0, score.StrictF1, 6);
        Assert.Equal(2 / 3.0, score.RelaxedF1, 6);
        Assert.Equal(1 / 3.0, score.ValueF1, 6);
        Assert.Equal(0.5, score.ValueAccuracy, 6);
        Assert.Equal("1997", Assert.Single(alignment.Missed).Value);
        Assert.Equal("1999", Assert.Single(alignment.Spurious).Value);
    }

    [Fact]
    public void One_system_timex_matches_one_gold_timex()
    {
        var score = new TimexScore();

        score.Add([T(0, 5, "a"), T(6, 10, "b")], [T(0, 10, "a")]);

        Assert.Equal(1, score.Relaxed);
        Assert.Equal(0.5, score.RelaxedRecall, 6);
        Assert.Equal(1.0, score.RelaxedPrecision, 6);
    }

    [Fact]
    public void Empty_score_is_zero_not_NaN()
    {
        var score = new TimexScore();

        Assert.Equal(0, score.RelaxedF1);
        Assert.Equal(0, score.ValueAccuracy);
    }
}
