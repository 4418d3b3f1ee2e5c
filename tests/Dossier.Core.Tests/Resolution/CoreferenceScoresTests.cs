using Dossier.Core.Resolution;

namespace Dossier.Core.Tests.Resolution;

public sealed class CoreferenceScoresTests
{
    // The worked example of Pradhan et al. (2014): gold {a b c} {d e f g}, system {a b} {c d} {f g h i}, restricted here to shared mentions.
    private static readonly Dictionary<string, string> Gold = new()
    {
        ["a"] = "1",
        ["b"] = "1",
        ["c"] = "1",
        ["d"] = "2",
        ["e"] = "2",
        ["f"] = "2",
        ["g"] = "2",
    };

    private static readonly Dictionary<string, string> Predicted = new()
    {
        ["a"] = "x",
        ["b"] = "x",
        ["c"] = "y",
        ["d"] = "y",
        ["e"] = "e",
        ["f"] = "z",
        ["g"] = "z",
    };

    [Fact]
    public void Perfect_clustering_scores_one_everywhere()
    {
        Assert.Equal(1, CoreferenceScores.BCubed(Gold, Gold).F1, 6);
        Assert.Equal(1, CoreferenceScores.Muc(Gold, Gold).F1, 6);
        Assert.Equal(1, CoreferenceScores.CeafE(Gold, Gold).F1, 6);
        Assert.Equal(1, CoreferenceScores.ConllF1(Gold, Gold), 6);
    }

    [Fact]
    public void BCubed_averages_per_mention_overlap()
    {
        var b3 = CoreferenceScores.BCubed(Gold, Predicted);

        // Precision: a,b 1; c,d 1/2; e 1; f,g 1 → 6/7. Recall: a,b 2/3; c 1/3; d 1/4; e 1/4; f,g 2/4.
        Assert.Equal(6.0 / 7, b3.Precision, 6);
        Assert.Equal(((2.0 / 3) + (2.0 / 3) + (1.0 / 3) + 0.25 + 0.25 + 0.5 + 0.5) / 7, b3.Recall, 6);
    }

    [Fact]
    public void Muc_counts_links()
    {
        var muc = CoreferenceScores.Muc(Gold, Predicted);

        // Recall: (3-2 + 4-3) / (2 + 3) = 2/5. Precision: (2-1 + 2-2 + 1-1 + 2-1) / (1 + 1 + 0 + 1) = 2/3.
        Assert.Equal(0.4, muc.Recall, 6);
        Assert.Equal(2.0 / 3, muc.Precision, 6);
    }

    [Fact]
    public void CeafE_aligns_each_gold_entity_with_at_most_one_predicted_entity()
    {
        var ceaf = CoreferenceScores.CeafE(Gold, Predicted);

        // Best alignment: {a b c}↔{a b} φ=0.8, {d e f g}↔{f g} φ=2/3 → 22/15; 4 predicted, 2 gold entities.
        Assert.Equal(22.0 / 15 / 4, ceaf.Precision, 6);
        Assert.Equal(22.0 / 15 / 2, ceaf.Recall, 6);
    }
}
