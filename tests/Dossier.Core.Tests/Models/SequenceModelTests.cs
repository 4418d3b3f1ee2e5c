using Dossier.Core.Models;

namespace Dossier.Core.Tests.Models;

public class SequenceModelTests
{
    private static readonly ConllCorpus Fixture = ConllReader.Read(ConllFixtures.Conll2003.Split('\n'));

    [Theory]
    [InlineData(ModelTask.Entity)]
    [InlineData(ModelTask.PartOfSpeech)]
    [InlineData(ModelTask.Chunk)]
    public void A_model_learns_its_training_sentences(ModelTask task)
    {
        var trainer = new ModelTrainer(task) { Epochs = 10, RowBits = 14 };
        var model = trainer.Train(Fixture);

        var score = ModelEvaluation.Score(new SequenceTagger(model), Fixture);

        Assert.Equal(1.0, score.Accuracy);
    }

    [Theory]
    [InlineData(false, false)]
    [InlineData(true, false)]
    [InlineData(false, true)]
    public void Entity_models_in_two_passes_or_with_bilou_tags_learn_their_training_sentences(bool twoPass, bool bilou)
    {
        var model = new ModelTrainer(ModelTask.Entity) { Epochs = 10, RowBits = 14, TwoPass = twoPass, Folds = 2, Bilou = bilou }.Train(Fixture);

        var score = ModelEvaluation.Score(new SequenceTagger(model), Fixture);

        Assert.Equal(twoPass, model.FirstPass is not null);
        Assert.Equal(1.0, score.Overall!.F1);
    }

    [Fact]
    public void A_model_of_several_sentence_orders_has_the_mean_weights_of_one_model_per_order()
    {
        var first = new ModelTrainer(ModelTask.Entity) { Epochs = 3, RowBits = 12, Seed = 5 }.Train(Fixture);
        var second = new ModelTrainer(ModelTask.Entity) { Epochs = 3, RowBits = 12, Seed = 6 }.Train(Fixture);

        var both = new ModelTrainer(ModelTask.Entity) { Epochs = 3, RowBits = 12, Seed = 5, Orders = 2 }.Train(Fixture);

        var mean = first.TrainableWeights.Zip(second.TrainableWeights, (a, b) => (a + b) / 2).ToArray();
        Assert.NotEqual(first.TrainableWeights, second.TrainableWeights);
        Assert.Equal(mean, both.TrainableWeights, (a, b) => Math.Abs(a - b) < 1e-5f);
        Assert.Equal(1.0, ModelEvaluation.Score(new SequenceTagger(both), Fixture).Overall!.F1);
    }

    [Fact]
    public void A_two_pass_model_is_saved_with_its_first_pass()
    {
        var model = new ModelTrainer(ModelTask.Entity) { Epochs = 3, RowBits = 14, TwoPass = true, Folds = 2 }.Train(Fixture);
        using var stream = new MemoryStream();
        ModelFile.Save(model, stream);
        stream.Position = 0;

        var loaded = ModelFile.Load(stream);

        Assert.NotNull(loaded.FirstPass);
        string[] words = ["Maria", "Smith", "left", "Geneva", "."];
        Assert.Equal(new SequenceTagger(model).Tag(words), new SequenceTagger(loaded).Tag(words));
    }

    [Fact]
    public void Bio_decoding_never_starts_a_span_with_I()
    {
        var model = new ModelTrainer(ModelTask.Entity) { Epochs = 5, RowBits = 14 }.Train(Fixture);

        var tags = new SequenceTagger(model).Tag(["Merkel", "and", "Lopez", "visited", "the", "United", "Nations", "in", "Berlin"]);

        for (var i = 0; i < tags.Length; i++)
        {
            if (tags[i].StartsWith("I-", StringComparison.Ordinal))
            {
                Assert.True(i > 0 && tags[i - 1].EndsWith(tags[i][2..], StringComparison.Ordinal) && tags[i - 1] != "O", string.Join(' ', tags));
            }
        }
    }

    [Fact]
    public void A_saved_model_loads_with_the_same_predictions()
    {
        var gazetteer = new Gazetteer();
        gazetteer.Add(1, "New York");
        var model = new ModelTrainer(ModelTask.Entity) { Epochs = 5, RowBits = 14, Gazetteer = gazetteer }.Train(Fixture);
        using var stream = new MemoryStream();
        ModelFile.Save(model, stream);
        stream.Position = 0;

        var loaded = ModelFile.Load(stream);

        Assert.Equal(model.Tags, loaded.Tags);
        Assert.Equal(["new york"], loaded.Gazetteer!.Entries(1));
        string[] words = ["Angela", "Lopez", "went", "to", "New", "York", "."];
        Assert.Equal(new SequenceTagger(model).Tag(words), new SequenceTagger(loaded).Tag(words));
    }
}
