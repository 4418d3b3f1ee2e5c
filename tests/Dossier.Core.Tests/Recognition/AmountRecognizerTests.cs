using Dossier.Core.Model;
using Dossier.Core.Pipeline;
using Dossier.Core.Recognition;

namespace Dossier.Core.Tests.Recognition;

public sealed class AmountRecognizerTests
{
    private static Document Recognize(string text)
    {
        var document = TimeTestDocuments.Create(text, TimeTestDocuments.Date(2019, 4, 24));
        new AmountRecognizer().Process(document, CancellationToken.None);
        return document;
    }

    [Theory]
    [InlineData("The labourers provided Pyongyang with more than $500m in foreign exchange annually.", "more than $500m", 500e6, "USD", "more than")]
    [InlineData("The 2015 trade volume was just 84 million U.S. dollars.", "84 million U.S. dollars", 84e6, "USD", null)]
    [InlineData("Bilateral trade will hit the mark of one billion U.S. dollars by the year 2020.", "one billion U.S. dollars", 1e9, "USD", null)]
    [InlineData("The target was significantly lowered to half a billion U.S. dollars in 2015.", "half a billion U.S. dollars", 500e6, "USD", null)]
    [InlineData("Trade between Russia and North Korea fell from $60m in 2017 to $34m in 2018.", "$60m", 60e6, "USD", null)]
    [InlineData("Trade between Russia and North Korea fell from $60m in 2017 to $34m in 2018.", "$34m", 34e6, "USD", null)]
    [InlineData("The European fund is worth €3bn.", "€3bn", 3e9, "EUR", null)]
    [InlineData("London pledged around £2.5 million in aid.", "around £2.5 million", 2.5e6, "GBP", "about")]
    [InlineData("In 2014, Russia officially canceled 90 percent of the DPRK's debt.", "90 percent", 90d, "percent", null)]
    [InlineData("Exports fell by nearly 12% last year.", "nearly 12%", 12d, "percent", "almost")]
    [InlineData("The simulator costs C$16.4 million.", "C$16.4 million", 16.4e6, "CAD", null)]
    [InlineData("Exports fell to HK$10.05 billion.", "HK$10.05 billion", 10.05e9, "HKD", null)]
    [InlineData("It issued 125 million Australian dollars of bonds.", "125 million Australian dollars", 125e6, "AUD", null)]
    [InlineData("The bank lent 3 billion Swiss francs.", "3 billion Swiss francs", 3e9, "CHF", null)]
    [InlineData("Seoul pledged ₩500 billion.", "₩500 billion", 500e9, "KRW", null)]
    [InlineData("The fund holds USD 2 million in cash.", "USD 2 million", 2e6, "USD", null)]
    public void Money_and_percentages_are_normalised(string sentence, string text, double value, string unit, string? qualifier)
    {
        var document = Recognize(sentence);

        var amount = Assert.Single(document.Amounts, a => a.Text == text);
        Assert.Equal(value, amount.Value);
        Assert.Equal(unit, amount.Unit);
        Assert.Equal(qualifier, amount.Qualifier);
        Assert.Equal(text, document.TextOf(amount.Span));
    }

    [Theory]
    [InlineData("Around 10,000 North Korean labourers are still employed in Russia.", "Around 10,000 North Korean labourers", 10000d, "labourers", "about", "North Korean labourers")]
    [InlineData("Kim may try to achieve three basic objectives.", "three basic objectives", 3d, "objectives", null, "basic objectives")]
    [InlineData("Kim has two urgent concerns as he heads to the summit.", "two urgent concerns", 2d, "concerns", null, "urgent concerns")]
    [InlineData("At least 40 soldiers were injured.", "At least 40 soldiers", 40d, "soldiers", "at least", null)]
    [InlineData("The plant employs up to 5,000 workers.", "up to 5,000 workers", 5000d, "workers", "up to", null)]
    [InlineData("Fewer than 20 journalists were allowed in.", "Fewer than 20 journalists", 20d, "journalists", "less than", null)]
    [InlineData("Over 1,000 protesters gathered in the square.", "Over 1,000 protesters", 1000d, "protesters", "more than", null)]
    [InlineData("Almost 300 people were evacuated.", "Almost 300 people", 300d, "people", "almost", null)]
    [InlineData("Kim made four trips to China.", "four trips", 4d, "trips", null, null)]
    public void Counted_quantities_take_their_noun_as_unit(string sentence, string text, double value, string unit, string? qualifier, string? about)
    {
        var document = Recognize(sentence);

        var amount = Assert.Single(document.Amounts);
        Assert.Equal(text, amount.Text);
        Assert.Equal(value, amount.Value);
        Assert.Equal(unit, amount.Unit);
        Assert.Equal(qualifier, amount.Qualifier);
        Assert.Equal(about, amount.About);
    }

