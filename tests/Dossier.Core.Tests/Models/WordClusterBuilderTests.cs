using Dossier.Core.Models;

namespace Dossier.Core.Tests.Models;

public class WordClusterBuilderTests
{
    // Days follow "on" and precede "morning"; cities follow "in" and precede "today": within a
    // group every word has exactly the same contexts.
    private static readonly string[] Days = ["monday", "tuesday", "friday", "sunday"];
    private static readonly string[] Cities = ["paris", "berlin", "madrid", "oslo"];

    private static List<IReadOnlyList<string>> Sentences()
    {
        var sentences = new List<IReadOnlyList<string>>();
        for (var round = 0; round < 3; round++)
        {
            foreach (var day in Days)
            {
                sentences.Add(["we", "met", "on", day, "morning", "again"]);
            }

            foreach (var city in Cities)
            {
                sentences.Add(["they", "live", "in", city, "today", "still"]);
            }
        }

        return sentences;
    }

    private static readonly WordClusterBuilder Builder = new() { Branching = [2, 2, 2], ContextWords = 20 };

    [Fact]
    public void Words_in_the_same_contexts_share_their_classes_at_every_level()
    {
        var clusters = Builder.Build(Sentences());

        var day = clusters.Lookup(FeatureHash.Normalized("Monday"));
        var city = clusters.Lookup(FeatureHash.Normalized("paris"));
        Assert.NotEqual(0UL, day);
        Assert.All(Days, d => Assert.Equal(day, clusters.Lookup(FeatureHash.Normalized(d))));
        Assert.All(Cities, c => Assert.Equal(city, clusters.Lookup(FeatureHash.Normalized(c))));
    }

    [Fact]
    public void Finer_classes_split_their_parent_and_unseen_words_have_none()
    {
        var clusters = Builder.Build(Sentences());

        var packed = clusters.Lookup(FeatureHash.Normalized("berlin"));
        var coarse = WordClusters.Level(packed, 0);
        var middle = WordClusters.Level(packed, 1);
        Assert.InRange(middle, ((coarse - 1) * 2) + 1, ((coarse - 1) * 2) + 2);
        Assert.Equal(0UL, clusters.Lookup(FeatureHash.Normalized("Kathmandu")));
    }

    [Fact]
    public void The_same_seed_gives_the_same_classes()
    {
        var first = Builder.Build(Sentences());
        var second = Builder.Build(Sentences());

        Assert.Equal(first.Entries, second.Entries);
        Assert.True(first.Count > Days.Length + Cities.Length);
    }

    [Fact]
    public void A_part_of_speech_model_with_word_classes_is_saved_with_them()
    {
        var fixture = ConllReader.Read(ConllFixtures.Conll2003.Split('\n'));
        var clusters = Builder.Build(Sentences());
        var model = new ModelTrainer(ModelTask.PartOfSpeech) { Epochs = 3, RowBits = 14, Clusters = clusters }.Train(fixture);
        using var stream = new MemoryStream();
        ModelFile.Save(model, stream);
        stream.Position = 0;

        var loaded = ModelFile.Load(stream);

        Assert.Equal(clusters.Entries, loaded.Clusters!.Entries);
        string[] words = ["They", "met", "in", "Paris", "on", "Monday", "."];
        Assert.Equal(new SequenceTagger(model).Tag(words), new SequenceTagger(loaded).Tag(words));
    }
}
