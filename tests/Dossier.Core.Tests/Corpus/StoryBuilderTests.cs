using Dossier.Core.CorpusAnalysis;
using Dossier.Core.Model;
using Dossier.Core.Pipeline;
using Dossier.Core.Reading;
using Dossier.Core.Tests.TestSupport;
using static Dossier.Core.Tests.CorpusAnalysis.StoryArticles;

namespace Dossier.Core.Tests.CorpusAnalysis;

public sealed class StoryBuilderTests
{
    private static Document Article(string id, string title, string text, int day)
    {
        var document = TestDocuments.Create(text, id);
        document.Metadata = new ArticleMetadata { Title = title, Published = new PublicationDate(new DateTime(2024, 5, day), DatePrecision.Day) };
        return document;
    }

    private static IReadOnlyList<Story> Build(params Document[] documents)
    {
        var corpus = new Corpus(documents);
        new StoryBuilder().Process(corpus, CancellationToken.None);
        return corpus.Stories;
    }

    [Fact]
    public void Mixed_articles_become_separate_stories_with_ids_in_order()
    {
        var stories = Build(
            Article("e1", "Iceland volcano erupts again near Grindavik", Eruption1, 20),
            Article("t1", "Dortmund agree Adeyemi sale to Arsenal", Transfer1, 20),
            Article("e2", "Grindavik evacuated as lava flows on Reykjanes", Eruption2, 20),
            Article("t2", "Arsenal complete 60m signing of Adeyemi", Transfer2, 21),
            Article("e3", "Iceland eruption: Grindavik evacuated for third time", Eruption3, 21));

        Assert.Equal(["story-1", "story-2"], stories.Select(s => s.Id));
        Assert.Equal(["e1", "e2", "e3"], stories[0].Documents);
        Assert.Equal(["t1", "t2"], stories[1].Documents);
        Assert.Contains(stories[0].Title, new[] { "Iceland volcano erupts again near Grindavik", "Grindavik evacuated as lava flows on Reykjanes", "Iceland eruption: Grindavik evacuated for third time" });
        Assert.All(stories, s => Assert.Empty(s.Copies));
    }

    [Fact]
    public void A_repost_under_another_headline_is_listed_as_a_copy_in_its_story()
    {
        var stories = Build(
            Article("e1", "Iceland volcano erupts again near Grindavik", Eruption1, 20),
            Article("t1", "Dortmund agree Adeyemi sale to Arsenal", Transfer1, 20),
            Article("e1-repost", "Sixth eruption on Reykjanes since December", Eruption1Repost, 21));

        var story = Assert.Single(stories, s => s.Documents.Contains("e1"));
        Assert.Equal([["e1", "e1-repost"]], story.Copies);
    }

    [Fact]
    public void A_story_without_a_headline_is_named_by_its_central_document_id()
    {
        var document = TestDocuments.Create(Eruption1, "only");

        var story = Assert.Single(Build(document));
        Assert.Equal("only", story.Title);
        Assert.Equal(["only"], story.Documents);
    }

    [Fact]
    public void An_empty_corpus_has_no_stories()
    {
        Assert.Empty(Build());
    }

    [Fact]
    public void The_five_sample_articles_are_one_story()
    {
        var reader = new DocumentReader();
        var raws = InputCollector.Collect([RepositoryPaths.Samples]).Files.SelectMany(f => reader.Read(f).Documents).ToList();

        var corpus = DefaultPipeline.Create().Run(raws, 1).Corpus;

        var story = Assert.Single(corpus.Stories);
        Assert.Equal(5, story.Documents.Count);
        Assert.Empty(story.Copies);
    }
}
