using CsCheck;
using Dossier.Core.Recognition;
using Dossier.Core.Recognition.Numbers;

namespace Dossier.Core.Tests.Recognition;

public sealed class NumberRecognizerTests
{
    [Theory]
    [InlineData("They shipped 2,000 tonnes.", "2,000", 2000d)]
    [InlineData("It fell 4.800 points.", "4.800", 4.8)]
    [InlineData("one hundred and sixty-one", "one hundred and sixty-one", 161d)]
    [InlineData("Three hundred  and  thirty one", "Three hundred  and  thirty one", 331d)]
    [InlineData("two hundred and two thousand", "two hundred and two thousand", 202000d)]
    [InlineData("twenty-one trillion three hundred", "twenty-one trillion three hundred", 21000000000300d)]
    [InlineData("fifty - two", "fifty - two", 52d)]
    [InlineData("a dozen eggs", "a dozen", 12d)]
    [InlineData("half a dozen eggs", "half a dozen", 6d)]
    [InlineData("three dozens", "three dozens", 36d)]
    [InlineData("He has 10k followers.", "10k", 10000d)]
    [InlineData("Exports were worth $500m.", "500m", 500e6)]
    [InlineData("The deal is worth 1.2bn.", "1.2bn", 1.2e9)]
    [InlineData("They owe 3 trillion.", "3 trillion", 3e12)]
    [InlineData("It costs 16.4 million.", "16.4 million", 16.4e6)]
    [InlineData("half a million people", "half a million", 500000d)]
    [InlineData("a quarter million us dollars", "a quarter million", 250000d)]
    [InlineData("five and a half million fishes", "five and a half million", 5500000d)]
    [InlineData("The population is 3 million and a half", "3 million and a half", 3500000d)]
    [InlineData("one and a half", "one and a half", 1.5)]
    [InlineData("I can give you 3 hundred and 21 yuan.", "3 hundred and 21", 321d)]
    [InlineData("The answer is minus 5", "minus 5", -5d)]
    [InlineData("The answer is negative one", "negative one", -1d)]
    [InlineData("The level was -9.25 today", "-9.25", -9.25)]
    [InlineData("it takes 10 1/2 miles", "10 1/2", 10.5)]
    [InlineData("Twenty-six people die in accident", "Twenty-six", 26d)]
    public void Cardinals_are_read_with_their_value(string text, string expected, double value)
    {
        var mention = Assert.Single(NumberRecognizer.Find(text), m => m.Kind == NumberKind.Cardinal);

        Assert.Equal(expected, text[mention.Start..mention.End]);
        Assert.Equal(value, mention.Value, 6);
    }

    [Theory]
    [InlineData("less than one-third of the expected number", "one-third", 1d / 3)]
    [InlineData("two thirds of the vote", "two thirds", 2d / 3)]
    [InlineData("a quarter of the budget", "a quarter", 0.25)]
    [InlineData("Only 3/4 of them", "3/4", 0.75)]
    [InlineData("the result is ½", "½", 0.5)]
    [InlineData("five eighths", "five eighths", 0.625)]
    [InlineData("more than half people came", "half", 0.5)]
    public void Fractions_are_parts_of_one(string text, string expected, double value)
    {
        var mention = Assert.Single(NumberRecognizer.Find(text));

        Assert.Equal(NumberKind.Fraction, mention.Kind);
        Assert.Equal(expected, text[mention.Start..mention.End]);
        Assert.Equal(value, mention.Value, 9);
    }

    [Theory]
    [InlineData("Kim's first summit", "first", 1d)]
    [InlineData("the 21st century", "21st", 21d)]
    [InlineData("the twenty-fifth anniversary", "twenty-fifth", 25d)]
    [InlineData("one hundred twenty fifth", "one hundred twenty fifth", 125d)]
    [InlineData("two hundredth", "two hundredth", 200d)]
    public void Ordinals_are_ranks(string text, string expected, double value)
    {
        var mention = Assert.Single(NumberRecognizer.Find(text));

        Assert.Equal(NumberKind.Ordinal, mention.Kind);
        Assert.Equal(expected, text[mention.Start..mention.End]);
        Assert.Equal(value, mention.Value);
    }

    [Theory]
    [InlineData("Which one do you prefer?")]
    [InlineData("The one you mentioned is invalid")]
    [InlineData("the 180ml liquid")]
    [InlineData("29km Road")]
    [InlineData("1m isn't a number.")]
    [InlineData("an F-16 and a G7 summit")]
    [InlineData("Meet on 5/17/2018?")]
    [InlineData("a")]
    public void Pronouns_glued_units_codes_and_dates_are_not_numbers(string text)
    {
        Assert.DoesNotContain(NumberRecognizer.Find(text), m => m.Kind != NumberKind.Ordinal);
    }

    [Fact]
    public void Separate_groups_stay_separate()
    {
        var text = "3 hundred and 2 hundred are two valid numbers, and 4000 3 hundred too.";

        var values = NumberRecognizer.Find(text).Select(m => m.Value);

        Assert.Equal([300d, 200d, 2d, 4000d, 300d], values);
    }

    private static readonly string[] Pieces =
    [
        "one", "a", "an", "half", "quarter", "third", "thirds", "and", "hundred", "thousand", "million", "bn", "m", "k",
        "twenty", "first", "dozen", "minus", "$", "€", "%", "percent", "1", "2,000", "3.5", "1/2", "25/04", "½", "-",
        "tonnes", "miles", "dollars", "cents", "between", "to", "about", "more", "than", "of", "the", "people", "in",
        "2019", "10:07", "F-16", "www.x.com/?q=30%25", "USD", "1.8m", "ft", "inches",
    ];

    private static readonly Gen<string> Texts = Gen.Select(
        Gen.OneOf(Pieces).Array[0, 24],
        Gen.OneOf(" ", " ", " ", string.Empty, "-", "/", ", ", ".", "\n").Array[24],
        (pieces, joins) => string.Concat(pieces.Select((p, i) => p + joins[i])));

    [Fact]
    public void Numbers_are_inside_the_text_in_order_and_apart() =>
        Texts.Sample(
            text =>
            {
                var previousEnd = 0;
                foreach (var m in NumberRecognizer.Find(text))
                {
                    Assert.InRange(m.Start, previousEnd, m.End - 1);
                    Assert.InRange(m.End, m.Start + 1, text.Length);
                    Assert.True(double.IsFinite(m.Value), text);
                    previousEnd = m.End;
                }
            },
            iter: 300,
            threads: 1);

    [Fact]
    public void Amounts_are_inside_their_sentence_and_apart() =>
        Texts.Sample(
            text =>
            {
                var document = TimeTestDocuments.Create(text);
                new AmountRecognizer().Process(document, CancellationToken.None);
                var previousEnd = 0;
                foreach (var a in document.Amounts)
                {
                    var sentence = document.Sentences[a.Sentence].Span;
                    Assert.True(a.Span.Start >= sentence.Start && a.Span.End <= sentence.End && a.Span.Start < a.Span.End, text);
                    Assert.True(a.Span.Start >= previousEnd && double.IsFinite(a.Value), text);
                    previousEnd = a.Span.End;
                }
            },
            iter: 300,
            threads: 1);
}
