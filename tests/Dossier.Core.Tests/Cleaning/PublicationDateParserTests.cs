using Dossier.Core.Cleaning;
using Dossier.Core.Model;

namespace Dossier.Core.Tests.Cleaning;

public sealed class PublicationDateParserTests
{
    [Theory]
    [InlineData("Updated 10:07, 25-Apr-2019", null)]
    [InlineData("10:07, 25-Apr-2019", "2019-04-25T10:07:00")]
    [InlineData("2019.04.23 11:57 GMT+8", "2019-04-23T11:57:00+08:00")]
    [InlineData("April 27th, 2019", "2019-04-27")]
    [InlineData("Apr. 18, 2019", "2019-04-18")]
    [InlineData("25 April 2019", "2019-04-25")]
    [InlineData("April 25, 2019 10:07 AM", "2019-04-25T10:07:00")]
    [InlineData("April 25, 2019 10:07 PM", "2019-04-25T22:07:00")]
    [InlineData("Thursday, April 25, 2019", "2019-04-25")]
    [InlineData("2019-04-25", "2019-04-25")]
    [InlineData("2019-04-25T10:07:00+08:00", "2019-04-25T10:07:00+08:00")]
    [InlineData("2019-04-25T02:07:00Z", "2019-04-25T02:07:00+00:00")]
    [InlineData("2019-04-25T10:07:00.123", "2019-04-25T10:07:00")]
    [InlineData("2019-04", "2019-04")]
    [InlineData("April 2019", "2019-04")]
    [InlineData("2019", "2019")]
    [InlineData("25 Apr 2019 10:07 UTC", "2019-04-25T10:07:00+00:00")]
    [InlineData("Sept. 3, 2019, 9:15 a.m. +08:00", "2019-09-03T09:15:00+08:00")]
    [InlineData("2019/04/23 11:57 (GMT+08:00)", "2019-04-23T11:57:00+08:00")]
    [InlineData("April 25, 2019 at 10:07 KST", "2019-04-25T10:07:00+09:00")]
    public void Parse_reads_the_formats_news_pages_use(string text, string? expectedIso) =>
        Assert.Equal(expectedIso, PublicationDateParser.Parse(text)?.ToIso());

    [Theory]
    [InlineData("")]
    [InlineData("Thursday 25/04")]
    [InlineData("Apr. 26-27")]
    [InlineData("February 30, 2019")]
    [InlineData("25:99, 25-Apr-2019")]
    [InlineData("Kim arrived in Russia on April 24, 2019 by train.")]
    [InlineData("Smarch 3, 2019")]
    public void Parse_returns_null_for_what_is_not_a_whole_date(string text) =>
        Assert.Null(PublicationDateParser.Parse(text));

    [Theory]
    [InlineData("2019", DatePrecision.Year)]
    [InlineData("April 2019", DatePrecision.Month)]
    [InlineData("25 April 2019", DatePrecision.Day)]
    [InlineData("April 25, 2019 10:07 AM", DatePrecision.Minute)]
    public void Parse_keeps_only_the_precision_the_text_states(string text, DatePrecision precision) =>
        Assert.Equal(precision, PublicationDateParser.Parse(text)!.Precision);

    [Fact]
    public void Parse_sets_the_offset_only_when_a_zone_is_given()
    {
        Assert.Null(PublicationDateParser.Parse("10:07, 25-Apr-2019")!.Offset);
        Assert.Equal(TimeSpan.FromHours(8), PublicationDateParser.Parse("2019.04.23 11:57 GMT+8")!.Offset);
    }
}
