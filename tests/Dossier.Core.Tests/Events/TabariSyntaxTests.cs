using Dossier.Core.Actors;
using Dossier.Core.Events;

namespace Dossier.Core.Tests.Events;

/// <summary>Sentences read as TABARI reads them (<see cref="EventDictionaries.TabariSyntax"/>) against the same dictionaries read as PETRARCH's.</summary>
public sealed class TabariSyntaxTests
{
    private const string Verbs = """
        VOICE  [020]
        - RECENTLY RAISED ITS *  [042]
        ACCORD  [---]
        - IN *  [072]
        RESUM  [065]
        - * TIES  [064]
        VISIT_ [042:043]
        RESTORE  [---]
        - * TIES  [064]
        EXCHANG  [---]
        - HAS * WITH %  [067]
        """;

    private const string Actors = """
        ARNOR  [ARN]
        GONDOR  [GON]
        ROHAN  [ROH]
        """;

    private const string Agents = """
        PRESIDENT_  [~GOV]
        """;

    private static List<string> Code(string text, bool tabari)
    {
        var (verbs, discards) = TabariVerbReader.Read(new StringReader(Verbs), "test.verbs");
        var actors = ActorLexicon.From(TabariActorReader.Read(new StringReader(Actors)), PhoenixAgentReader.Read(new StringReader(Agents)));
        var coder = new RecordCoder(new EventDictionaries(verbs, actors, discards) { TabariSyntax = tabari });
        return [.. coder.Codings(text, null).Select(c => $"{c.Source} {c.Code} {c.Target}")];
    }

    [Fact]
    public void A_dictionary_verb_is_a_verb_whatever_its_tag()
    {
        const string Voice = "Arnor has recently raised its voice for Gondor on Monday.";
        Assert.Equal(["ARN 042 GON"], Code(Voice, tabari: true));
        Assert.DoesNotContain("ARN 042 GON", Code(Voice, tabari: false));
        Assert.Equal(["ARN 072 GON"], Code("Arnor was in accord with Gondor on Monday.", tabari: true));
    }

    [Fact]
    public void An_article_or_a_capital_inside_the_sentence_makes_a_dictionary_verb_a_noun()
    {
        Assert.Empty(Code("Arnor was in an accord with Gondor on Monday.", tabari: true));
        Assert.Empty(Code("Arnor is about To Restore full ties with Gondor.", tabari: true));
        Assert.Equal(["ARN 064 GON"], Code("ARNOR IS ABOUT TO RESTORE FULL TIES WITH GONDOR.", tabari: true));
    }

    [Fact]
    public void Pattern_words_are_looked_for_past_of()
    {
        Assert.Contains("ARN 064 GON", Code("Arnor wants its early resumption of diplomatic ties with Gondor.", tabari: true));
    }

    [Fact]
    public void An_agent_refines_only_an_actor_next_to_it()
    {
        Assert.Contains("ROHGOV 042 GON", Code("Rohan's president visited Gondor on Monday.", tabari: true));
        Assert.Contains("ROH 042 GON", Code("Rohan's first president visited Gondor on Monday.", tabari: true));
        Assert.Contains("ROHGOV 042 GON", Code("Rohan's first president visited Gondor on Monday.", tabari: false));
    }

    [Fact]
    public void A_patterns_compound_acts_among_its_members()
    {
        const string Exchange = "Arnor has exchanged prisoners with Gondor and Rohan on Monday.";
        Assert.Equal(["GON 067 ROH", "ROH 067 GON"], Code(Exchange, tabari: true));
        Assert.Contains("ARN 067 GON", Code(Exchange, tabari: false));
    }
}