    [Theory]
    [InlineData("He visited Pyongyang in 2000 and met Kim Jong Il a few times.")]
    [InlineData("President Donald Trump outside the Hanoi Opera house in Hanoi, Vietnam, February 28, 2019.")]
    [InlineData("Analysts say the summit scheduled for Thursday 25/04 will serve as a reminder.")]
    [InlineData("Officials attended the 8th meeting of the committee.")]
    [InlineData("Updated 10:07, 25-Apr-2019")]
    [InlineData("Kim has arrived in Russia just two months after his meeting with Trump.")]
    [InlineData("He had summits with Xi, three with South’s Moon Jae-in, two with Trump.")]
    [InlineData("Moscow also helped rebuild North Korea after the 1950-53 Korean War.")]
    [InlineData("The 2015 trade volume was low and a 2017 UN sanctions resolution takes effect.")]
    [InlineData("On June 15, 2018, Maria Zakharova spoke.")]
    [InlineData("Kim visited the country three times.")]
    [InlineData("All 70 of us.")]
    [InlineData("I tried to call Bob 3 times already.")]
    [InlineData("Analysts expect a catch-22 and an F-16 deal with 3/4 support on 25/04.")]
    public void Years_dates_times_ordinals_and_durations_are_not_amounts(string sentence)
    {
        var document = Recognize(sentence);

        Assert.Empty(document.Amounts);
    }

    [Theory]
    [InlineData("Last month, it announced it had shipped more than 2,000 tonnes of wheat to the North Korean port of Chongjin.", "more than 2,000 tonnes", 2000d, "tonne", "more than", "wheat")]
    [InlineData("The Tigrean armies are now 200 miles north of Addis Ababa.", "200 miles", 200d, "mile", null, null)]
    [InlineData("It was a six-mile trip.", "six-mile", 6d, "mile", null, null)]
    [InlineData("It takes more than 10 1/2 miles of cable.", "more than 10 1/2 miles", 10.5, "mile", "more than", "cable")]
    [InlineData("The hills are located about 17 km from Ambur.", "about 17 km", 17d, "kilometre", "about", null)]
    [InlineData("The car can run at over 188 miles an hour.", "over 188 miles an hour", 188d, "mile per hour", "more than", null)]
    [InlineData("Output fell by 500,000 barrels a day.", "500,000 barrels", 500000d, "barrel", null, null)]
    [InlineData("Gulf will export 0.9 trillion cubic feet of gas.", "0.9 trillion cubic feet", 0.9e12, "cubic foot", null, "gas")]
    [InlineData("I'm 1.8m tall.", "1.8m", 1.8, "metre", null, null)]
    [InlineData("The baby is over two pounds.", "over two pounds", 2d, "pound", "more than", null)]
    public void Measures_take_a_canonical_unit(string sentence, string text, double value, string unit, string? qualifier, string? about)
    {
        var amount = Assert.Single(Recognize(sentence).Amounts);

        Assert.Equal((text, value, unit, qualifier, about, AmountKind.Measure), (amount.Text, amount.Value, amount.Unit, amount.Qualifier, amount.About, amount.Kind));
    }

