using Dossier.Core.Events;

namespace Dossier.Core.Tests.Events;

public sealed class PlaceGazetteerTests
{
    private const string Lines = "# test\nC\tRU\t\t\t0\tRussia;Russian Federation\nP\tRU\t43.10562\t131.87353\t587022\tVladivostok\nP\tUS\t46.73239\t-117.00017\t25060\tMoscow\nP\tRU\t55.75222\t37.61556\t10381222\tMoscow\nP\tAD\t42.46372\t1.49129\t15000\tSant Julià de Lòria\nP\tGE\t41.7\t44.8\t1000\tGeorgia\nC\tGE\t\t\t0\tGeorgia\n";

    private static readonly PlaceGazetteer Gazetteer = PlaceGazetteer.Read(new StringReader(Lines));

    [Fact]
    public void A_city_is_found_with_its_country_and_coordinates()
    {
        var place = Gazetteer.Find("Vladivostok")!;

        Assert.Equal(("RU", 43.10562, 131.87353, false), (place.CountryCode, place.Lat, place.Lon, place.IsCountry));
    }

    [Fact]
    public void The_most_populous_city_of_a_name_wins_and_a_country_beats_a_city()
    {
        Assert.Equal("RU", Gazetteer.Find("Moscow")!.CountryCode);
        Assert.True(Gazetteer.Find("Georgia")!.IsCountry);
    }

    [Fact]
    public void Names_match_across_case_spacing_articles_and_aliases()
    {
        Assert.Equal("Sant Julià de Lòria", Gazetteer.Find("SANT  JULIÀ DE LÒRIA")!.Name);
        Assert.Equal("Russia", Gazetteer.Find("the Russian Federation")!.Name);
        Assert.Null(Gazetteer.Find("Atlantis"));
    }

    [Fact]
    public void Malformed_lines_are_rejected()
    {
        Assert.Throws<InvalidDataException>(() => PlaceGazetteer.Read(new StringReader("X\tRU\t1\t2\t3\tName\n")));
        Assert.Throws<InvalidDataException>(() => PlaceGazetteer.Read(new StringReader("P\tRU\t1\t2\n")));
    }
}
