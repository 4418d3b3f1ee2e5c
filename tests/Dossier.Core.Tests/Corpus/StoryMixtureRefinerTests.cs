using Dossier.Core.CorpusAnalysis.Clustering;
using static Dossier.Core.Tests.CorpusAnalysis.StoryArticles;

namespace Dossier.Core.Tests.CorpusAnalysis;

public sealed class StoryMixtureRefinerTests
{
    // Every document starts a story of its own and none are merged, so only the mixture can gather them.
    private static readonly StoryClusterOptions Apart = StoryClusterOptions.Articles with { MinSimilarity = 0.99, MaxMergeRounds = 0 };

    private static List<ClusterDocument> Headlines(int eruptionDay = 20) =>
    [
        Doc("t1", "Arsenal agree Adeyemi fee with Dortmund", string.Empty, 20),
        Doc("e1", "Grindavik volcano erupts, lava nears town", string.Empty, eruptionDay),
        Doc("t2", "Adeyemi signs for Arsenal from Dortmund", string.Empty, 20),
        Doc("e2", "Lava from volcano reaches Grindavik defences", string.Empty, eruptionDay),
        Doc("t3", "Arsenal unveil Adeyemi after Dortmund deal", string.Empty, 20),
        Doc("e3", "Grindavik evacuated as volcano lava flows", string.Empty, eruptionDay),
    ];

    private static List<List<string>> Stories(StoryClusterOptions options, List<ClusterDocument> documents, IReadOnlyList<IReadOnlyList<int>>? linked = null) =>
        [.. new StoryClusterer(options).Cluster(documents, linked)
            .Select(c => c.Members.Select(m => documents[m].Id).ToList())
            .OrderBy(s => s[0], StringComparer.Ordinal)];

    [Fact]
    public void Documents_move_to_the_story_whose_words_they_share()
    {
        var documents = Headlines();

        Assert.Equal(6, Stories(Apart, documents).Count);
        Assert.Equal([["e1", "e2", "e3"], ["t1", "t2", "t3"]], Stories(Apart with { MixturePasses = 2 }, documents));
    }

    [Fact]
    public void A_document_sharing_no_word_with_any_story_keeps_a_story_of_its_own()
    {
        var documents = Headlines();
        documents.Add(Doc("x", "Parliament passes budget bill", string.Empty, 20));

        Assert.Contains(["x"], Stories(Apart with { MixturePasses = 2 }, documents));
    }

    [Fact]
    public void Documents_far_apart_in_time_do_not_move_together()
    {
        var documents = Headlines(eruptionDay: 1);
        documents.Add(Doc("e4", "Grindavik volcano lava flows again", string.Empty, 30));

        var stories = Stories(Apart with { MixturePasses = 2 }, documents);

        Assert.Contains(["e4"], stories);
        Assert.Contains(["e1", "e2", "e3"], stories);
    }

    [Fact]
    public void Near_copies_are_not_moved_apart()
    {
        var documents = Headlines();
        var joining = StoryClusterOptions.Articles with { MixturePasses = 2 };

        var stories = Stories(joining, documents, [[0, 1]]);

        Assert.Contains(stories, s => s.Contains("t1") && s.Contains("e1"));
    }

    [Fact]
    public void Without_passes_the_stories_are_those_of_the_passes_before()
    {
        var documents = Headlines();

        Assert.Equal(Stories(Apart, documents), Stories(Apart with { MixturePasses = 0 }, documents));
        Assert.Equal(0, StoryClusterOptions.Articles.MixturePasses);
        Assert.True(StoryClusterOptions.Headlines.MixturePasses > 0);
    }
}
