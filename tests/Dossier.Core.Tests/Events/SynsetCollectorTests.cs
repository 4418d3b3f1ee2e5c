using Dossier.Core.Events;

namespace Dossier.Core.Tests.Events;

public sealed class SynsetCollectorTests
{
    [Fact]
    public void Reads_sets_and_their_members_until_closed()
    {
        var sets = new SynsetCollector();

        Assert.True(sets.TryRead("&CURRENCY"));
        Assert.True(sets.TryRead("+DOLLAR"));
        Assert.True(sets.TryRead("+ EURO_"));
        Assert.False(sets.TryRead("- * AID [070]"));
        sets.Close();
        Assert.False(sets.TryRead("+YEN"));

        var currency = sets.Expand()["CURRENCY"].Select(p => string.Join(' ', p));
        Assert.Equal(["DOLLAR", "DOLLARS", "EURO"], currency);
    }

    [Fact]
    public void A_label_ending_in_an_underscore_takes_no_plurals_and_a_member_may_name_another_set()
    {
        var sets = new SynsetCollector();
        sets.TryRead("&METAL_");
        sets.TryRead("+GOLD");
        sets.TryRead("&GOODS");
        sets.TryRead("+WHEAT");
        sets.TryRead("+&METAL");

        var expanded = sets.Expand();

        Assert.Equal(["GOLD"], expanded["METAL"].Select(p => string.Join(' ', p)));
        Assert.Equal(["WHEAT", "WHEATS", "GOLD"], expanded["GOODS"].Select(p => string.Join(' ', p)));
    }

    [Fact]
    public void A_member_may_embed_sets_among_its_words()
    {
        var sets = new SynsetCollector();
        sets.TryRead("&TIETYPES_");
        sets.TryRead("+MILITARY");
        sets.TryRead("+ECONOMIC");
        sets.TryRead("&TIEPHRASE_");
        sets.TryRead("+&TIETYPES_MEMOS");
        sets.TryRead("+MEMOS_ON &TIETYPES");

        var phrases = sets.Expand()["TIEPHRASE"].Select(p => string.Join(' ', p));

        Assert.Equal(["MILITARY MEMOS", "ECONOMIC MEMOS", "MEMOS ON MILITARY", "MEMOS ON ECONOMIC"], phrases);
    }
}
