using Dossier.Core.Events;

namespace Dossier.Core.Tests.Events;

public sealed class DiscardListTests
{
    [Fact]
    public void Phrases_match_at_word_starts_and_a_final_underscore_asks_for_a_whole_word()
    {
        var discards = DiscardList.Read(new StringReader("BASKETBALL # sports\n+WORLD_CUP_\n"));

        Assert.Equal("BASKETBALL", discards.Find("Arnor beat Gondor at basketballs."));
        Assert.Equal("WORLD CUP", discards.Find("at the World Cup on Sunday"));
        Assert.Null(discards.Find("at the World Cups on Sunday"));
        Assert.Null(discards.Find("Arnor visited Gondor."));
    }
}
