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

    [Fact]
    public void Names_are_matched_through_prefixes_that_are_no_names_themselves()
    {
        var gazetteer = new Gazetteer();
        gazetteer.Add(2, "World Health Organization");
        gazetteer.Add(1, "New York");
        gazetteer.Add(1, "New York City");
        gazetteer.Add(0, "Health");

        var bits = gazetteer.Match(new SentenceInput(["the", "world", "health", "organization", "in", "New", "York", "City"]));

        int Bit(int kind, int position) => 1 << ((kind * 4) + position);
        Assert.Equal(
            [0, Bit(2, 0), Bit(2, 1) | Bit(0, 3), Bit(2, 2), 0, Bit(1, 0), Bit(1, 2) | Bit(1, 1), Bit(1, 2)],
            bits);
    }
}
