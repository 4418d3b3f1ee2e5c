using Dossier.Core.Models;

namespace Dossier.Core.Tests.Models;

public class LabelLexiconTests
{
    private static readonly ConllCorpus Fixture = ConllReader.Read(ConllFixtures.Conll2003.Split('\n'));

    private static uint Code(LabelLexicon lexicon, string word) => lexicon.Lookup(FeatureHash.Normalized(word));

    [Fact]
    public void Entity_codes_tell_a_word_never_in_a_name_from_one_always_in_a_person_name()
    {
        (IReadOnlyList<string>, IReadOnlyList<string>)[] sentences =
        [
            (["July", "Moyo", "spoke", "in", "July"], ["B-PER", "I-PER", "O", "O", "O"]),
            (["Ann", "Moyo", "left", "in", "july"], ["B-PER", "I-PER", "O", "O", "O"]),
            (["Ann", "met", "Moyo"], ["B-PER", "O", "B-PER"]),
        ];

        var lexicon = LabelLexicon.Build(ModelTask.Entity, sentences);

        Assert.Equal(LabelLexicon.Unseen, Code(lexicon, "Berlin"));
        Assert.NotEqual(Code(lexicon, "Moyo"), Code(lexicon, "in"));
        Assert.NotEqual(Code(lexicon, "Moyo"), Code(lexicon, "July"));
        Assert.NotEqual(Code(lexicon, "in"), Code(lexicon, "July"));
        Assert.Equal(Code(lexicon, "Moyo"), Code(lexicon, "Ann"));
        Assert.Equal(Code(lexicon, "July"), Code(lexicon, "JULY"));
    }

    [Fact]
    public void Part_of_speech_codes_are_ambiguity_classes_of_the_tags_a_word_took()
    {
        (IReadOnlyList<string>, IReadOnlyList<string>)[] sentences =
        [
            (["they", "back", "the", "back", "door"], ["PRP", "VBP", "DT", "JJ", "NN"]),
            (["go", "back", "to", "the", "back"], ["VB", "RB", "TO", "DT", "NN"]),
            (["the", "front", "was", "back"], ["DT", "NN", "VBD", "RB"]),
            (["a", "door", "and", "a", "front"], ["DT", "NN", "CC", "DT", "NN"]),
        ];

        // Five times over: a part-of-speech class is kept only for words seen five times or more.
        var lexicon = LabelLexicon.Build(ModelTask.PartOfSpeech, Enumerable.Repeat(sentences, 5).SelectMany(s => s));

        Assert.Equal(Code(lexicon, "door"), Code(lexicon, "front"));
        Assert.NotEqual(Code(lexicon, "door"), Code(lexicon, "back"));
        Assert.Equal(Code(lexicon, "the"), Code(lexicon, "a"));
        Assert.NotEqual(LabelLexicon.Unseen, Code(lexicon, "and"));
        Assert.Equal(LabelLexicon.Unseen, Code(lexicon, "window"));
    }

    [Fact]
    public void Part_of_speech_classes_leave_out_words_seen_fewer_than_five_times_and_entity_codes_do_not()
    {
        (IReadOnlyList<string>, IReadOnlyList<string>)[] often = [(["visits", "are", "rare"], ["NNS", "VBP", "JJ"])];
        (IReadOnlyList<string>, IReadOnlyList<string>)[] rarely = [(["attacking", "visits"], ["NN", "NNS"])];
        var sentences = Enumerable.Repeat(often, 4).SelectMany(s => s).Concat(rarely).ToArray();

        var partsOfSpeech = LabelLexicon.Build(ModelTask.PartOfSpeech, sentences);
        var entities = LabelLexicon.Build(ModelTask.Entity, sentences.Select(s => (s.Item1, (IReadOnlyList<string>)s.Item2.Select(_ => "O").ToList())));

        Assert.NotEqual(LabelLexicon.Unseen, Code(partsOfSpeech, "visits"));
        Assert.Equal(LabelLexicon.Unseen, Code(partsOfSpeech, "are"));
        Assert.Equal(LabelLexicon.Unseen, Code(partsOfSpeech, "attacking"));
        Assert.NotEqual(LabelLexicon.Unseen, Code(entities, "attacking"));
    }

    [Theory]
    [InlineData(ModelTask.Entity, true)]
    [InlineData(ModelTask.Entity, false)]
    [InlineData(ModelTask.PartOfSpeech, false)]
    public void Models_with_a_label_lexicon_nearly_learn_their_training_sentences_and_keep_it_in_their_file(ModelTask task, bool twoPass)
    {
        var model = new ModelTrainer(task) { Epochs = 10, RowBits = 14, TwoPass = twoPass, Folds = 2, LabelLexicon = true }.Train(Fixture);
        using var stream = new MemoryStream();
        ModelFile.Save(model, stream);
        stream.Position = 0;

        var loaded = ModelFile.Load(stream);

        // Not 1: each fixture document learnt from the other's lexicon, and is tagged with both.
        Assert.True(ModelEvaluation.Score(new SequenceTagger(model), Fixture).Accuracy > 0.95);
        Assert.NotNull(loaded.Lexicon);
        Assert.Equal(model.Lexicon!.Count, loaded.Lexicon.Count);
        Assert.Equal(twoPass, loaded.FirstPass?.Lexicon is not null);
        string[] words = ["Maria", "Smith", "left", "Geneva", "."];
        Assert.Equal(new SequenceTagger(model).Tag(words), new SequenceTagger(loaded).Tag(words));
    }

    [Fact]
    public void A_trained_model_has_no_lexicon_unless_asked()
    {
        var model = new ModelTrainer(ModelTask.Entity) { Epochs = 2, RowBits = 12 }.Train(Fixture);

        Assert.Null(model.Lexicon);
    }
}
