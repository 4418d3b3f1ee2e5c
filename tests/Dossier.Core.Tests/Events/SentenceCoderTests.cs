using Dossier.Core.Actors;
using Dossier.Core.Events;
using Dossier.Core.Model;

namespace Dossier.Core.Tests.Events;

public sealed class SentenceCoderTests
{
    private static readonly RecordCoder Coder = new(EventTestDictionaries.Create());

    private static List<string> Code(string text, DateOnly? date = null) =>
        [.. Coder.Code(text, date).Select(e => $"{e.SourceCode} {e.Code} {e.TargetCode} {e.Mode}")];

    [Fact]
    public void A_subject_verb_object_sentence_codes_the_verb_and_its_reciprocal()
    {
        var events = Code("Arnor visited Gondor on Monday.");

        Assert.Equal(["ARN 042 GON Asserted", "GON 043 ARN Asserted"], events);
    }

    [Fact]
    public void The_most_specific_pattern_wins_over_the_verb_code()
    {
        Assert.Equal(["ARN 064 GON Asserted"], Code("Arnor restored full diplomatic ties with Gondor."));
        Assert.Equal(["ARN 036 GON Asserted", "GON 036 ARN Asserted"], Code("Arnor met Gondor for talks."));
    }

    [Fact]
    public void A_verb_without_a_code_and_no_matching_pattern_codes_nothing()
    {
        Assert.Empty(Code("Arnor restored the bridge to Gondor."));
    }

    [Fact]
    public void A_null_coded_pattern_blocks_the_verb()
    {
        Assert.Empty(Code("Arnor pilgrims visited Gondor."));
    }

    [Fact]
    public void A_phrasal_verb_is_matched_as_one_verb()
    {
        Assert.Equal(["ARN 040 GON Asserted"], Code("Arnor met with Gondor."));
    }

    [Fact]
    public void An_appositive_between_subject_and_verb_does_not_take_the_subject()
    {
        Assert.Equal(["ARN 042 GON Asserted", "GON 043 ARN Asserted"], Code("Arnor, a neighbour of Rohan, visited Gondor."));
    }

    [Fact]
    public void A_passive_with_by_swaps_source_and_target()
    {
        Assert.Equal(["ARN 042 GON Asserted", "GON 043 ARN Asserted"], Code("Gondor was visited by Arnor."));
    }

    [Fact]
    public void A_compound_actor_gives_one_event_per_pair()
    {
        var events = Code("Arnor and Osgiliath shipped grain to Gondor.");

        Assert.Equal(["ARN 070 GON Asserted", "OSG 070 GON Asserted"], events);
    }

    [Fact]
    public void An_agent_before_of_goes_to_every_member_of_a_compound()
    {
        var events = Code("The ambassadors of Arnor, Osgiliath and Rohan visited Gondor.");

        Assert.Contains("ARNGOV 042 GON Asserted", events);
        Assert.Contains("OSGGOV 042 GON Asserted", events);
        Assert.Contains("ROHGOV 042 GON Asserted", events);
    }

    [Fact]
    public void An_agent_refines_the_actor_of_its_noun_phrase()
    {
        Assert.Contains("ARNGOVFRM 042 GON Asserted", Code("Arnor's foreign minister visited Gondor."));
    }

    [Fact]
    public void A_pattern_target_marker_binds_the_actor_it_matches()
    {
        Assert.Equal(["ARN 1125 GON Asserted"], Code("Arnor accused Gondor of spying."));
    }

    [Fact]
    public void Negation_marks_the_event_negated_and_the_suite_coder_drops_it()
    {
        var dictionaries = EventTestDictionaries.Create();
        var words = new[] { "Arnor", "did", "not", "visit", "Gondor", "." };
        var tags = new[] { "NNP", "VBD", "RB", "VB", "NNP", "." };

        var events = new SentenceCoder(dictionaries).Code(words, tags, null);

        Assert.All(events, e => Assert.Equal(EventMode.Negated, e.Mode));
        Assert.NotEmpty(events);
        Assert.Empty(Code("Arnor did not visit Gondor."));
    }

