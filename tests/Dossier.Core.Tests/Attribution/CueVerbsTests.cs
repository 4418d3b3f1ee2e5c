using Dossier.Core.Attribution;

namespace Dossier.Core.Tests.Attribution;

public sealed class CueVerbsTests
{
    [Theory]
    [InlineData("admit*", new[] { "admit", "admits", "admitted", "admitting" })]
    [InlineData("believe", new[] { "believe", "believes", "believed", "believing" })]
    [InlineData("worry", new[] { "worry", "worries", "worried", "worrying" })]
    [InlineData("stress", new[] { "stress", "stresses", "stressed", "stressing" })]
    [InlineData("say", new[] { "say", "says", "said", "said", "saying" })]
    public void Inflects_regular_doubled_and_irregular_verbs(string entry, string[] forms)
    {
        Assert.Equal(forms, CueVerbs.Inflect(entry));
    }

    [Theory]
    [InlineData("said", "Speech")]
    [InlineData("believes", "Belief")]
    [InlineData("refused", "Intention")]
    [InlineData("shows", "Finding")]
    [InlineData("promised", "Speech")]
    public void Knows_what_each_cue_attributes(string word, string kind)
    {
        Assert.True(CueVerbs.TryGet(word, out var found));
        Assert.Equal(kind, found.ToString());
    }

    [Theory]
    [InlineData("States")]
    [InlineData("tried")]
    [InlineData("meeting")]
    public void Leaves_out_words_that_are_not_cues(string word)
    {
        Assert.False(CueVerbs.TryGet(word, out _));
    }

    [Fact]
    public void Needs_a_particle_after_verbs_that_attribute_only_with_one()
    {
        Assert.True(CueVerbs.NeedsParticle("pointed"));
        Assert.True(CueVerbs.TakesParticle("pointed", "to"));
        Assert.True(CueVerbs.TakesParticle("called", "for"));
        Assert.False(CueVerbs.NeedsParticle("called"));
        Assert.False(CueVerbs.TakesParticle("said", "to"));
    }
}