    [Theory]
    [InlineData("It only cost thirteen dollars and forty-five cents.", "thirteen dollars and forty-five cents", 13.45, "USD")]
    [InlineData("It only cost 3 dollars 50 cents.", "3 dollars 50 cents", 3.5, "USD")]
    [InlineData("They lost one hundred percent of it.", "one hundred percent", 100d, "percent")]
    [InlineData("We just need minus five percent.", "minus five percent", -5d, "percent")]
    [InlineData("Sales reached 1.2bn euros.", "1.2bn euros", 1.2e9, "EUR")]
    [InlineData("The fund holds 3 trillion yen.", "3 trillion yen", 3e12, "JPY")]
    [InlineData("Sales rose to $ 1.45 billion.", "$ 1.45 billion", 1.45e9, "USD")]
    [InlineData("Its quarterly profit improved to 361 million pounds.", "361 million pounds", 361e6, "GBP")]
    [InlineData("The price of this book is 100 ₡.", "100 ₡", 100d, "CRC")]
    [InlineData("Supply limit: ₿21,000,000", "₿21,000,000", 21e6, "BTC")]
    [InlineData("I would like to buy this item for USD 200.", "USD 200", 200d, "USD")]
    [InlineData("It costs 115USD.", "115USD", 115d, "USD")]
    [InlineData("It costs a quarter million us dollars.", "a quarter million us dollars", 250000d, "USD")]
    [InlineData("It costs three quarters billion us dollars.", "three quarters billion us dollars", 0.75e9, "USD")]
    [InlineData("They lost 75 USD million in the past three years.", "75 USD million", 75e6, "USD")]
    [InlineData("The december contract rose 1.20 cents.", "1.20 cents", 1.2, "cents")]
    public void Sums_scales_fractions_and_rarer_currencies_are_read(string sentence, string text, double value, string unit)
    {
        var amount = Assert.Single(Recognize(sentence).Amounts);

        Assert.Equal((text, unit), (amount.Text, amount.Unit));
        Assert.Equal(value, amount.Value, 6);
    }

    [Theory]
    [InlineData("Prices rose between 10 and 20 percent.", "10", 10d, "at least", "20 percent", 20d, "at most", "percent")]
    [InlineData("The deal is worth $1-2 billion.", "$1", 1e9, null, "2 billion", 2e9, null, "USD")]
    [InlineData("Walls eight to 10 feet tall.", "eight", 8d, null, "10 feet", 10d, null, "foot")]
    public void Ranges_give_both_bounds_the_unit(string sentence, string lowText, double low, string? lowQualifier, string highText, double high, string? highQualifier, string unit)
    {
        var amounts = Recognize(sentence).Amounts;

        Assert.Equal(2, amounts.Count);
        Assert.Equal((lowText, low, lowQualifier, unit), (amounts[0].Text, amounts[0].Value, amounts[0].Qualifier, amounts[0].Unit));
        Assert.Equal((highText, high, highQualifier, unit), (amounts[1].Text, amounts[1].Value, amounts[1].Qualifier, amounts[1].Unit));
    }

    [Theory]
    [InlineData("The labourers provided Pyongyang with more than $500m in foreign exchange annually.", "foreign exchange")]
    [InlineData("In 2014, Russia officially canceled 90 percent of the DPRK's debt.", "DPRK's debt")]
    [InlineData("The trade volume was just 84 million U.S. dollars, less than one-third of the expected number.", "expected number")]
    public void Money_percent_and_fractions_say_what_they_are_of(string sentence, string about)
    {
        Assert.Contains(Recognize(sentence).Amounts, a => a.About == about);
    }

    [Theory]
    [InlineData("Kim has two urgent concerns.", AmountKind.Count)]
    [InlineData("It costs $20.", AmountKind.Money)]
    [InlineData("It fell 20 percent.", AmountKind.Percent)]
    [InlineData("It is 20 km long.", AmountKind.Measure)]
    public void Every_amount_says_its_kind(string sentence, AmountKind kind)
    {
        Assert.Equal(kind, Assert.Single(Recognize(sentence).Amounts).Kind);
    }

    [Fact]
    public void A_bare_number_with_a_qualifier_borrows_the_unit_counted_earlier()
    {
        var document = Recognize(
            "Around 10,000 North Korean labourers are still employed in Russia. The labourers, who previously numbered as many as 50,000, provided Pyongyang with more than $500m in foreign exchange annually.");

        Assert.Equal(["Around 10,000 North Korean labourers", "as many as 50,000", "more than $500m"], document.Amounts.Select(a => a.Text));
        var earlier = document.Amounts[1];
        Assert.Equal(50000d, earlier.Value);
        Assert.Equal("labourers", earlier.Unit);
        Assert.Equal("as many as", earlier.Qualifier);
        Assert.Equal([0, 1, 1], document.Amounts.Select(a => a.Sentence));
    }

    [Fact]
    public void Step_declares_its_layers()
    {
        var step = new AmountRecognizer();

        Assert.Equal("AmountRecognizer", step.Name);
        Assert.True(step.Requires.SetEquals([Layer.CleanText, Layer.Sentences]));
        Assert.True(step.Produces.SetEquals([Layer.Amounts]));
    }
}
