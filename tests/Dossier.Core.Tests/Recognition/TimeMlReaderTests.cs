using System.Text;
using Dossier.Core.Recognition.TimeMl;

namespace Dossier.Core.Tests.Recognition;

public sealed class TimeMlReaderTests
{
    private const string Sample = """
        <?xml version="1.0" ?>
        <TimeML>
        <DOCID>APW1</DOCID>
        <DCT><TIMEX3 tid="t0" type="DATE" value="1998-08-07" functionInDocument="CREATION_TIME">19980807</TIMEX3></DCT>
        <TITLE>Explosions &amp; more</TITLE>
        <TEXT>
        Bombs <EVENT eid="e1">exploded</EVENT> <TIMEX3 tid="t1" type="DATE" value="1998-08-07">Friday</TIMEX3> &amp; for <TIMEX3 tid="t2" type="DURATION" value="P2D">two days</TIMEX3>.
        </TEXT>
        <MAKEINSTANCE eventID="e1" eiid="ei1"/>
        </TimeML>
        """;

    private static TimeMlDocument Read(string xml) => TimeMlReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(xml)), "APW1");

    [Fact]
    public void Text_is_the_content_of_TEXT_without_markup_and_with_entities_decoded()
    {
        var document = Read(Sample);

        Assert.Equal("\nBombs exploded Friday & for two days.\n", document.Text);
        Assert.Equal("1998-08-07", document.CreationTime);
        Assert.Equal("APW1", document.Id);
    }

    [Fact]
    public void Timexes_point_into_the_text()
    {
        var document = Read(Sample);

        Assert.Collection(
            document.Timexes,
            t =>
            {
                Assert.Equal(("Friday", "DATE", "1998-08-07"), (t.Text, t.Type, t.Value));
                Assert.Equal("Friday", document.Text[t.Start..t.End]);
            },
            t =>
            {
                Assert.Equal(("two days", "DURATION", "P2D"), (t.Text, t.Type, t.Value));
                Assert.Equal("two days", document.Text[t.Start..t.End]);
            });
    }

    [Fact]
    public void A_file_without_DCT_has_no_creation_time()
    {
        var document = Read("<TimeML><TEXT>In <TIMEX3 type=\"DATE\" value=\"1997\">1997</TIMEX3>.</TEXT></TimeML>");

        Assert.Null(document.CreationTime);
        Assert.Equal("In 1997.", document.Text);
        Assert.Equal(3, Assert.Single(document.Timexes).Start);
    }

    [Theory]
    [InlineData("1998-08-07", "1998-08-07")]
    [InlineData("1998-03-03T09:55:00", "1998-03-03T09:55:00")]
    [InlineData("19980807", null)]
    [InlineData(null, null)]
    public void Creation_time_becomes_a_publication_date(string? value, string? iso)
    {
        Assert.Equal(iso, TimeMlTagger.CreationDate(value)?.ToIso());
    }

    [Fact]
    public void Tagger_resolves_against_the_creation_time()
    {
        var document = Read(Sample);

        var tagged = TimeMlTagger.Tag(document);

        Assert.Contains(tagged, t => t is { Text: "Friday", Value: "1998-08-07", Type: "DATE" });
        Assert.Contains(tagged, t => t is { Text: "two days", Value: "P2D", Type: "DURATION" });
        Assert.All(tagged, t => Assert.Equal(t.Text, document.Text[t.Start..t.End]));
    }

    [Theory]
    [InlineData("P2D", "duration", "DURATION")]
    [InlineData("PT3H", "duration", "DURATION")]
    [InlineData("PAST_REF", "past", "DATE")]
    [InlineData("1998-08-07T10:30", "clock", "TIME")]
    [InlineData("1998-08-07", "month-day-year", "DATE")]
    [InlineData("P1W", "set:each", "SET")]
    public void Type_follows_the_value(string value, string rule, string type) => Assert.Equal(type, TimexType.Of(value, rule));
}
