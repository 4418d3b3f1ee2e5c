using Dossier.Core.Models;

namespace Dossier.Core.Tests.Models;

public class GazetteerTests
{
    [Fact]
    public void Phoenix_entries_are_typed_by_their_codes()
    {
        string[] lines =
        [
            "# comment",
            "FRANCE_  [FRA]",
            "+FRENCH_REPUBLIC_",
            "EMMANUEL_MACRON_  # CountryInfo.txt",
            "\t[FRAGOV >170514]",
            "WORLD_HEALTH_ORGANIZATION_\t[IGOUNOHLHWHO]# NGO_Actors",
        ];
        var gazetteer = new Gazetteer();

        GazetteerSources.AddPhoenixActors(gazetteer, lines);

        Assert.Equal(["france", "french republic"], gazetteer.Entries(0));
        Assert.Equal(["world health organization"], gazetteer.Entries(2));
        Assert.Equal(["emmanuel macron"], gazetteer.Entries(3));
        Assert.Equal(["emmanuel"], gazetteer.Entries(4));
    }
}
