using Dossier.Core.Models;

namespace Dossier.Core.Tests.Models;

public class BuiltInModelsTests
{
    [Fact]
    public void The_embedded_entity_model_finds_people_places_and_organisations()
    {
        string[] words = ["German", "Chancellor", "Angela", "Merkel", "met", "officials", "of", "the", "European", "Commission", "in", "Brussels", "on", "Monday", "."];

        var spans = BioTags.ToSpans(BuiltInModels.Entity.Tag(words));

        Assert.Contains(new TagSpan(2, 4, "PER"), spans);
        Assert.Contains(new TagSpan(8, 10, "ORG"), spans);
        Assert.Contains(new TagSpan(11, 12, "LOC"), spans);
    }

    [SharedDataFact("ner/conll2003/eng.testa")]
    public void The_entity_model_reaches_its_documented_development_score()
    {
        var dev = ConllReader.ReadFile(RepositoryPaths.SharedDataFile("ner/conll2003/eng.testa")!);

        var score = ModelEvaluation.Score(BuiltInModels.Entity, dev);

        Assert.True(score.Overall!.F1 > 0.92, $"F1 {score.Overall.F1}");
    }

    [SharedDataFact("ner/conll2003/eng.testa")]
    public void The_part_of_speech_and_chunk_models_reach_their_documented_development_scores()
    {
        var dev = ConllReader.ReadFile(RepositoryPaths.SharedDataFile("ner/conll2003/eng.testa")!);

        Assert.True(ModelEvaluation.Score(BuiltInModels.PartOfSpeech, dev).Accuracy > 0.955);
        Assert.True(ModelEvaluation.Score(BuiltInModels.Chunk, dev).Overall!.F1 > 0.95);
    }
}
