using Dossier.Core.Models;

namespace Dossier.Core.Tests.Models;

public class PartOfSpeechFeatureTests
{
    private const int RowMask = (1 << 20) - 1;

    private static HashSet<int> Rows(SentenceInput input, int i)
    {
        var features = FeatureMatrix.Extract(ModelTask.PartOfSpeech, input, RowMask);
        return [.. features.Token(i).ToArray()];
    }

    private static HashSet<int> Rows(string word) => Rows(new SentenceInput([word]), 0);

    [Fact]
    public void Hyphenated_words_share_features_of_their_last_part()
    {
        var proWestern = Rows("pro-Western");
        var antiWestern = Rows("anti-Western");
        var proEastern = Rows("pro-Eastern");

        // Suffixes of up to five letters ("stern") are common to all three; only the part after the hyphen tells them apart.
        proWestern.IntersectWith(antiWestern);
        proWestern.ExceptWith(proEastern);
        Assert.NotEmpty(proWestern);
    }

    [Fact]
    public void Words_with_other_kinds_of_character_differ_beyond_their_shape()
    {
        // Same collapsed shape and no shared letters; "a1" has a digit, "bc" has none.
        Assert.NotEqual(FeatureTemplates.CharacterClasses("a1"), FeatureTemplates.CharacterClasses("bc"));
        Assert.Equal(FeatureTemplates.CharacterClasses("x-9"), FeatureTemplates.CharacterClasses("9-y"));
        Assert.Equal(FeatureTemplates.CharacterClasses("Ab"), FeatureTemplates.CharacterClasses("bA"));
    }

    [Fact]
    public void A_word_without_a_lexicon_class_reads_its_neighbours_classes()
    {
        var sentences = Enumerable.Repeat<(IReadOnlyList<string>, IReadOnlyList<string>)>((["they", "plan", "visits"], ["PRP", "VBP", "NNS"]), 5);
        var lexicon = LabelLexicon.Build(ModelTask.PartOfSpeech, sentences);

        HashSet<int> RowsOfFirst(string next)
        {
            var input = new SentenceInput(["Arnor", next]);
            input.Lexicon = [.. input.Normalized.Select(lexicon.Lookup)];
            return Rows(input, 0);
        }

        var beforeVerb = RowsOfFirst("plan");
        var beforeNoun = RowsOfFirst("visits");
        var beforeUnknown = RowsOfFirst("gazes");
        var withoutLexicon = Rows(new SentenceInput(["Arnor", "plan"]), 0);

        // One row each for the next word's class and the previous (none: sentence start) word's class.
        Assert.Equal(withoutLexicon.Count + 2, beforeVerb.Count);
        Assert.NotEqual(beforeVerb.Except(withoutLexicon), beforeNoun.Except(withoutLexicon));
        Assert.Equal(withoutLexicon.Count + 2, beforeUnknown.Count);
    }
}