    [Theory]
    [InlineData("NNP NNS TO VB NNP .", "Arnor plans to visit Gondor .")]
    [InlineData("NNP VBZ TO VB NNP .", "Arnor plans to visit Gondor .")]
    [InlineData("NNP VBZ JJ TO VB NNP .", "Arnor is due to visit Gondor .")]
    public void A_plan_word_before_to_marks_the_event_planned_whatever_its_tag(string tags, string text)
    {
        var events = new SentenceCoder(EventTestDictionaries.Create()).Code(text.Split(' '), tags.Split(' '), null);

        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.Equal(EventMode.Planned, e.Mode));
    }

    [Theory]
    [InlineData("Arnor will visit Gondor next week.", EventMode.Planned)]
    [InlineData("Arnor plans to visit Gondor.", EventMode.Planned)]
    [InlineData("Arnor may visit Gondor.", EventMode.Speculated)]
    [InlineData("If Arnor visits Gondor, the talks could resume.", EventMode.Speculated)]
    [InlineData("Arnor reportedly visited Gondor.", EventMode.Reported)]
    [InlineData("Arnor visited Gondor, according to officials.", EventMode.Reported)]
    [InlineData("Arnor denied attacking Gondor.", EventMode.Denied)]
    public void Modality_is_kept_as_the_mode(string text, EventMode mode)
    {
        var events = Coder.Code(text, null);

        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.Equal(mode, e.Mode));
    }

    [Fact]
    public void Actor_codes_follow_their_date_restrictions()
    {
        Assert.Contains("GONGOV 042 ARN Asserted", Code("Denethor visited Arnor.", new DateOnly(1990, 5, 1)));
        Assert.Contains("GONELI 042 ARN Asserted", Code("Denethor visited Arnor.", new DateOnly(2010, 5, 1)));
    }

    [Fact]
    public void A_synonym_of_an_actor_gets_its_code()
    {
        Assert.Contains("ARN 042 GON Asserted", Code("Arnor visited Minas Tirith."));
    }

    [Fact]
    public void A_sentence_with_one_actor_or_a_discard_phrase_codes_nothing()
    {
        Assert.Empty(Code("Arnor visited the capital."));
        Assert.Empty(Code("Arnor visited Gondor for a basketball match."));
    }

    [Fact]
    public void The_rule_names_the_dictionary_pattern()
    {
        var coded = Assert.Single(Coder.Code("Arnor restored full diplomatic ties with Gondor.", null));

        Assert.Equal("test.verbs:RESTORE:- * &TIETYPES TIES [064]", coded.Rule);
    }

    [Fact]
    public void A_list_may_put_modifiers_after_its_conjunction()
    {
        Assert.Equal(
            ["ARN 070 ROH Asserted", "OSG 070 ROH Asserted", "GON 070 ROH Asserted"],
            Code("Arnor, Osgiliath and the evil awful Gondor shipped grain to Rohan."));
    }

    [Fact]
    public void Agents_of_a_list_of_actors_give_every_agent_with_every_actor()
    {
        Assert.Equal(["ARNLEG 070 ROH Asserted", "GONLEG 070 ROH Asserted"], Code("Lawmakers in Arnor and Gondor shipped grain to Rohan."));
        Assert.Equal(
            ["ARNLEG 070 ROH Asserted", "ARNGOV 070 ROH Asserted", "GONLEG 070 ROH Asserted", "GONGOV 070 ROH Asserted"],
            Code("Lawmakers and officials in Arnor and Gondor shipped grain to Rohan."));
    }

    [Fact]
    public void An_agent_listed_after_an_actors_agent_shares_its_actor()
    {
        Assert.Equal(["ARNLEG 070 ROH Asserted", "ARNGOV 070 ROH Asserted"], Code("Arnor lawmakers and officials shipped grain to Rohan."));
    }

    [Fact]
    public void A_joint_actor_code_is_split_unless_the_dictionaries_keep_it()
    {
        Assert.Equal(["FRO 070 GON Asserted", "BIL 070 GON Asserted", "SAM 070 GON Asserted"], Code("The Shire shipped grain to Gondor."));

        var joint = new RecordCoder(EventTestDictionaries.Create(keepJointActorCodes: true));
        Assert.Equal(["FRO/BIL/SAM 070 GON"], joint.Code("The Shire shipped grain to Gondor.", null).Select(e => $"{e.SourceCode} {e.Code} {e.TargetCode}"));
    }

    [Fact]
    public void A_compound_subject_without_an_object_acts_among_its_members()
    {
        Assert.Equal(["ARN 064 GON Asserted", "GON 064 ARN Asserted"], Code("Arnor and Gondor restored diplomatic ties."));
        Assert.Empty(Code("Arnor restored diplomatic ties."));
        Assert.Equal(["ARN 020 GON Asserted"], Code("Arnor suggested Gondor hold talks."));
        Assert.Empty(Code("Arnor and Gondor suggested a truce."));
    }

    [Fact]
    public void A_pattern_word_is_not_found_past_of()
    {
        Assert.Equal(["ARN 1312 GON Asserted"], Code("Arnor called for sanctions against Gondor."));
        Assert.Equal(["ARN 020 GON Asserted"], Code("Arnor called for a lifting of sanctions against Gondor."));
    }

    [Fact]
    public void A_pattern_that_spells_the_negation_codes_the_negated_event()
    {
        Assert.Equal(["ARN 904 GON Asserted"], Code("Arnor did not attack Gondor."));
        Assert.Equal(["ARN 190 GON Asserted"], Code("Arnor attacked Gondor."));
    }

    [Fact]
    public void The_object_search_ends_at_a_comma_after_the_verbs_noun_phrase()
    {
        Assert.Empty(Code("Arnor attacked the embassy, a Gondor newspaper wrote."));
        Assert.Equal(["ARN 190 GON Asserted"], Code("Arnor attacked the embassy of Gondor, a newspaper wrote."));
    }

    [Fact]
    public void A_subject_pronoun_after_a_reporting_verb_stands_for_that_verbs_subject()
    {
        Assert.Equal(["ARN 190 GON Planned"], Code("Arnor said it will attack Gondor."));
        Assert.Equal(["ARN 190 GON Planned"], Code("Arnor said that it will attack Gondor."));
    }

    [Fact]
    public void A_caret_skips_one_noun_phrase_before_the_target()
    {
        Assert.Equal(["ARN 045 GON Asserted"], Code("Arnor celebrated a feast in Osgiliath with the envoys of Gondor."));
    }

    [Fact]
    public void Without_require_dyad_a_missing_actor_is_coded_as_dashes_and_an_agent_alone_is_an_actor()
    {
        List<string> CodeWithoutDyad(string text) =>
            [.. Coder.Code(text, null, new CodingOptions(RequireDyad: false)).Select(e => $"{e.SourceCode} {e.Code} {e.TargetCode}")];

        Assert.Equal(["ARN 190 ---"], CodeWithoutDyad("Arnor attacked the bridge."));
        Assert.Equal(["---GOV 190 ---"], CodeWithoutDyad("Officials attacked the bridge."));
        Assert.Equal(["ARN 190 GON"], CodeWithoutDyad("Arnor attacked Gondor."));
        Assert.Empty(CodeWithoutDyad("The crowd attacked the bridge."));
        Assert.Empty(Code("Arnor attacked the bridge."));
        Assert.Empty(Code("Officials attacked the bridge."));
    }

    [Fact]
    public void Coding_by_clause_keeps_the_first_coded_verb_of_each_clause()
    {
        List<string> CodeIn(EventScope scope, string text) =>
            [.. Coder.Code(text, null, new CodingOptions(Scope: scope)).Select(e => $"{e.SourceCode} {e.Code} {e.TargetCode}")];

        const string OneClause = "Arnor attacked Gondor to visit Rohan.";
        const string TwoClauses = "Arnor attacked Gondor but Rohan visited Osgiliath.";

        Assert.Contains("ARN 042 ROH", CodeIn(EventScope.All, OneClause));
        Assert.Equal(["ARN 190 GON"], CodeIn(EventScope.FirstPerClause, OneClause));
        Assert.Equal(["ARN 190 GON", "ROH 042 OSG", "OSG 043 ROH"], CodeIn(EventScope.FirstPerClause, TwoClauses));
        Assert.Equal(["ARN 190 GON"], CodeIn(EventScope.FirstPerSentence, TwoClauses));
        Assert.Equal(3, CodeIn(EventScope.All, TwoClauses).Count);
    }

    [Fact]
    public void The_subject_of_a_verbs_that_clause_is_its_target()
    {
        Assert.Equal(["ARN 020 GON Asserted"], Code("Arnor suggested that Gondor is not a pleasant place."));
        Assert.Empty(Code("Arnor suggested a plan that Gondor liked."));
        Assert.Empty(Code("Arnor suggested that talks with Gondor are useless."));
    }

    [Fact]
    public void A_sentence_shorter_than_the_minimum_words_is_not_coded_and_comma_clauses_are_dropped_first()
    {
        List<string> CodeWith(CodingOptions options, string text) =>
            [.. Coder.Code(text, null, options).Select(e => $"{e.SourceCode} {e.Code} {e.TargetCode}")];

        Assert.Empty(CodeWith(new CodingOptions(MinimumWords: 8), "Arnor attacked Gondor on Friday."));
        Assert.Equal(["ARN 190 GON"], CodeWith(new CodingOptions(MinimumWords: 5), "Arnor attacked Gondor on Friday."));

        const string Terminal = "Arnor attacked the bridge, officials attacked it.";
        Assert.Contains("---GOV 190 ---", CodeWith(new CodingOptions(RequireDyad: false), Terminal));
        Assert.Equal(["ARN 190 ---"], CodeWith(new CodingOptions(RequireDyad: false, Commas: CommaClauseLimits.TabariDefault), Terminal));
    }

    [Fact]
    public void A_pattern_coded_too_complex_stops_the_sentence()
    {
        Assert.Equal(["ARN 160 GON Asserted"], Code("Arnor warned Gondor."));
        Assert.Empty(Code("Arnor warned Gondor loudly."));
    }

    [Fact]
    public void An_actor_coded_as_a_discard_on_the_sentences_date_stops_the_sentence()
    {
        var actors = TabariActorReader.Read(new StringReader("ARNOR_ [ARN]\nGONDOR_ [GON]\nONODOHER_ [ONO <911226] [###]\n"));
        var verbs = VerbLexiconReader.Read(new StringReader(EventTestDictionaries.Verbs), "test.verbs");
        var coder = new RecordCoder(new EventDictionaries(verbs, ActorLexicon.From(actors, []), DiscardList.Read(new StringReader(string.Empty))));
        const string text = "Arnor attacked Gondor after Onodoher crowds burned its embassy.";

        Assert.Empty(coder.Codings(text, new DateOnly(1995, 1, 1)));
        Assert.Contains(new ExpectedCoding("ARN", "GON", "190"), coder.Codings(text, new DateOnly(1990, 1, 1)));
    }

    [Fact]
    public void A_verb_in_an_adverbial_clause_of_a_coded_verb_codes_nothing_of_its_own()
    {
        Assert.Equal(["ARN 042 GON Asserted", "GON 043 ARN Asserted"], Code("Arnor visited Gondor five years after Rohan attacked Osgiliath."));
        Assert.Equal(["ARN 042 GON Asserted", "GON 043 ARN Asserted"], Code("Arnor visited Gondor, five years after Rohan attacked Osgiliath."));

        // The verb it hangs on codes nothing, or the clause comes first: the clause's verb is coded.
        Assert.Equal(["ROH 190 OSG Asserted"], Code("Arnor restored the bridge to Gondor after Rohan attacked Osgiliath."));
        Assert.Equal(["ROH 190 OSG Asserted", "ARN 042 GON Asserted", "GON 043 ARN Asserted"], Code("After Rohan attacked Osgiliath, Arnor visited Gondor."));
    }

    [Fact]
    public void An_actor_after_of_is_not_joined_to_the_actor_before_it()
    {
        // "^" skips "the Gondor", so "+" is the Prince; joined, "the Gondor of the Prince …" was one actor, GON.
        Assert.Equal(["ARN 162 DOL Asserted"], Code("Arnor warned at the Gondor of the Prince of Dol Amroth."));

        // The first actor stays the head of the phrase, as subject and as object.
        Assert.Equal(["GON 160 ARN Asserted"], Code("The Gondor of the Prince of Dol Amroth warned Arnor."));
        Assert.Equal(["ARN 160 GON Asserted"], Code("Arnor warned the Gondor of the Prince of Dol Amroth."));
    }

    [Fact]
    public void A_possessor_before_coordinated_adjectives_stays_the_head_of_the_phrase()
    {
        // Without the join, "president Faramir" (OSG) was a phrase of its own and the subject nearest the verb.
        Assert.Equal(["ROHGOV 160 ARN Asserted"], Code("Rohan's awful and evil president Faramir warned Arnor."));
    }

    [Fact]
    public void Former_before_an_agent_makes_it_an_elite()
    {
        Assert.Equal(["ARNELI 042 GON Asserted", "GON 043 ARNELI Asserted"], Code("Arnor former officials visited Gondor."));
        Assert.Contains("ARN 042 GONELI Asserted", Code("Arnor visited former Gondor officials."));
        Assert.Contains("ARNGOV 042 GON Asserted", Code("Arnor officials visited Gondor."));
    }

    [Fact]
    public void A_pattern_source_after_the_verb_makes_the_subject_the_target()
    {
        Assert.Equal(["GON 017 ARN Asserted"], Code("Arnor celebrated Tabaski with Gondor."));
    }

    [Fact]
    public void A_conjunction_between_nouns_does_not_open_a_clause_for_first_per_clause_coding()
    {
        List<string> FirstPerClause(string text) =>
            [.. Coder.Code(text, null, new CodingOptions(Scope: EventScope.FirstPerClause)).Select(e => $"{e.SourceCode} {e.Code} {e.TargetCode}")];

        // "visiting" has no finite verb before it after "and": it is in the clause of "met", which coded first.
        Assert.Equal(["ARN 040 GON", "ARN 040 ROH"], FirstPerClause("Arnor met with Gondor and Rohan on Monday, visiting Osgiliath."));
        Assert.Contains("ROH 190 OSG", FirstPerClause("Arnor met with Gondor but Rohan attacked Osgiliath."));
    }
}
