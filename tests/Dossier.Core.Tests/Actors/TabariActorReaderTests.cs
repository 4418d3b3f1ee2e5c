using Dossier.Core.Actors;
using Dossier.Core.Events;

namespace Dossier.Core.Tests.Actors;

public sealed class TabariActorReaderTests
{
    private const string Sample = """
        <NOUN>
        TROOPS
        </NOUN>
        <ADJECTIVE>
        GRIM  ;abc 01/02/03
        </ADJECTIVE>
        NORLAND  [NOR]
        SOUTHMARK_ [SOU] ; a comment
        OLD_KING
        +GREY KING
        	[NORGOV < 990101]
        	[NORREB]
        ~~FINISH 10:00 Mon 01 Jan 2001
        """;

    private static IReadOnlyList<ActorRecord> Read() => TabariActorReader.Read(new StringReader(Sample));

    [Fact]
    public void Word_lists_are_not_actors_and_words_without_an_underscore_are_stems()
    {
        var records = Read();

        Assert.Equal(["NORLAND*", "SOUTHMARK", "OLD KING*"], records.Select(r => r.Phrase));
        Assert.Equal(["GREY* …KING*"], records[2].Synonyms);
        Assert.Equal(["NORGOV", "NORREB"], records[2].Periods.Select(p => p.Code));
        Assert.Equal(new DateOnly(1999, 1, 1), records[2].Periods[0].To);
    }

    [Theory]
    [InlineData("Norlandic", "NORLAND*", 1)]
    [InlineData("Southmark", "SOUTHMARK", 1)]
    [InlineData("Southmarkers", null, 0)]
    [InlineData("old kings", "OLD KING*", 2)]
    [InlineData("older king", null, 0)]
    [InlineData("greying kingdoms", "OLD KING*", 2)]
    public void The_lexicon_matches_stems_by_prefix_and_other_words_exactly(string text, string? phrase, int length)
    {
        var lexicon = ActorLexicon.From(Read(), []);

        var (entry, found) = lexicon.LongestAt(text.Split(' '), 0);

        Assert.True(lexicon.HasStems);
        Assert.Equal(phrase, entry?.Phrase);
        Assert.Equal(length, found);
    }

    [Fact]
    public void A_lexicon_without_stems_matches_whole_words_only()
    {
        var lexicon = ActorLexicon.From(PhoenixActorReader.Read(new StringReader("NORLAND [NOR]")), []);

        Assert.False(lexicon.HasStems);
        Assert.Null(lexicon.LongestAt(["Norlandic"], 0).Entry);
        Assert.Equal("NORLAND", lexicon.LongestAt(["norland"], 0).Entry?.Phrase);
    }

    [Theory]
    [InlineData("Prince of Dol Amroth", 4)]
    [InlineData("Prince of the Dol Amroth", 5)]
    [InlineData("Prince Dol Amroth", 3)]
    [InlineData("Prince and Dol Amroth", 0)]
    [InlineData("Prince of Dol", 0)]
    public void Words_joined_by_a_blank_may_have_words_of_the_noun_phrase_between_them(string text, int length)
    {
        var lexicon = ActorLexicon.From(TabariActorReader.Read(new StringReader("PRINCE DOL_AMROTH  [DOL]")), []);
        var words = text.Split(' ');
        string[] tags = [.. words.Select(w => w switch { "of" => "IN", "the" => "DT", "and" => "CC", _ => "NNP" })];

        var hits = ActorFinder.Hits(words, lexicon, tags);

        Assert.True(lexicon.HasGaps);
        Assert.Equal(length, hits.Count == 0 ? 0 : hits[0].End - hits[0].Start);

        // Without tags no word may stand in a gap.
        Assert.Equal(text == "Prince Dol Amroth" ? 3 : 0, ActorFinder.Hits(words, lexicon).Sum(h => h.End - h.Start));
    }
}
