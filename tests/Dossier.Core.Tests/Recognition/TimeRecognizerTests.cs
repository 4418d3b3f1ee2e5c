using System.Globalization;
using Dossier.Core.Model;
using Dossier.Core.Pipeline;
using Dossier.Core.Recognition;

namespace Dossier.Core.Tests.Recognition;

public sealed class TimeRecognizerTests
{
    private static Document Recognize(string text, string? published)
    {
        DateOnly? date = published is null ? null : DateOnly.ParseExact(published, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var document = TimeTestDocuments.Create(text, date is { } d ? TimeTestDocuments.Date(d.Year, d.Month, d.Day) : null);
        new TimeRecognizer().Process(document, CancellationToken.None);
        return document;
    }

    [Theory]
    [InlineData("The talks in Hanoi ended on 3 March.", "3 March")]
    [InlineData("The talks in Hanoi ended on Sunday, 3 March.", "Sunday, 3 March")]
    public void A_full_month_name_does_not_take_the_sentences_full_stop(string sentence, string text)
    {
        var document = Recognize(sentence, "2019-03-05");

        Assert.Contains(document.Times, t => t.Text == text);
    }

    [Theory]
    [InlineData("Last updated on April 27th, 2019", "April 27th, 2019", "2019-04-27", "month-day-year")]
    [InlineData("Officials met in Pyongyang, the DPRK, March 22, 2018", "March 22, 2018", "2018-03-22", "month-day-year")]
    [InlineData("Updated 10:07, 25-Apr-2019", "25-Apr-2019", "2019-04-25", "day-month-year")]
    [InlineData("The summit opened in Vladivostok on 25 April 2019.", "25 April 2019", "2019-04-25", "day-month-year")]
    [InlineData("2019.04.23 11:57 GMT+8", "2019.04.23", "2019-04-23", "numeric-year-month-day")]
    [InlineData("As early as  September 2017, Putin claimed that pursuing further sanctions is useless.", "September 2017", "2017-09", "month-year")]
    [InlineData("Since March 2018, the North Korean leader has had several summits.", "March 2018", "2018-03", "month-year")]
    [InlineData("He visited Pyongyang in 2000 and met Kim Jong Il a few times.", "2000", "2000", "year")]
    [InlineData("Moscow also helped rebuild North Korea after the 1950-53 Korean War.", "1950-53", "1950", "year-range-start")]
    [InlineData("In 2014, Russia officially canceled 90 percent of the DPRK's debt.", "2014", "2014", "year")]
    [InlineData("The talks in Hanoi ended on 3 March 2019.", "3 March 2019", "2019-03-03", "day-month-year")]
    [InlineData("The talks in Hanoi ended on March 3, 2019.", "March 3, 2019", "2019-03-03", "month-day-year")]
    [InlineData("The talks ended on 3 Mar. 2019 in Hanoi.", "3 Mar. 2019", "2019-03-03", "day-month-year")]
    public void Absolute_dates_are_normalised_without_an_anchor(string sentence, string text, string value, string rule)
    {
        var document = Recognize(sentence, null);

        var mention = Assert.Single(document.Times);
        Assert.Equal(text, mention.Text);
        Assert.Equal(value, mention.Value);
        Assert.Equal(rule, mention.Rule);
        Assert.True(mention.IsDate);
        Assert.Null(mention.Anchor);
    }

    [Theory]
    [InlineData("The Kremlin officially announced on Apr. 18 that Kim will be visiting Russia.", "2019-04-11", "Apr. 18", "2019-04-18")]
    [InlineData("Kim will be visiting Russia in the second half of April at Putin’s invitation.", "2019-04-11", "the second half of April", "2019-04")]
    [InlineData("Kim arrived on Wednesday in Khasan, a Russian border town, in his private armored train.", "2019-04-27", "Wednesday", "2019-04-24")]
    [InlineData("Analysts say the Russia-North Korea summit scheduled for Thursday 25/04 will serve as a reminder to Washington.", "2019-04-24", "Thursday 25/04", "2019-04-25")]
    [InlineData("Putin’s aide Yuri Ushakov told a news conference on Tuesday.", "2019-04-24", "Tuesday", "2019-04-23")]
    [InlineData("On Friday, Putin’s spokesperson Dmitri Peskov said that the two leaders will discuss “bilateral ties”.", "2019-04-24", "Friday", "2019-04-19")]
    [InlineData("The two leaders will meet on Thursday in Vladivostok.", "2019-04-24", "Thursday", "2019-04-25")]
    [InlineData("Kim Jong Un is in Russia, meeting Russian President Vladimir Putin today.", "2019-04-25", "today", "2019-04-25")]
    [InlineData("Kim arrived in Vladivostok yesterday.", "2019-04-25", "yesterday", "2019-04-24")]
    [InlineData("The talks will continue tomorrow.", "2019-04-25", "tomorrow", "2019-04-26")]
    [InlineData("Kim will grab the headlines by visiting Russia to meet President Vladimir Putin this month.", "2019-04-23", "this month", "2019-04")]
    [InlineData("Sergey Lavrov visited Pyongyang last May and extended Putin's invitation to Kim.", "2019-04-23", "last May", "2018-05")]
    [InlineData("As Kim launched the summit diplomacy campaign last March, Vladimir Putin was left out.", "2019-04-23", "last March", "2018-03")]
    [InlineData("Kim has gone to Russia after the repeated invitations from Putin since last year.", "2019-04-27", "last year", "2018")]
    [InlineData("Kim is set to hold a summit with Russian President Vladimir Putin next week.", "2019-04-25", "next week", "2019-W18")]
    [InlineData("Kim Yong Nam attended the World Cup in June last year.", "2019-04-25", "June last year", "2018-06")]
    [InlineData("Last month, it announced it had shipped wheat to the North Korean port of Chongjin.", "2019-04-24", "Last month", "2019-03")]
    [InlineData("The US and China could conclude their trade negotiations in early June.", "2019-04-11", "early June", "2019-06")]
    [InlineData("Experts had predicted that Xi would visit North Korea in April.", "2019-04-11", "April", "2019-04")]
    [InlineData("Xi heading to North Korea is expected before Dec. 30 at the latest.", "2019-01-03", "Dec. 30", "2018-12-30")]
    [InlineData("Protesters were planning to drive around the airport on Monday.", "2000-01-07", "Monday", "2000-01-10")]
    [InlineData("The offer had been scheduled to expire on Friday.", "1989-10-30", "Friday", "1989-10-27")]
    [InlineData("Three days later, on Friday, the index was down.", "1989-10-30", "Friday", "1989-10-27")]
    [InlineData("Relatives said they will look for ways around Wednesday's ruling.", "2000-01-15", "Wednesday", "2000-01-12")]
    [InlineData("The carrier, which has been on patrol since March, was scheduled to return to port in the autumn.", "1990-08-13", "March", "1990-03")]
    [InlineData("Officials said they had postponed the hearing until Tuesday.", "2000-03-30", "Tuesday", "2000-04-04")]
    [InlineData("The group might come to the U.S. as soon as Tuesday, according to unconfirmed reports.", "2000-04-03", "Tuesday", "2000-04-04")]
    [InlineData("Until Thursday, Kopp had been described only as a material witness.", "1999-05-07", "Thursday", "1999-05-06")]
    [InlineData("In January, the company brought in a new chief executive, who will remain chairman.", "1989-10-27", "January", "1989-01")]
    [InlineData("``We will be ready to leave for Washington with the boy on Thursday,'' Castro said.", "2000-04-05", "Thursday", "2000-04-06")]
    [InlineData("On Friday, ``we will stay,'' the minister told reporters in the capital.", "2000-04-05", "Friday", "2000-03-31")]
    [InlineData("More than 100 people have been killed in the blasts next to the U.S. embassies in Kenya and Tanzania on Friday.", "1998-08-08", "Friday", "1998-08-07")]
    [InlineData("The INS ruled that Elian must be returned to his father and set Friday as the deadline.", "2000-01-15", "Friday", "2000-01-14")]
    [InlineData("On Friday, when Albright set aside vacation plans for the hastily planned trip, the State Department lifted a warning.", "1998-08-17", "Friday", "1998-08-14")]
    [InlineData("The new members can also participate in planning for the NATO summit in April.", "1998-12-05", "April", "1999-04")]
    [InlineData("The summit is set for Friday, officials said on Monday.", "1998-12-09", "Friday", "1998-12-11")]
    [InlineData("Sun had problems meeting demand for its computers well into the summer.", "1989-10-26", "the summer", "1989-SU")]
    [InlineData("Sales slowed in the spring, the company said.", "1989-10-26", "the spring", "1989-SP")]
    [InlineData("The company will open the plant in the spring.", "1989-10-26", "the spring", "1990-SP")]
    [InlineData("The relatives have until 9 am Tuesday to sign the paper, officials said.", "2000-04-03", "9 am Tuesday", "2000-04-04T09:00")]
    [InlineData("The father would be traveling to the United States Thursday with his wife.", "2000-04-05", "Thursday", "2000-04-06")]
    [InlineData("The ceremony would still be held at the NATO summit on April 24.", "1999-02-10", "April 24", "1999-04-24")]
    [InlineData("The dividend would be paid on a still unspecified date in January.", "1989-10-26", "January", "1990-01")]
    [InlineData("The firm will hold the postponed meeting in January.", "1989-10-26", "January", "1990-01")]
    [InlineData("The meeting was postponed in January.", "1989-10-26", "January", "1989-01")]
    [InlineData("Dividends will be paid in January.", "1989-10-26", "January", "1990-01")]
    [InlineData("The case may be resolved in a hearing the week of March 6.", "2000-02-24", "the week of March 6", "2000-W10")]
    [InlineData("On Tue, 22 Jan, the talks ended.", "2019-04-25", "Tue, 22 Jan", "2019-01-22")]
    [InlineData("The vote was put off until the 27.", "2019-04-25", "the 27", "2019-04-27")]
    public void Relative_expressions_resolve_against_the_publication_date(string sentence, string published, string text, string value)
    {
        var document = Recognize(sentence, published);

        var mention = Assert.Single(document.Times, t => t.Text == text);
        Assert.Equal(value, mention.Value);
        Assert.True(mention.IsDate);
        Assert.Equal("published", mention.Anchor);
    }

    [Theory]
    [InlineData("The two countries had been locked in a deadly confrontation for more than 65 years.", "more than 65 years", "P65Y")]
    [InlineData("Kim has arrived in Russia just two months after his meeting with Trump.", "two months", "P2M")]
    [InlineData("Kim gave the United States a little bit more than eight months to make a bold change.", "more than eight months", "P8M")]
    [InlineData("The visit lasted three days.", "three days", "P3D")]
    [InlineData("Talks went on for 12 hours.", "12 hours", "PT12H")]
    [InlineData("The war lasted a few decades.", "a few decades", "PXY")]
    [InlineData("Albright spent 5 1/2 hours in Nairobi.", "5 1/2 hours", "PT5.5H")]
    public void Durations_are_not_dates(string sentence, string text, string value)
    {
        var document = Recognize(sentence, "2019-04-25");

        var mention = Assert.Single(document.Times);
        Assert.Equal(text, mention.Text);
        Assert.Equal(value, mention.Value);
        Assert.False(mention.IsDate);
    }

    [Theory]
    [InlineData("Kim may try to achieve three basic objectives.")]
    [InlineData("Kopp was seen at the annual March for Life in Washington.")]
    [InlineData("The summer camp was closed and the fall in prices continued.")]
    [InlineData("He was at the head of the March of the Combatant Mothers.")]
    [InlineData("DPRK's Ambassador to Russia Kim Hyung Jun (L) and chairman Konstantin Kosachev met.")]
    [InlineData("Officials attended the 8th meeting of the committee.")]
    [InlineData("Around 10,000 North Korean labourers are still employed in Russia.")]
    [InlineData("Russia would like to march ahead with the project.")]
    [InlineData("Half of 1/2 is a quarter.")]
    public void Sentences_without_time_expressions_give_nothing(string sentence)
    {
        var document = Recognize(sentence, "2019-04-25");

        Assert.Empty(document.Times);
    }

    [Fact]
    public void In_May_or_June_gives_two_mentions()
    {
        var document = Recognize("Xi Jinping will be paying a visit to both South and North Korea in May or June.", "2019-04-11");

        Assert.Equal(["May", "June"], document.Times.Select(t => t.Text));
        Assert.Equal(["2019-05", "2019-06"], document.Times.Select(t => t.Value));
    }

    [Fact]
    public void Mentions_carry_sentence_index_and_spans_into_the_text()
    {
        var document = Recognize("Kim left Pyongyang. Kim arrived on Wednesday in Khasan. He met Putin on April 25, 2019.", "2019-04-27");

        Assert.Equal([1, 2], document.Times.Select(t => t.Sentence));
        Assert.All(document.Times, t => Assert.Equal(t.Text, document.TextOf(t.Span)));
    }

    [Fact]
    public void Without_a_publication_date_the_latest_stated_date_anchors_relative_expressions()
    {
        var document = Recognize("Earlier, on March 27, 2019, Kim spoke in Pyongyang. He met Putin on April 25, 2019. He left on Friday.", null);

        var friday = Assert.Single(document.Times, t => t.Text == "Friday");
        Assert.Equal("2019-04-19", friday.Value);
        Assert.Equal("latest-stated", friday.Anchor);
        Assert.All(document.Times.Where(t => t != friday), t => Assert.Null(t.Anchor));
    }

    [Fact]
    public void Without_any_anchor_relative_expressions_are_skipped()
    {
        var document = Recognize("Kim arrived on Wednesday. Last month, it shipped wheat. He visited Pyongyang in 2000 and met Kim Jong Il today.", null);

        var mention = Assert.Single(document.Times);
        Assert.Equal("2000", mention.Value);
    }

    [Fact]
    public void A_month_precision_publication_date_does_not_resolve_weekdays()
    {
        var document = TimeTestDocuments.Create("Kim arrived on Wednesday. He will return next month.");
        document.Metadata = new ArticleMetadata { Published = new PublicationDate(new DateTime(2019, 4, 1), DatePrecision.Month) };

        new TimeRecognizer().Process(document, CancellationToken.None);

        var mention = Assert.Single(document.Times);
        Assert.Equal("2019-05", mention.Value);
    }

    [Fact]
    public void One_instance_can_process_documents_in_parallel()
    {
        var step = new TimeRecognizer();
        const string Text = "Kim arrived on Wednesday in Khasan. Lavrov visited Pyongyang last May. The confrontation lasted more than 65 years.";
        var documents = Enumerable.Range(0, 64).Select(_ => TimeTestDocuments.Create(Text, TimeTestDocuments.Date(2019, 4, 27))).ToList();

        Parallel.ForEach(documents, d => step.Process(d, CancellationToken.None));

        Assert.All(documents, d => Assert.Equal(["2019-04-24", "2018-05", "P65Y"], d.Times.Select(t => t.Value)));
    }

    [Fact]
    public void Step_declares_its_layers()
    {
        var step = new TimeRecognizer();

        Assert.Equal("TimeRecognizer", step.Name);
        Assert.True(step.Requires.SetEquals([Layer.CleanText, Layer.Tokens, Layer.Sentences]));
        Assert.True(step.Produces.SetEquals([Layer.TimeMentions]));
    }
}
