using Dossier.Core.Models;

namespace Dossier.Core.Tests.Models;

public class SpanScorerTests
{
    [Fact]
    public void Only_spans_with_the_same_boundaries_and_type_count()
    {
        var scorer = new SpanScorer();
        scorer.Add(["B-PER", "I-PER", "O", "B-LOC"], ["B-PER", "O", "O", "B-LOC"]);
        scorer.Add(["B-ORG", "O"], ["B-ORG", "B-MISC"]);

        var overall = scorer.Overall;
        Assert.Equal((3, 4, 2), (overall.Gold, overall.Predicted, overall.Correct));
        Assert.Equal(0.5, overall.Precision, 3);
        Assert.Equal(2.0 / 3, overall.Recall, 3);
        var person = scorer.ByType.Single(s => s.Type == "PER");
        Assert.Equal((1, 1, 0), (person.Gold, person.Predicted, person.Correct));
        Assert.Equal(0, person.F1);
    }
}
