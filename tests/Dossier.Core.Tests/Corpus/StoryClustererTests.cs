using Dossier.Core.CorpusAnalysis.Clustering;
using static Dossier.Core.Tests.CorpusAnalysis.StoryArticles;

namespace Dossier.Core.Tests.CorpusAnalysis;

public sealed class StoryClustererTests
{
    private static readonly StoryClusterer Clusterer = new(StoryClusterOptions.Articles);

    private static List<ClusterDocument> Mixed() =>
    [
        Doc("t1", "Dortmund agree Adeyemi sale to Arsenal", Transfer1, 20),
        Doc("e1", "Iceland volcano erupts again near Grindavik", Eruption1, 20),
        Doc("t2", "Arsenal complete 60m signing of Adeyemi", Transfer2, 21),
        Doc("e2", "Grindavik evacuated as lava flows on Reykjanes", Eruption2, 20),
        Doc("e3", "Iceland eruption: Grindavik evacuated for third time", Eruption3, 21),
        Doc("t3", "Adeyemi: joining Arsenal a dream come true", Transfer3, 22),
    ];

    private static List<List<string>> Stories(List<ClusterDocument> documents, IReadOnlyList<IReadOnlyList<int>>? linked = null) =>
        [.. Clusterer.Cluster(documents, linked).Select(c => c.Members.Select(m => documents[m].Id).ToList())];

    [Fact]
    public void Mixed_articles_come_out_as_separate_stories()
    {
        Assert.Equal([["t1", "t2", "t3"], ["e1", "e2", "e3"]], Stories(Mixed()));
    }

    [Fact]
    public void The_same_story_from_different_outlets_is_one_story()
    {
        var documents = Mixed().Where(d => d.Id.StartsWith('e')).ToList();

        Assert.Equal([["e1", "e2", "e3"]], Stories(documents));
    }

    [Fact]
    public void Shared_entities_pull_articles_together_that_share_few_words()
    {
        var documents = new List<ClusterDocument>
        {
            Doc("a", string.Empty, "Negotiators met again in the capital to discuss the ceasefire terms.", 3, "q1", "q2", "q3", "q4"),
            Doc("b", string.Empty, "Diplomats gathered once more, this time hoping for a lasting truce agreement.", 3, "q1", "q2", "q3", "q4"),
        };

        Assert.Single(Stories(documents));
        Assert.Equal(2, Stories([.. documents.Select(d => d with { Entities = [] })]).Count);
    }

    [Fact]
    public void Articles_published_far_apart_are_different_stories()
    {
        var documents = new List<ClusterDocument>
        {
            Doc("e1", "Iceland volcano erupts again near Grindavik", Eruption1, 1),
            Doc("e2", "Grindavik evacuated as lava flows on Reykjanes", Eruption2, 30),
        };

        Assert.Equal(2, Stories(documents).Count);
        Assert.Single(Stories([.. documents.Select(d => d with { Published = null })]));
    }

    [Fact]
    public void Ids_order_and_title_are_the_same_whatever_the_input_order()
    {
        var documents = Mixed();
        var reversed = Enumerable.Reverse(documents).ToList();

        var forward = Clusterer.Cluster(documents).Select(c => (c.Members.Select(m => documents[m].Id).Order(StringComparer.Ordinal).ToList(), documents[c.Central].Id)).ToList();
        var backward = Clusterer.Cluster(reversed).Select(c => (c.Members.Select(m => reversed[m].Id).Order(StringComparer.Ordinal).ToList(), reversed[c.Central].Id)).ToList();

        Assert.Equal(forward.Select(f => f.Item1).ToHashSet(new ListComparer()), backward.Select(b => b.Item1).ToHashSet(new ListComparer()));
        Assert.Equal(forward.Select(f => f.Item2).Order(StringComparer.Ordinal), backward.Select(b => b.Item2).Order(StringComparer.Ordinal));
        Assert.Equal(Stories(documents), Stories(documents));
    }

    [Fact]
    public void Larger_stories_come_first_and_members_keep_input_order()
    {
        var documents = Mixed().Where(d => d.Id != "t3").ToList();

        Assert.Equal([["e1", "e2", "e3"], ["t1", "t2"]], Stories(documents));
    }

    [Fact]
    public void The_central_document_is_the_one_closest_to_the_others()
    {
        var documents = new List<ClusterDocument>
        {
            Doc("lava", string.Empty, "Volcano lava flows toward Grindavik harbour.", 20),
            Doc("all", string.Empty, "Volcano lava flows toward Grindavik harbour; residents evacuated, airport closed.", 20),
            Doc("evacuation", string.Empty, "Volcano: residents evacuated, airport closed.", 20),
        };
        var story = Assert.Single(Clusterer.Cluster(documents));

        Assert.Equal("all", documents[story.Central].Id);
    }

    [Fact]
    public void Linked_documents_share_a_story_even_when_unlike()
    {
        var documents = new List<ClusterDocument>
        {
            Doc("e1", "Iceland volcano erupts again near Grindavik", Eruption1, 20),
            Doc("t1", "Dortmund agree Adeyemi sale to Arsenal", Transfer1, 20),
        };

        Assert.Equal(2, Stories(documents).Count);
        Assert.Single(Stories(documents, [[0, 1]]));
    }

