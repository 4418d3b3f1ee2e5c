using Dossier.Core.Cleaning;

namespace Dossier.Core.Tests.Cleaning;

public sealed class ShingleOverlapTests
{
    [Fact]
    public void IdenticalTextsScoreOne()
    {
        var score = ShingleOverlap.Score("One two three four five.", "One, two; three four five!");
        Assert.Equal(1, score.Precision);
        Assert.Equal(1, score.Recall);
        Assert.Equal(1, score.F1);
    }

    [Fact]
    public void ExtraTextLowersPrecisionOnly()
    {
        // Truth: 5 tokens → 2 shingles. Prediction adds 2 tokens → 4 shingles, of which 2 match.
        var score = ShingleOverlap.Score("a b c d e", "a b c d e f g");
        Assert.Equal(0.5, score.Precision, 6);
        Assert.Equal(1, score.Recall);
    }

    [Fact]
    public void MissingTextLowersRecallOnly()
    {
        var score = ShingleOverlap.Score("a b c d e f g", "a b c d e");
        Assert.Equal(1, score.Precision);
        Assert.Equal(0.5, score.Recall, 6);
    }

    [Fact]
    public void ShinglesAreCountedAsMultisets()
    {
        // "x x x x x" has two copies of "x x x x"; a prediction with one copy recalls half.
        var score = ShingleOverlap.Score("x x x x x", "x x x x");
        Assert.Equal(1, score.Precision);
        Assert.Equal(0.5, score.Recall, 6);
    }

    [Fact]
    public void EmptyPredictionHasPrecisionOneAndRecallZero()
    {
        var score = ShingleOverlap.Score("a b c d e", string.Empty);
        Assert.Equal(1, score.Precision);
        Assert.Equal(0, score.Recall);
    }

    [Fact]
    public void ShortTextsAreOneShingle()
    {
        Assert.Equal(["a b"], ShingleOverlap.Shingles("a, b").Keys);
        Assert.Empty(ShingleOverlap.Shingles(" ... "));
    }

    [Fact]
    public void UnicodeLettersAndDigitsAreTokens()
    {
        Assert.Equal(["Ким 2019 café x_y"], ShingleOverlap.Shingles("Ким—2019 café/x_y").Keys);
    }

    [Fact]
    public void MeanAveragesPrecisionAndRecallBeforeF1()
    {
        var mean = ShingleOverlap.Mean([new ShingleScore(1, 0), new ShingleScore(0, 1)]);
        Assert.Equal(0.5, mean.Precision);
        Assert.Equal(0.5, mean.Recall);
        Assert.Equal(0.5, mean.F1);
    }
}
