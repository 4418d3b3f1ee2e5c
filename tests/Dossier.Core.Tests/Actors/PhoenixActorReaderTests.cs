using Dossier.Core.Actors;
using Dossier.Core.Events;

namespace Dossier.Core.Tests.Actors;

public sealed class PhoenixActorReaderTests
{
    private const string Sample = """
        # a comment line
        NORTH_KOREA_  [PRK]
        +DPRK_
        +D.P.R.K._ # a comment after a synonym

        KIM_JONG_IL_  # CountryInfo.txt
        	[PRKGOV >041201]
        VLADIMIR_PUTIN_  # CountryInfo.txt
        +PUTIN_
        	[RUSELI 700101-990809]
        	[RUSGOV >20080508]
        	[RUSELI]
        <!-- a block
        comment -->
        KREMLIN_ [RUSGOV]
        BROKEN_ [XXX 991399-000101]
        """;

    private static IReadOnlyList<ActorRecord> Read(ICollection<string>? problems = null) => PhoenixActorReader.Read(new StringReader(Sample), problems);

    [Fact]
    public void Reads_primary_phrases_synonyms_and_inline_codes()
    {
        var korea = Read()[0];

        Assert.Equal("NORTH KOREA", korea.Phrase);
        Assert.Equal(["DPRK", "D.P.R.K."], korea.Synonyms);
        Assert.Equal([new CodedPeriod("PRK")], korea.Periods);
    }

    [Fact]
    public void Reads_dated_codes_on_indented_lines_with_two_and_four_digit_years()
    {
        var putin = Assert.Single(Read(), r => r.Phrase == "VLADIMIR PUTIN");

        Assert.Equal("CountryInfo.txt", putin.Comment);
        Assert.Equal(["PUTIN"], putin.Synonyms);
        Assert.Equal(new CodedPeriod("RUSELI", new DateOnly(1970, 1, 1), new DateOnly(1999, 8, 9)), putin.Periods[0]);
        Assert.Equal(new CodedPeriod("RUSGOV", From: new DateOnly(2008, 5, 8)), putin.Periods[1]);
        Assert.Equal("RUSGOV", putin.CodeAt(new DateOnly(2019, 4, 25)));
        Assert.Equal("RUSELI", putin.CodeAt(new DateOnly(1995, 1, 1)));
        Assert.Equal("RUSELI", putin.CodeAt(new DateOnly(2003, 1, 1)));
    }

    [Fact]
    public void Reads_YYMMDD_years_up_to_30_as_this_century()
    {
        var kim = Assert.Single(Read(), r => r.Phrase == "KIM JONG IL");

        Assert.Equal(new DateOnly(2004, 12, 1), kim.Periods[0].From);
        Assert.Null(kim.CodeAt(new DateOnly(2000, 1, 1)));
    }

    [Fact]
    public void Skips_block_comments_and_reports_impossible_dates()
    {
        var problems = new List<string>();
        var records = Read(problems);

        Assert.Equal(["NORTH KOREA", "KIM JONG IL", "VLADIMIR PUTIN", "KREMLIN", "BROKEN"], records.Select(r => r.Phrase));
        Assert.Empty(records[^1].Periods);
        Assert.Single(problems);
    }

    [SharedDataFact("events/petrarch2/dictionaries/Phoenix.Countries.actors.txt")]
    public void Reads_the_Phoenix_country_dictionary()
    {
        using var reader = new StreamReader(RepositoryPaths.SharedDataFile("events/petrarch2/dictionaries/Phoenix.Countries.actors.txt")!);
        var records = PhoenixActorReader.Read(reader);

        var russia = Assert.Single(records, r => r.Phrase == "RUSSIAN FEDERATION");
        Assert.Contains("RUSSIA", russia.Synonyms);
        Assert.Equal("RUS", russia.CodeAt(null));
        Assert.Equal("PRKGOV", Assert.Single(records, r => r.Phrase == "KIM JONG IL").CodeAt(new DateOnly(2010, 1, 1)));
    }

    [Fact]
    public void Blanks_may_be_read_as_gaps_for_the_lexicon_and_are_spaces_otherwise()
    {
        const string text = "ITHILEN TELEVISION  [ITHTV]\nPRINCE OF DOL_AMROTH [DOL]\n+CIRITH_UNGOL_\n";

        Assert.Equal(["ITHILEN TELEVISION", "PRINCE OF DOL AMROTH"], PhoenixActorReader.Read(new StringReader(text)).Select(r => r.Phrase));

        var gapped = PhoenixActorReader.Read(new StringReader(text), blanksMayHoldWords: true);
        Assert.Equal(["ITHILEN …TELEVISION", "PRINCE …OF …DOL AMROTH"], gapped.Select(r => r.Phrase));
        Assert.Equal(["CIRITH UNGOL"], gapped[1].Synonyms);

        var lexicon = ActorLexicon.From(gapped, []);
        string[] words = ["Ithilen", "state-run", "television"];
        var hit = Assert.Single(ActorFinder.Hits(words, lexicon, ["NNP", "JJ", "NN"]));
        Assert.Equal((0, 3), (hit.Start, hit.End));
    }
}
