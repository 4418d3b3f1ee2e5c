using Dossier.Core.Events;

namespace Dossier.Core.Tests.Events;

public sealed class VerbLexiconReaderTests
{
    private static readonly VerbLexicon Lexicon = VerbLexiconReader.Read(new StringReader(EventTestDictionaries.Verbs), "test.verbs");

    [Fact]
    public void Regular_forms_are_generated_and_irregular_ones_replace_them()
    {
        Assert.Equal("042:043", Lexicon.FormsStartingWith("VISITED")[0].Code);
        Assert.Equal(1, Lexicon.FormsStartingWith("VISITING").Length);
        Assert.Equal(0, Lexicon.FormsStartingWith("MEETED").Length);
        Assert.Equal(1, Lexicon.FormsStartingWith("DELIVERED").Length);
    }

    [Fact]
    public void Phrasal_verbs_are_indexed_by_their_first_word_longest_first()
    {
        var forms = Lexicon.FormsStartingWith("MET").ToArray();

        Assert.Equal(["MET", "WITH"], forms[0].Words);
        Assert.Equal(["MET"], forms[^1].Words);
    }

    [Fact]
    public void Patterns_keep_elements_on_each_side_of_the_verb_and_their_code()
    {
        var restore = Lexicon.FormsStartingWith("RESTORE")[0];

        Assert.Equal("---", restore.Code);
        var pattern = Assert.Single(restore.Patterns);
        Assert.Equal("064", pattern.Code);
        Assert.Empty(pattern.Before);
        Assert.Equal([PatternElementKind.Synset, PatternElementKind.Word], pattern.After.Select(e => e.Kind));
        Assert.Equal(["DIPLOMATIC", "DIPLOMATICS", "MILITARY", "MILITARIES"], Lexicon.Synset("TIETYPES").Select(p => p[0]));
    }

    [Fact]
    public void Underscores_join_elements_and_markers_name_roles()
    {
        var problems = new List<string>();
        var synsets = new Dictionary<string, string[][]>(StringComparer.Ordinal);

        var pattern = VerbLexiconReader.ParsePattern("- FAILED_TO_* + (OF $) [111]", "f", "B", synsets, problems.Add)!;

        Assert.Empty(problems);
        Assert.Equal(["TO", "FAILED"], pattern.Before.Select(e => e.Text));
        Assert.All(pattern.Before, e => Assert.True(e.Adjacent));
        Assert.Equal([PatternElementKind.Target, PatternElementKind.Word, PatternElementKind.Source], pattern.After.Select(e => e.Kind));
        Assert.False(pattern.After[0].Adjacent);
        Assert.Equal("f:B:- FAILED_TO_* + (OF $) [111]", pattern.Rule);
    }

    [Fact]
    public void Patterns_with_undefined_synsets_or_disjunctions_are_skipped_and_reported()
    {
        var problems = new List<string>();
        var synsets = new Dictionary<string, string[][]>(StringComparer.Ordinal);

        Assert.Null(VerbLexiconReader.ParsePattern("- * &NOWHERE [111]", "f", "B", synsets, problems.Add));
        Assert.Null(VerbLexiconReader.ParsePattern("- * {A | B} [111]", "f", "B", synsets, problems.Add));
        Assert.Equal(2, problems.Count);
    }

    [SharedDataFact("events/petrarch2/dictionaries/CAMEO.2.0.txt")]
    public void The_CAMEO_dictionary_reads_with_its_visit_and_meeting_blocks()
    {
        var lexicon = VerbLexiconReader.ReadFile(RepositoryPaths.SharedDataFile("events/petrarch2/dictionaries/CAMEO.2.0.txt")!);

        Assert.Equal("042:043", lexicon.FormsStartingWith("VISITED")[0].Code);
        Assert.Contains(lexicon.FormsStartingWith("MET").ToArray(), s => s.Words.Count == 2 && s.Code == "040");
        Assert.True(lexicon.FormCount > 5_000, $"{lexicon.FormCount} forms");
    }
}
