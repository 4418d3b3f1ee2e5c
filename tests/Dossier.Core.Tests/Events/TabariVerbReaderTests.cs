using Dossier.Core.Events;

namespace Dossier.Core.Tests.Events;

public sealed class TabariVerbReaderTests
{
    private const string Sample = """
        <SYNSETS>
        &TIEKIND
        +TRADE
        +ARMS_
        </SYNSETS>
        <TIME>
        LAST_WEEK [-7]
        </TIME>
        RENEW  [064] ;abc 1/2/03
        - * { NEW | FRESH }_&TIEKIND TIES  [065]
        GREET_ [041]
        { GREETED_ HAILED }
        - * WARMLY~  [042]
        JOUSTING  [###] ;sports
        SHRUG OFF [+++]
        ~~FINISH 10:00 Mon 01 Jan 2001
        """;

    private static (VerbLexicon Verbs, DiscardList Discards) Read(ICollection<string>? problems = null) =>
        TabariVerbReader.Read(new StringReader(Sample), "test.verbs", problems);

    [Theory]
    [InlineData("RENEW", "064")]
    [InlineData("renewal", "064")]
    [InlineData("GREET", "041")]
    [InlineData("greets", "041")]
    [InlineData("GREETED", "041")]
    [InlineData("greeting", "041")]
    [InlineData("hailed", "041")]
    public void Stems_match_any_ending_and_verbs_ending_in_an_underscore_the_regular_ones(string word, string code)
    {
        var forms = Read().Verbs.FormsStartingWith(word).ToArray();

        Assert.Equal(code, Assert.Single(forms).Code);
    }

    [Theory]
    [InlineData("GREETX")]
    [InlineData("LAST")]
    [InlineData("TIES")]
    public void Other_words_are_not_verbs(string word) =>
        Assert.Equal(0, Read().Verbs.FormsStartingWith(word).Length);

    [Fact]
    public void Disjunctions_become_one_pattern_per_alternative_and_keep_their_joins()
    {
        var problems = new List<string>();
        var renew = Read(problems).Verbs.FormsStartingWith("RENEW")[0];

        Assert.Empty(problems);
        Assert.Equal(2, renew.Patterns.Count);
        Assert.Equal(["NEW", "FRESH"], renew.Patterns.Select(p => p.After[0].Text).Order(StringComparer.Ordinal).Reverse());
        Assert.All(renew.Patterns, p => Assert.True(p.After[1] is { Kind: PatternElementKind.Synset, Text: "TIEKIND", Adjacent: true }));
        Assert.Equal("WARMLY", Read().Verbs.FormsStartingWith("GREET")[0].Patterns[0].After[0].Text);
    }

    [Fact]
    public void Pattern_words_not_closed_by_an_underscore_are_stems()
    {
        var renew = Read().Verbs.FormsStartingWith("RENEW")[0].Patterns[0];

        Assert.False(renew.After[0].Stem);
        Assert.True(renew.After[2] is { Text: "TIES", Stem: true });
        Assert.DoesNotContain("TIES", renew.Literals);
    }

    [Fact]
    public void A_word_joined_by_a_tilde_underscore_stays_a_stem_and_one_joined_by_an_underscore_does_not()
    {
        var (verbs, _) = TabariVerbReader.Read(new StringReader("ALLOW  [060]\n- * REAL~_PLEASANT  [024]\n- * THE_NEAT_PLACE  [027]\n"), "t.verbs");
        var patterns = verbs.FormsStartingWith("ALLOW")[0].Patterns;
        var realPleasant = patterns.Single(p => p.Code == "024");
        var neatPlace = patterns.Single(p => p.Code == "027");

        Assert.True(realPleasant.After[0] is { Text: "REAL", Stem: true });
        Assert.True(realPleasant.After[1] is { Text: "PLEASANT", Stem: true, Adjacent: true });
        Assert.True(neatPlace.After[1] is { Text: "NEAT", Stem: false });
    }

    [Fact]
    public void A_sentence_is_coded_with_stems_in_actors_verbs_and_patterns()
    {
        var (verbs, discards) = TabariVerbReader.Read(new StringReader("RESTOR  [---]\n- * TIE  [064]\nGREET_ [041]\n- * WARMLY  [042]\n"), "t.verbs");
        var actors = Dossier.Core.Actors.TabariActorReader.Read(new StringReader("NORLAND  [NOR]\nSOUTHMARK_ [SOU]\n"));
        var coder = new RecordCoder(new EventDictionaries(verbs, ActorLexicon.From(actors, []), discards));

        Assert.Equal([new ExpectedCoding("NOR", "SOU", "064")], coder.Codings("The Norlandic envoy restored ties with Southmark.", null));
        Assert.Equal([new ExpectedCoding("NOR", "SOU", "042")], coder.Codings("Norland greeted Southmark warmly.", null));
    }

    [Fact]
    public void Verbs_coded_as_discards_or_too_complex_are_discard_phrases()
    {
        var (verbs, discards) = Read();

        Assert.Equal(0, verbs.FormsStartingWith("JOUSTING").Length);
        Assert.Equal(2, discards.Count);
        Assert.True(discards.Matches(["The", "jousting", "ended"]));
        Assert.True(discards.Matches(["They", "shrug", "off", "it"]));
        Assert.False(discards.Matches(["Norland", "renewed", "ties"]));
    }

    [Fact]
    public void Synsets_are_read_as_petrarch_reads_them()
    {
        var verbs = Read().Verbs;

        Assert.Equal(["TRADE", "TRADES", "ARMS"], verbs.Synset("TIEKIND").Select(p => p[0]));
    }

    [Fact]
    public void A_pattern_coded_as_a_discard_is_kept_with_the_discard_code()
    {
        var (verbs, _) = TabariVerbReader.Read(new StringReader("RESTORE  [064]\n- * DIPLXMATIC  [###] ;note\n"), "test.verbs");

        var pattern = Assert.Single(verbs.FormsStartingWith("RESTORE")[0].Patterns);
        Assert.Equal(SentenceCoder.DiscardCode, pattern.Code);
    }
}
