using Dossier.Core.Output;

namespace Dossier.Storage.Tests;

public sealed class StoryScopeTests
{
    private static readonly HashSet<string> InStory = new(["a", "b"], StringComparer.Ordinal);

    [Fact]
    public void A_story_takes_its_documents_then_those_it_cites()
    {
        // Built from JSON, so fields added to the contract later do not change this test.
        var story = Parse<StoryJson>("""
            {"id": "s", "title": "t", "documents": ["a", "b"],
             "summary": [{"text": "x", "citations": [{"doc": "c", "sentence": 0}, {"doc": "a", "sentence": 1}]}],
             "agreements": [{"text": "y", "citations": [{"doc": "d", "sentence": 2}]}],
             "exclusives": [],
             "conflicts": [{"about": "toll", "claims": [{"value": "5", "doc": "e", "sentence": 0}]}],
             "framing": [{"doc": "f", "start": 0, "end": 3, "text": "bad", "kind": "loadedLanguage", "note": ""}]}
            """);

        Assert.Equal(["a", "b", "c", "d", "e", "f"], StoryScope.Documents(story));
    }

    [Fact]
    public void An_entity_keeps_only_its_mentions_in_the_story()
    {
        var entity = Parse<EntityJson>("""
            {"id": "kim", "name": "Kim", "type": "person", "aliases": [],
             "mentions": [{"doc": "a", "start": 0, "end": 3}, {"doc": "z", "start": 4, "end": 7}]}
            """);
        var elsewhere = entity with { Mentions = [new MentionJson("z", 0, 3)] };

        Assert.Equal([new MentionJson("a", 0, 3)], StoryScope.Entity(entity, InStory)!.Mentions);
        Assert.Null(StoryScope.Entity(elsewhere, InStory));
    }

    [Fact]
    public void An_event_belongs_when_one_of_its_sources_is_in_the_story()
    {
        var reported = Parse<EventJson>("""
            {"source": {"entity": "kim"}, "cameo": "042", "rootCode": "04", "quadClass": 1, "goldstein": 1.9,
             "evidence": [{"doc": "z", "sentence": 1}, {"doc": "b", "sentence": 2}], "rule": "rule", "mode": "asserted"}
            """);

        Assert.True(StoryScope.Reports(reported, InStory));
        Assert.False(StoryScope.Reports(reported with { Evidence = [new CitationJson("z", 1)] }, InStory));
    }

    private static T Parse<T>(string json) => System.Text.Json.JsonSerializer.Deserialize<T>(json, DossierJsonWriter.Options)!;
}
