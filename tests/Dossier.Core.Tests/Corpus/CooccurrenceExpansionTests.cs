using Dossier.Core.CorpusAnalysis.Clustering;

namespace Dossier.Core.Tests.CorpusAnalysis;

public sealed class CooccurrenceExpansionTests
{
    private static readonly StoryClusterOptions Expanding = StoryClusterOptions.Headlines with { ExpansionWeight = 0.4 };

    // "gox" and "bitcoin" keep company in three headlines; the last two share no word with each other.
    private static readonly string[] Headlines =
    [
        "Bitcoin exchange Gox collapses",
        "Gox bitcoin losses mount",
        "Bitcoin customers sue Gox",
        "Volcano erupts in Iceland",
        "Iceland volcano lava nears town",
        "Volcano grounds Iceland flights",
        "Gox chief apologises",
        "Bitcoin price slides",
    ];

    private static SparseVector[] Vectors(StoryClusterOptions options) =>
        CooccurrenceExpansion.Expand(
            TermVectorizer.Vectorize([.. Headlines.Select((h, i) => new ClusterDocument(i.ToString(System.Globalization.CultureInfo.InvariantCulture), h, string.Empty, [], null))], options),
            options);

    [Fact]
    public void Headlines_sharing_no_word_meet_through_words_that_keep_company()
    {
        var plain = Vectors(Expanding with { ExpansionWeight = 0 });
        var expanded = Vectors(Expanding);

        Assert.Equal(0, plain[6].Dot(plain[7]));
        Assert.True(expanded[6].Dot(expanded[7]) > 0.05);
    }

    [Fact]
    public void Words_lend_weight_only_to_their_own_company()
    {
        var expanded = Vectors(Expanding);

        Assert.Equal(0, expanded[6].Dot(expanded[3]));
        Assert.Equal(0, expanded[7].Dot(expanded[4]));
    }

    [Fact]
    public void Expanded_vectors_stay_unit_length_with_sorted_terms()
    {
        foreach (var vector in Vectors(Expanding))
        {
            Assert.Equal(1.0, vector.Dot(vector), 10);
            Assert.Equal(vector.Terms.Order(), vector.Terms);
        }
    }

    [Fact]
    public void A_weight_of_zero_leaves_the_vectors_as_they_are()
    {
        var plain = TermVectorizer.Vectorize([new ClusterDocument("a", "Gox chief apologises", string.Empty, [], null)], Expanding);

        Assert.Same(plain, CooccurrenceExpansion.Expand(plain, Expanding with { ExpansionWeight = 0 }));
    }
}
