using Dossier.Core.Actors;

namespace Dossier.Core.Tests.Actors;

public sealed class PhoenixAgentReaderTests
{
    [Fact]
    public void Reads_codes_plurals_and_substitution_sets()
    {
        const string text = """
            !PERSON! = MAN, WOMAN
            FOREIGN_MINISTER [~GOVFRM] # jap
            POLICE {} [~COP]
            ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOVATG]
            CONGRESS!PERSON! [~LEG]
            HUMAN_RIGHTS_BODY  [NGO~]
            SECRETARY [~GOV]
            """;
        var agents = PhoenixAgentReader.Read(new StringReader(text));

        Assert.Equal(["FOREIGN MINISTER", "FOREIGN MINISTERS"], agents[0].Phrases);
        Assert.Equal("GOVFRM", agents[0].Code);
        Assert.False(agents[0].BeforeActor);
        Assert.Equal(["POLICE"], agents[1].Phrases);
        Assert.Equal(["ATTORNEY GENERAL", "ATTORNEYS GENERAL"], agents[2].Phrases);
        Assert.Equal(["CONGRESSMAN"], agents[3].Phrases);
        Assert.Equal(["CONGRESSWOMAN"], agents[4].Phrases);
        Assert.True(agents[5].BeforeActor);
        Assert.Equal("NGO", agents[5].Code);
        Assert.Equal(["SECRETARY", "SECRETARIES"], agents[6].Phrases);
    }
}
