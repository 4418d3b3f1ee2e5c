using Dossier.Core.Events;

namespace Dossier.Core.Tests.Events;

public sealed class CommaClausesTests
{
    private static string Kept(string tagged, CommaClauseLimits limits)
    {
        var pairs = tagged.Split(' ').Select(p => p.Split('/')).ToArray();
        var words = pairs.Select(p => p[0]).ToArray();
        var tags = pairs.Select(p => p[1]).ToArray();
        return string.Join(' ', CommaClauses.Kept(words, tags, limits).Select(t => words[t]));
    }

    private const string Sentence =
        "Arnor/NNP restored/VBD ties/NNS with/IN Gondor/NNP ,/, years/NNS after/IN crowds/NNS burned/VBD its/PRP$ embassy/NN ,/, an/DT official/NN said/VBD ./.";

    [Fact]
    public void Internal_and_terminal_clauses_within_their_lengths_are_dropped_with_the_comma_before_them()
    {
        Assert.Equal("Arnor restored ties with Gondor .", Kept(Sentence, CommaClauseLimits.TabariDefault));
        Assert.Equal("Arnor restored ties with Gondor , years after crowds burned its embassy .", Kept(Sentence, CommaClauseLimits.TabariDefault with { Max = 4 }));
        Assert.Equal(Sentence.Split(' ').Length, Kept(Sentence, CommaClauseLimits.Off).Split(' ').Length);
    }

    [Fact]
    public void An_initial_clause_is_dropped_with_its_comma_only_when_its_bounds_allow()
    {
        var limits = CommaClauseLimits.TabariDefault with { BeginMin = 3, BeginMax = 6, Max = 0, EndMax = 0 };

        Assert.Equal("years after crowds burned its embassy , an official said .", Kept(Sentence, limits));
        Assert.Equal(Sentence.Split(' ').Length, Kept(Sentence, CommaClauseLimits.TabariDefault with { Max = 0, EndMax = 0 }).Split(' ').Length);
    }

    [Fact]
    public void Commas_in_a_noun_phrase_set_off_no_clause_for_petrarch_but_do_for_tabari()
    {
        const string appositive = "Eriador/NNP was/VBD opposed/VBN by/IN Osgiliath/NNP ,/, the/DT state/NN 's/POS fiercest/JJS foe/NN ,/, in/IN talks/NNS ./.";
        const string adjectives = "Arnor/NNP is/VBZ about/IN to/TO restore/VB complete/JJ ,/, full/JJ ties/NNS with/IN Gondor/NNP ./.";
        var initial = CommaClauseLimits.PetrarchDefault with { BeginMin = 3, BeginMax = 6 };

        Assert.Equal("Eriador was opposed by Osgiliath , the state 's fiercest foe , in talks .", Kept(appositive, CommaClauseLimits.PetrarchDefault));
        Assert.Equal("Arnor is about to restore complete , full ties with Gondor .", Kept(adjectives, initial));
        Assert.Equal("Eriador was opposed by Osgiliath .", Kept(appositive, CommaClauseLimits.TabariDefault));
        Assert.Equal("full ties with Gondor .", Kept(adjectives, initial with { NounPhrasesKept = false, EndMax = 0 }));
    }

    [Fact]
    public void A_member_of_a_list_closed_by_a_comma_and_a_conjunction_is_not_a_clause()
    {
        const string list = "Mordor/NNP ,/, the/DT awful/JJ Fornost/NNP ,/, and/CC Gondor/NNP welcomed/VBD talks/NNS ./.";
        const string clause = "Mordor/NNP ,/, the/DT awful/JJ Fornost/NNP ,/, Gondor/NNP welcomed/VBD talks/NNS with/IN Rohan/NNP and/CC Osgiliath/NNP today/NN again/RB ./.";

        Assert.Equal("Mordor , the awful Fornost , and Gondor welcomed talks .", Kept(list, CommaClauseLimits.TabariDefault with { EndMax = 0 }));
        Assert.Equal("Mordor , Gondor welcomed talks with Rohan and Osgiliath today again .", Kept(clause, CommaClauseLimits.TabariDefault));
    }

    [Fact]
    public void Settings_are_changed_by_their_petrarch_or_tabari_names()
    {
        Assert.Equal(6, CommaClauseLimits.TabariDefault.With("comma_bmax", 6)!.BeginMax);
        Assert.Equal(3, CommaClauseLimits.TabariDefault.With("EMIN", 3)!.EndMin);
        Assert.Null(CommaClauseLimits.TabariDefault.With("comma_other", 1));
    }
}
