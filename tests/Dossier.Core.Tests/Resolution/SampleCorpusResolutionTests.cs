using Dossier.Core.Model;
using Dossier.Core.Recognition;
using Dossier.Core.Resolution;
using Dossier.Core.Tests.TestSupport;

namespace Dossier.Core.Tests.Resolution;

/// <summary>The five summit articles, read by hand: who is who across them.</summary>
public sealed class SampleCorpusResolutionTests
{
    private static readonly Lazy<(Corpus Corpus, IReadOnlyList<Entity> Entities)> Resolved = new(() =>
    {
        var documents = new[] { "000", "001", "002", "003", "004" }.Select(prefix =>
        {
            var document = TestDocuments.Create(TestDocuments.Sample(prefix), prefix);
            document.Metadata = new ArticleMetadata { Published = new PublicationDate(new DateTime(2019, 4, 25), DatePrecision.Day) };
            new NameRecognizer().Process(document, CancellationToken.None);
            return document;
        }).ToList();
        var corpus = new Corpus(documents);
        new EntityResolver().Process(corpus, CancellationToken.None);
        return (corpus, corpus.Entities);
    });

    private static IReadOnlyList<Entity> Entities => Resolved.Value.Entities;

    private static Entity With(string alias) => Assert.Single(Entities, e => e.Name == alias || e.Aliases.Contains(alias));

    private static IEnumerable<string> TextsOf(Entity entity) =>
        entity.Mentions.Select(m => Resolved.Value.Corpus.ById[m.Doc].TextOf(m.Span));

    [Fact]
    public void Every_name_for_Kim_Jong_Un_is_one_entity()
    {
        var kim = With("Kim Jong Un");

        Assert.Equal(EntityType.Person, kim.Type);
        Assert.Equal("PRKGOV", kim.ActorCode);
        var texts = TextsOf(kim).ToHashSet();
        Assert.Superset(new HashSet<string> { "Kim Jong Un", "Kim Jong-un", "Kim Jung Un", "Kim", "the North Korean leader" }, texts);
        Assert.Equal(5, kim.Mentions.Select(m => m.Doc).Distinct().Count());
    }

    [Theory]
    [InlineData("Kim Yong Nam")]
    [InlineData("Kim Jong Il")]
    [InlineData("Kim Hyung Jun")]
    public void Other_Kims_stay_other_people(string name)
    {
        var other = With(name);

        Assert.NotEqual(With("Kim Jong Un").Id, other.Id);
        Assert.DoesNotContain("Kim", other.Aliases);
    }

    [Fact]
    public void Cho_in_the_article_quoting_Cho_Han_bum_is_him()
    {
        var cho = With("Cho Han bum");

        Assert.Equal(3, TextsOf(cho).Count(t => t == "Cho"));
        Assert.Contains("a senior research fellow", cho.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void North_Korea_DPRK_the_North_and_Pyongyang_as_actor_are_one_country()
    {
        var korea = With("North Korea");

        Assert.Equal(EntityType.Country, korea.Type);
        Assert.Equal("PRK", korea.ActorCode);
        Assert.Superset(new HashSet<string> { "North Korea", "DPRK", "Pyongyang", "the North" }, korea.Aliases.Append(korea.Name).ToHashSet());
    }

    [Fact]
    public void A_capital_used_as_a_place_stays_a_place()
    {
        var place = Assert.Single(Entities, e => e.Name == "Pyongyang");

        Assert.Equal(EntityType.Location, place.Type);
        Assert.All(place.Mentions, m => Assert.True(MentionFollowsPlaceWord(m)));
    }

    [Fact]
    public void Putin_Moscow_and_the_Kremlin_get_Russian_codes()
    {
        var putin = With("Vladimir Putin");

        Assert.Equal("RUSGOV", putin.ActorCode);
        Assert.Contains("the Russian president", putin.Aliases);
        Assert.Contains("Moscow", With("Russia").Aliases);
        Assert.Equal("RUSGOV", With("Kremlin").ActorCode);
        Assert.Equal("USAGOV", With("Donald Trump").ActorCode);
    }

    [Theory]
    [InlineData("Summit")]
    [InlineData("Belt")]
    [InlineData("Road")]
    [InlineData("Korea-related")]
    [InlineData("Peninsula")]
    public void Capitalised_common_words_are_not_entities(string word) =>
        Assert.DoesNotContain(Entities, e => e.Name == word);

    private static bool MentionFollowsPlaceWord(DocumentSpan mention)
    {
        var text = Resolved.Value.Corpus.ById[mention.Doc].Text;
        return MentionContext.IsLocative(text, mention.Span.Start);
    }
}
