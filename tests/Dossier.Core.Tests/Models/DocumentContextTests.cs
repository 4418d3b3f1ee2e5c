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

    [Fact]
    public void Every_sentence_reads_the_first_word_of_the_document_as_its_topic()
    {
        SentenceInput[] document =
        [
            new(["BASEBALL", "-", "RESULTS"]),
            new(["Chicago", "5", "Montreal", "3"]),
        ];

        DocumentContext.Annotate(document);

        Assert.All(document, s => Assert.Equal(FeatureHash.Normalized("baseball"), s.DocumentTopic));
    }

    [Fact]
    public void The_entity_features_of_a_place_name_depend_on_the_topic_of_the_document()
    {
        var gazetteer = new Gazetteer();
        gazetteer.Add(1, "Chicago");
        var model = SequenceModel.CreateEmpty(ModelTask.Entity, ["O", "B-LOC", "I-LOC"], 20, gazetteer);

        int[] Rows(params string[][] sentences)
        {
            var inputs = InputPreparation.Prepare(model, sentences, null);
            return FeatureMatrix.Extract(ModelTask.Entity, inputs[^1], model.RowMask).Token(0).ToArray();
        }

        var baseball = Rows(["BASEBALL", "-", "RESULTS"], ["Chicago", "5", "Montreal", "3"]);
        var soccer = Rows(["SOCCER", "-", "RESULTS"], ["Chicago", "5", "Montreal", "3"]);
        int Row(uint hash) => (int)(hash & (uint)model.RowMask);
        const uint OneTokenPlace = (1 * 4) + 3; // Gazetteer.Match: kind 1 (place) × 4 + position 3 (a one-token name)
        var placeInBaseball = Row(FeatureHash.Combine(74, FeatureHash.Normalized("baseball"), OneTokenPlace));
        var capitalisedInBaseball = Row(FeatureHash.Combine(73, FeatureHash.Normalized("baseball"), FeatureHash.Shape("Chicago")));

        Assert.Contains(placeInBaseball, baseball);
        Assert.DoesNotContain(placeInBaseball, soccer);
        Assert.Contains(capitalisedInBaseball, baseball);
        Assert.DoesNotContain(capitalisedInBaseball, soccer);
    }
}
