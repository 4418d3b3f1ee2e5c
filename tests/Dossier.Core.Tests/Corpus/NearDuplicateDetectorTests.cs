using Dossier.Core.CorpusAnalysis.Clustering;
using static Dossier.Core.Tests.CorpusAnalysis.StoryArticles;

namespace Dossier.Core.Tests.CorpusAnalysis;

public sealed class NearDuplicateDetectorTests
{
    private static readonly NearDuplicateDetector Detector = new(new NearDuplicateOptions());

    [Fact]
    public void A_repost_with_an_added_paragraph_is_a_copy()
    {
        Assert.Equal([[0, 2]], Detector.Find([Eruption1, Eruption2, Eruption1Repost]));
    }

    [Fact]
    public void Case_punctuation_and_spacing_changes_do_not_hide_a_copy()
    {
        var retyped = Eruption2.ToUpperInvariant().Replace(", ", " , ", StringComparison.Ordinal).Replace(". ", ".\n\n", StringComparison.Ordinal);

        Assert.Equal([[0, 1]], Detector.Find([Eruption2, retyped]));
    }

    [Fact]
    public void Articles_on_one_story_in_their_own_words_are_not_copies()
    {
        Assert.Empty(Detector.Find([Eruption1, Eruption2, Eruption3, Transfer1, Transfer2, Transfer3]));
    }

    [Fact]
    public void Copies_of_copies_form_one_group()
    {
        var edited = Eruption1Repost.Replace("Monday night", "Monday evening", StringComparison.Ordinal);

        Assert.Equal([[1, 2, 3]], Detector.Find([Transfer1, Eruption1, Eruption1Repost, edited]));
    }

    [Fact]
    public void Many_identical_copies_form_one_group()
    {
        var texts = Enumerable.Repeat(Transfer2, 50).Prepend(Transfer1).ToList();

        Assert.Equal([.. Enumerable.Range(1, 50)], Assert.Single(Detector.Find(texts)));
    }

    [Fact]
    public void Texts_of_one_letter_words_and_repeated_passages_are_read_whole()
    {
        // As many words as a text can hold (one per two characters, and one more when it ends in a letter).
        var letters = string.Join(' ', Enumerable.Repeat("a b c d e f g h i j k l m n o p q", 3));
        var repeated = string.Concat(Enumerable.Repeat(Eruption2 + " ", 3));

        Assert.Equal([[0, 1], [2, 3]], Detector.Find([letters, letters + " r", repeated, Eruption2]));
    }

    [Fact]
    public void Empty_short_and_single_inputs()
    {
        Assert.Empty(Detector.Find([]));
        Assert.Empty(Detector.Find([Eruption1]));
        Assert.Empty(Detector.Find([string.Empty, string.Empty, "  "]));
        Assert.Equal([[0, 1]], Detector.Find(["Breaking news", "breaking news!"]));
    }

    [Fact]
    public void The_groups_are_the_same_on_every_run()
    {
        string[] texts = [Eruption1Repost, Transfer1, Eruption1, Transfer2];

        Assert.Equal(Detector.Find(texts), new NearDuplicateDetector(new NearDuplicateOptions()).Find(texts));
    }
}
