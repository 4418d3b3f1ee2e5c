using Dossier.Core.Model;
using Dossier.Core.Recognition;
using Dossier.Core.Tests.TestSupport;

namespace Dossier.Core.Tests.Recognition;

public sealed class NameRecognizerTests
{
    private static IReadOnlyList<Mention> Recognize(string text)
    {
        var document = TestDocuments.Create(text);
        new NameRecognizer().Process(document, CancellationToken.None);
        return document.Mentions;
    }

    [Theory]
    [InlineData("North Korean leader Kim Jong-un visited Russia for his first Summit with President Vladimir Putin in Vladivostok.", "Kim Jong-un", EntityType.Person)]
    [InlineData("North Korean leader Kim Jong-un visited Russia for his first Summit with President Vladimir Putin in Vladivostok.", "Vladimir Putin", EntityType.Person)]
    [InlineData("North Korean leader Kim Jong-un visited Russia for his first Summit with President Vladimir Putin in Vladivostok.", "Russia", EntityType.Country)]
    [InlineData("North Korean leader Kim Jong-un visited Russia for his first Summit with President Vladimir Putin in Vladivostok.", "Vladivostok", EntityType.Location)]
    [InlineData("Kim arrived on Wednesday in Khasan, a Russian border town, in his private armored train.", "Khasan", EntityType.Location)]
    [InlineData("It would be difficult for Kim Jong Un to materialize economic cooperation with the DPRK's neighbors.", "DPRK", EntityType.Country)]
    [InlineData("It would still depend on the DPRK and the U.S. to solve the nuclear issue.", "U.S.", EntityType.Country)]
    [InlineData("Yang Moo-jin, a professor at the University of North Korean Studies, agreed.", "University of North Korean Studies", EntityType.Organization)]
    [InlineData("Yang Moo-jin, a professor at the University of North Korean Studies, agreed.", "Yang Moo-jin", EntityType.Person)]
    [InlineData("It was said by Dmitry Zhuravlev, director general of the Institute of Regional Issues in Moscow.", "Institute of Regional Issues", EntityType.Organization)]
    [InlineData("It was said by Dmitry Zhuravlev, director general of the Institute of Regional Issues in Moscow.", "Moscow", EntityType.Location)]
    [InlineData("Russian Foreign Minister Sergey Lavrov visited Pyongyang last May.", "Sergey Lavrov", EntityType.Person)]
    [InlineData("“North Koreans are in trouble with no hope for sanctions relief,” Cho told Al Jazeera.", "Cho", EntityType.Person)]
    [InlineData("“North Koreans are in trouble with no hope for sanctions relief,” Cho told Al Jazeera.", "Al Jazeera", EntityType.Organization)]
    [InlineData("The Kremlin officially announced on Apr. 18 that Kim will be visiting Russia.", "Kremlin", EntityType.Organization)]
    [InlineData("He visited Pyongyang in 2000 and met Kim Jong Il a few times.", "Kim Jong Il", EntityType.Person)]
    [InlineData("Officials met Zhuravlev in Moscow and Bedford said nothing.", "Bedford", EntityType.Person)]
    [InlineData("The talks marked a Gizmo moment.", "Gizmo", EntityType.Other)]
    public void Finds_names_with_their_type(string text, string name, EntityType type)
    {
        var mention = Assert.Single(Recognize(text), m => m.Text == name);
        Assert.Equal(type, mention.Type);
        Assert.Equal(name, text[mention.Span.Start..mention.Span.End]);
    }

    [Theory]
    [InlineData("However, the assumption is apparently far beyond the expectations.", "However")]
    [InlineData("Given the setback in the second meeting, tension rose.", "Given")]
    [InlineData("The meeting is said to take place at a university campus.", "The")]
    [InlineData("Russian President Vladimir Putin met him.", "Russian President Vladimir Putin")]
    [InlineData("Russian President Vladimir Putin met him.", "Russian")]
    [InlineData("Officials attending the meeting were pleased.", "Officials")]
    [InlineData("Analysts say the summit will serve as a reminder.", "Analysts")]
    [InlineData("On June 15, 2018, she spoke.", "June")]
    [InlineData("North Korean labourers are still employed in Russia.", "North Korean")]
    public void Does_not_take_common_words_titles_or_demonyms_as_names(string text, string notAName)
    {
        Assert.DoesNotContain(Recognize(text), m => m.Text == notAName);
    }

    [Theory]
    [InlineData("The second Kim-Trump summit failed.", new[] { "Kim", "Trump" })]
    [InlineData("They met before the North Korea-Russia summit in April.", new[] { "North Korea", "Russia" })]
    [InlineData("DPRK's Ambassador to Russia Kim Hyung Jun attended.", new[] { "DPRK", "Russia", "Kim Hyung Jun" })]
    [InlineData("Chairman of the Foreign Affairs Committee Konstantin Kosachev spoke.", new[] { "Foreign Affairs Committee", "Konstantin Kosachev" })]
    [InlineData("Kim’s visit to Russia is designed to counter the US.", new[] { "Kim", "Russia", "US" })]
    public void Splits_names_that_touch(string text, string[] names)
    {
        Assert.Equal(names, Recognize(text).Select(m => m.Text));
    }

    [Fact]
    public void Records_the_sentence_and_a_rule_for_each_mention()
    {
        var mentions = Recognize("Kim arrived in Khasan.\nPutin's aide Yuri Ushakov told a news conference.");

        Assert.Equal([0, 0, 1, 1], mentions.Select(m => m.Sentence));
        Assert.All(mentions, m => Assert.False(string.IsNullOrEmpty(m.Rule)));
        Assert.Equal("Putin", mentions[2].Text);
    }

    [Fact]
    public void Keeps_a_lower_case_korean_syllable_before_an_appositive()
    {
        var mentions = Recognize("Cho Han bum, a senior research fellow at the Korea Institute for National Unification, said Kim had been in a bind.");

        Assert.Equal(["Cho Han bum", "Korea Institute for National Unification", "Kim"], mentions.Select(m => m.Text));
    }

    [Theory]
    [InlineData("Deal no ) İstanbul No. 3 collapsed.", "İstanbul")]
    [InlineData("They met at Hanoi Gate No. 3 on Friday.", "Hanoi Gate")]
    public void A_name_does_not_swallow_a_following_abbreviation(string text, string name)
    {
        var mention = Assert.Single(Recognize(text), m => m.Span.Start == text.IndexOf(name, StringComparison.Ordinal));

        Assert.Equal(name, mention.Text);
        Assert.Equal(name, text[mention.Span.Start..mention.Span.End]);
    }

    [Fact]
    public void An_abbreviation_alone_is_no_name() =>
        Assert.Equal(["Petersburg"], Recognize("The talks moved to St. Petersburg.").Select(m => m.Text));

    [Fact]
    public void Declares_its_layers()
    {
        var step = new NameRecognizer();

        Assert.Equal("NameRecognizer", step.Name);
        Assert.True(step.Requires.SetEquals([Dossier.Core.Pipeline.Layer.CleanText, Dossier.Core.Pipeline.Layer.Tokens, Dossier.Core.Pipeline.Layer.Sentences]));
        Assert.True(step.Produces.SetEquals([Dossier.Core.Pipeline.Layer.NameMentions]));
    }
}
