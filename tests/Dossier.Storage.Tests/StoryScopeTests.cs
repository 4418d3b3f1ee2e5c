using Dossier.Core.Output;

namespace Dossier.Storage.Tests;

public sealed class StoryScopeTests
{
    private static readonly HashSet<string> InStory = new(["a", "b"], StringComparer.Ordinal);

    [Fact]
    public void A_story_takes_its_documents_then_those_it_cites()
    {
        var story = new StoryJson(
            "s", "t", ["a", "b"],
            [new CitedStatementJson("x", [new CitationJson("c", 0), new CitationJson("a", 1)])],
            [new CitedStatementJson("y", [new CitationJson("d", 2)])],
            [],
            [new ConflictJson("toll", [new ClaimJson("5", "e", 0)])],
            [new FramingJson("f", 0, 3, "bad", "loadedLanguage", "")]);

        Assert.Equal(["a", "b", "c", "d", "e", "f"], StoryScope.Documents(story));
    }

    [Fact]
    public void An_entity_keeps_only_its_mentions_in_the_story()
    {
        var entity = new EntityJson("kim", "Kim", "person", null, null, [], [new MentionJson("a", 0, 3), new MentionJson("z", 4, 7)]);
        var elsewhere = entity with { Mentions = [new MentionJson("z", 0, 3)] };

        Assert.Equal([new MentionJson("a", 0, 3)], StoryScope.Entity(entity, InStory)!.Mentions);
        Assert.Null(StoryScope.Entity(elsewhere, InStory));
    }

    [Fact]
    public void An_event_belongs_when_one_of_its_sources_is_in_the_story()
    {
        var reported = new EventJson(new EventActorJson("kim", null, null), null, "042", "04", 1, 1.9, null, null, null,
            [new CitationJson("z", 1), new CitationJson("b", 2)], "rule", null, "asserted");

        Assert.True(StoryScope.Reports(reported, InStory));
        Assert.False(StoryScope.Reports(reported with { Evidence = [new CitationJson("z", 1)] }, InStory));
    }
}
