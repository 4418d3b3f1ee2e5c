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

    [Fact]
    public void Phrases_match_after_punctuation_and_across_collapsed_spaces_but_not_inside_words()
    {
        var discards = DiscardList.Read(new StringReader("GOLF_\nHOME RUN\nX\n"));

        Assert.Equal("GOLF", discards.Find("He played (golf) on Sunday."));
        Assert.Equal("HOME RUN", discards.Find("a  home\trun in the ninth"));
        Assert.Null(discards.Find("a minigolf course"));
        Assert.Equal("X", discards.Find("the x-ray"));
        Assert.Null(discards.Find("a box"));
    }

    [Fact]
    public void When_several_phrases_match_the_first_in_the_list_is_reported()
    {
        var discards = DiscardList.Read(new StringReader("TENNIS\nOPEN_\n"));

        Assert.Equal("TENNIS", discards.Find("the open tennis final"));
    }

    [Theory]
    [InlineData("Arnor beat Gondor at basketballs .", true)]
    [InlineData("at the World Cup on Sunday", true)]
    [InlineData("at the World Cups on Sunday", false)]
    [InlineData("He played ( golf ) on Sunday .", true)]
    [InlineData("a home run in the ninth", true)]
    [InlineData("a homerun", false)]
    [InlineData("a minigolf course", false)]
    [InlineData("the x-ray", true)]
    [InlineData("a box", false)]
    [InlineData("Arnor visited Gondor .", false)]
    public void Matching_words_agrees_with_finding_in_their_text(string text, bool discarded)
    {
        var discards = DiscardList.Read(new StringReader("BASKETBALL\n+WORLD_CUP_\nGOLF_\nHOME RUN\nX\n"));
        var words = text.Split(' ');

        Assert.Equal(discarded, discards.Matches(words));
        Assert.Equal(discarded, discards.Find(text) is not null);
    }
}