    [Fact]
    public void Stories_split_by_the_first_pass_are_merged_when_their_centroids_meet()
    {
        // The first two share no word, so the single pass opens two stories; the third joins one
        // of them and brings the two centroids together.
        var documents = new List<ClusterDocument>
        {
            Doc("a", string.Empty, "Volcano lava Grindavik", 20),
            Doc("b", string.Empty, "Evacuation airport Keflavik", 20),
            Doc("c", string.Empty, "Volcano lava Grindavik evacuation airport Keflavik", 20),
        };
        var singlePass = new StoryClusterer(StoryClusterOptions.Articles with { MinSimilarity = 0.6, MaxMergeRounds = 0 });
        var withMerge = new StoryClusterer(StoryClusterOptions.Articles with { MinSimilarity = 0.6, MergeSimilarity = 0.35 });

        Assert.Equal(2, singlePass.Cluster(documents).Count);
        Assert.Equal([0, 1, 2], Assert.Single(withMerge.Cluster(documents)).Members);
    }

    [Fact]
    public void Stories_far_apart_in_time_are_not_merged()
    {
        var documents = new List<ClusterDocument>
        {
            Doc("a", string.Empty, "Volcano lava Grindavik", 1),
            Doc("b", string.Empty, "Volcano lava Grindavik evacuation", 25),
        };
        var clusterer = new StoryClusterer(StoryClusterOptions.Articles with { MinSimilarity = 0.99, MergeSimilarity = 0.1 });

        Assert.Equal(2, clusterer.Cluster(documents).Count);
    }

    [Fact]
    public void Empty_and_single_document_corpora()
    {
        Assert.Empty(Clusterer.Cluster([]));
        var story = Assert.Single(Clusterer.Cluster([Doc("e1", "Volcano", Eruption1, 20)]));
        Assert.Equal([0], story.Members);
        Assert.Equal(0, story.Central);
    }

    [Fact]
    public void A_document_without_content_words_is_a_story_of_its_own()
    {
        var documents = new List<ClusterDocument> { Doc("e1", "Volcano", Eruption1, 20), Doc("x", string.Empty, "It was the and of them.", 20) };

        Assert.Equal([["e1"], ["x"]], Stories(documents));
    }

    [Fact]
    public void A_story_joined_through_one_shared_word_is_cut_in_two()
    {
        var documents = GasStories();
        var joining = StoryClusterOptions.Articles with { MinSimilarity = 0.01, MergeSimilarity = 0.01 };

        Assert.Single(new StoryClusterer(joining).Cluster(documents));
        var split = new StoryClusterer(joining with { SplitSimilarity = 0.4, MinSplitSize = 4 }).Cluster(documents);
        Assert.Equal([["p1", "p2", "p3"], ["r1", "r2", "r3"]], split.Select(c => c.Members.Select(m => documents[m].Id).ToList()).OrderBy(s => s[0], StringComparer.Ordinal));
    }

    [Fact]
    public void Near_copies_stay_together_when_a_story_is_cut()
    {
        var documents = GasStories();
        var splitting = StoryClusterOptions.Articles with { MinSimilarity = 0.01, MergeSimilarity = 0.01, SplitSimilarity = 0.4, MinSplitSize = 4 };

        var stories = new StoryClusterer(splitting).Cluster(documents, [[0, 3]]);

        Assert.Contains(stories, s => s.Members.Contains(0) && s.Members.Contains(3));
    }

    [Fact]
    public void A_story_of_identical_documents_is_never_cut()
    {
        var documents = Enumerable.Range(0, 6).Select(i => Doc("v" + i, "Volcano erupts near Grindavik", Eruption1, 20)).ToList();
        var splitting = StoryClusterOptions.Articles with { SplitSimilarity = 0.99, MinSplitSize = 2 };

        Assert.Equal(6, Assert.Single(new StoryClusterer(splitting).Cluster(documents)).Members.Count);
    }

    // Pump prices and Russian supplies, which share only the word "gas".
    private static List<ClusterDocument> GasStories() =>
    [
        Doc("p1", "Gas prices climb cents a gallon", "Pump prices rose again as drivers paid more per gallon at stations.", 20),
        Doc("p2", "Pump prices: gas up two cents", "Drivers paid more per gallon; station prices climbed for a third week.", 20),
        Doc("p3", "Drivers pay more at the pump for gas", "Station prices per gallon climbed again, the motoring club said.", 20),
        Doc("r1", "Russia gas pipeline to Europe in doubt", "Moscow threatened Ukraine over pipeline supplies to European buyers.", 20),
        Doc("r2", "Ukraine fears Russian gas cut-off", "European buyers rely on the pipeline through Ukraine for Moscow's supplies.", 20),
        Doc("r3", "Europe weighs Russian gas supplies", "Pipeline supplies from Moscow through Ukraine worry European buyers.", 20),
    ];

    private sealed class ListComparer : IEqualityComparer<List<string>>
    {
        public bool Equals(List<string>? x, List<string>? y) => x is not null && y is not null && x.SequenceEqual(y);

        public int GetHashCode(List<string> obj) => string.Join('|', obj).GetHashCode(StringComparison.Ordinal);
    }
}
