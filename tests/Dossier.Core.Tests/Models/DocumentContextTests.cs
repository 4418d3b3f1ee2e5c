using Dossier.Core.Models;

namespace Dossier.Core.Tests.Models;

public class DocumentContextTests
{
    [Fact]
    public void A_capitalised_word_reads_the_neighbours_of_its_other_occurrences_in_the_document()
    {
        SentenceInput[] document =
        [
            new(["Shares", "of", "Magna", "International", "rose"]),
            new(["Magna", "said", "so"]),
        ];

        DocumentContext.Annotate(document);

        var alone = document[1].DocumentNeighbours![0];
        Assert.Equal(document[0].DocumentNeighbours![2], alone);
        Assert.Contains(FeatureHash.Combine(75, FeatureHash.Normalized("of")), alone);
        Assert.Contains(FeatureHash.Combine(76, FeatureHash.Normalized("international")), alone);
        Assert.Contains(FeatureHash.Combine(76, FeatureHash.Normalized("said")), alone);
        Assert.Empty(document[1].DocumentNeighbours![1]);
    }

    [Fact]
    public void A_word_keeps_at_most_a_few_distinct_neighbours_a_side()
    {
        var document = Enumerable.Range(0, 20).Select(k => new SentenceInput([$"before{(char)('a' + k)}", "Madrid", $"after{(char)('a' + k)}"])).ToArray();

        DocumentContext.Annotate(document);

        Assert.Equal(2 * DocumentContext.MaxNeighbours, document[0].DocumentNeighbours![1].Length);
    }
}
