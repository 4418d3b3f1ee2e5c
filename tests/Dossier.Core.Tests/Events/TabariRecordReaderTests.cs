using Dossier.Core.Events;

namespace Dossier.Core.Tests.Events;

public sealed class TabariRecordReaderTests
{
    private const string Sample = """
        ######################
        #   A BANNER
        ######################

        010203  ALPHA-01
        Norland praised
        Southmark on Monday.
        /*\n-------------------
        \n[what is tested]
        \n{ NOR / SOU / 051 } 010203
        \n-{ SOU / NOR / 999 } */

        010204  ALPHA-02
        Nothing happens here.
        /*\n-------------------
        \n{---} */

        010205  BETA-Switch
        Changing a setting.
        /*\n{ OPTION: SET: TIME SHIFT = TRUE } */

        010206  BETA-01
        Norland met Southmark.
        /*\n{ NOR / SOU / 040 } */

        010207  BETA-Reset
        Back to normal.
        /*\n{ OPTION: SET: TIME SHIFT = FALSE  */

        010208  GAMMA-01
        Norland met Southmark.
        /*\n-{ NOR / SOU / 040 } */

        010208  GAMMA-02
        Norland met Southmark.
        /*\n {  NOR /  SOU /  040 } (MEET) MET */

        010209  FINAL-01
        The end.
        /*\n{+++} */

        010210  DELTA-01
        Norland met Southmark.
        /*\n{ NOR / SOU / 040 } */
        """;

    private static IReadOnlyList<CodingRecord> Read() => TabariRecordReader.Read(new StringReader(Sample), ["COMPLEX: VERBS[5] CONJ[4]"]);

    [Fact]
    public void Reads_date_id_category_text_and_active_codings()
    {
        var first = Read()[0];

        Assert.Equal("ALPHA-01", first.Id);
        Assert.Equal("ALPHA", first.Category);
        Assert.Equal(new DateOnly(2001, 2, 3), first.Date);
        Assert.Equal("Norland praised Southmark on Monday.", first.Text);
        Assert.Equal([new ExpectedCoding("NOR", "SOU", "051")], first.Expected);
        Assert.True(first.Evaluate);
    }

    [Fact]
    public void A_no_event_marker_expects_nothing_and_is_evaluated()
    {
        var record = Read()[1];

        Assert.True(record.Evaluate);
        Assert.Empty(record.Expected);
    }

    [Fact]
    public void Option_records_and_records_under_a_changed_option_are_skipped_until_it_is_reset()
    {
        var records = Read().ToDictionary(r => r.Id);

        Assert.StartsWith("sets options: SET: TIME SHIFT = TRUE", records["BETA-Switch"].SkipReason, StringComparison.Ordinal);
        Assert.False(records["BETA-01"].Evaluate);
        Assert.Contains("SET: TIME SHIFT = TRUE", records["BETA-01"].SkipReason, StringComparison.Ordinal);
        Assert.False(records["BETA-Reset"].Evaluate);
        Assert.True(records["GAMMA-02"].Evaluate);
        Assert.Equal([new ExpectedCoding("NOR", "SOU", "040")], records["GAMMA-02"].Expected);
    }

    [Fact]
    public void Records_with_only_deactivated_codings_and_records_from_the_termination_record_on_are_skipped()
    {
        var records = Read().ToDictionary(r => r.Id);

        Assert.Equal("its only codings are deactivated (-{…})", records["GAMMA-01"].SkipReason);
        Assert.False(records["FINAL-01"].Evaluate);
        Assert.False(records["DELTA-01"].Evaluate);
        Assert.Equal(9, records.Count);
    }

    [Fact]
    public void Option_state_follows_the_options_file_and_turns_off()
    {
        var state = new TabariOptionState(["// a comment", "COMPLEX: VERBS[5] CONJ[4] NOACTPRIOR"]);

        state.Set("COMPLEX:  VERBS[5] CONJ[4] EXPLAIN");
        Assert.NotNull(state.Changed);
        state.Set("COMPLEX: VERBS[5] CONJ[4] NOACTPRIOR");
        Assert.Null(state.Changed);
        state.Set("SET: TIME SHIFT = TRUE");
        Assert.Equal("SET: TIME SHIFT = TRUE", state.Changed);
        state.Set("SET: TIME SHIFT=FALSE");
        state.Set("OUTPUT: ID STORY");
        state.Set("FORWARD: ^^NNN");
        Assert.NotNull(state.Changed);
        state.Set("FORWARD: ^^NNN OFF");
        Assert.Null(state.Changed);
    }

    [Fact]
    public void Comma_and_minimum_words_settings_are_emulated_from_tabaris_defaults()
    {
        var state = new TabariOptionState([]);
        Assert.Equal(CommaClauseLimits.TabariDefault, state.Commas);
        Assert.Equal(8, state.MinimumWords);

        state.Set("COMMA: MIN = 4 MAX = 6 EMIN = 3 EMAX = 6 BMIN = 3 BMAX = 8}");
        Assert.Equal(new CommaClauseLimits(4, 6, 3, 8, 3, 6), state.Commas);
        state.Set("COMMA: OFF");
        Assert.Equal(CommaClauseLimits.Off, state.Commas);
        state.Set("SET: MINIMUM WORDS = 4");
        Assert.Equal(4, state.MinimumWords);
        Assert.Null(state.Changed);
    }

    [Fact]
    public void The_code_by_setting_is_emulated_records_are_coded_by_clause_unless_the_suite_says_otherwise()
    {
        const string text = """
            010206  A-01
            Norland met Southmark.
            /*\n{ NOR / SOU / 040 } */

            010205  A-Switch
            Changing a setting.
            /*\n{ OPTION: SET: CODE ALL } */

            010206  A-02
            Norland met Southmark.
            /*\n{ NOR / SOU / 040 } */

            010205  A-Sentence
            Changing a setting.
            /*\n{ OPTION: SET: CODE BY SENTENCE } */

            010206  A-03
            Norland met Southmark.
            /*\n{ NOR / SOU / 040 } */
            """;
        var records = TabariRecordReader.Read(new StringReader(text), []).ToDictionary(r => r.Id);

        Assert.Equal(EventScope.FirstPerClause, records["A-01"].Coding.Scope);
        Assert.True(records["A-02"].Evaluate);
        Assert.Equal(EventScope.All, records["A-02"].Coding.Scope);
        Assert.True(records["A-03"].Evaluate);
        Assert.Equal(EventScope.FirstPerSentence, records["A-03"].Coding.Scope);
    }
}
