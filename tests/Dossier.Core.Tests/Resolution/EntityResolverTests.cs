using Dossier.Core.Model;
using Dossier.Core.Recognition;
using Dossier.Core.Resolution;
using Dossier.Core.Tests.TestSupport;

namespace Dossier.Core.Tests.Resolution;

public sealed class EntityResolverTests
{
    private static IReadOnlyList<Entity> Resolve(params string[] texts)
    {
        var documents = texts.Select((t, i) =>
        {
            var document = TestDocuments.Create(t, "d" + i);
            new NameRecognizer().Process(document, CancellationToken.None);
            return document;
        }).ToList();
        var corpus = new Corpus(documents);
        new EntityResolver().Process(corpus, CancellationToken.None);
        return corpus.Entities;
    }

    private static Entity Named(IReadOnlyList<Entity> entities, string name) => Assert.Single(entities, e => e.Name == name);

    [Fact]
    public void Merges_spellings_of_one_name_across_documents()
    {
        var entities = Resolve(
            "DPRK leader Kim Jong Un has commanded attention. Kim Jong Un will visit.",
            "North Korean leader Kim Jong-un visited Russia.",
            "People pose with a picture of DPRK leader Kim Jung Un in Hanoi.");

        var kim = Named(entities, "Kim Jong Un");
        Assert.Equal("kim-jong-un", kim.Id);
        Assert.Equal(EntityType.Person, kim.Type);
        Assert.Equal(["Kim Jong-un", "Kim Jung Un"], kim.Aliases);
        Assert.Equal(4, kim.Mentions.Count);
        Assert.Equal(["d0", "d0", "d1", "d2"], kim.Mentions.Select(m => m.Doc));
    }

    [Fact]
    public void Keeps_different_full_names_that_share_a_surname_apart()
    {
        var entities = Resolve(
            "The trip was on the table for Kim Jong Un since Kim Yong Nam attended the World Cup. Kim Jong Un said so.",
            "Putin visited Pyongyang in 2000 and met Kim Jong Il a few times.");

        Assert.Contains(entities, e => e.Name == "Kim Jong Un");
        Assert.Contains(entities, e => e.Name == "Kim Yong Nam");
        Assert.Contains(entities, e => e.Name == "Kim Jong Il");
    }

    [Theory]
    [InlineData("Cho Han bum, a senior research fellow, said it. “We are in trouble,” Cho told Al Jazeera.", "Cho Han bum", "Cho")]
    [InlineData("Russian President Vladimir Putin met him. Putin smiled.", "Vladimir Putin", "Putin")]
    [InlineData("Chinese President Xi Jinping was invited. Experts said Xi would visit North Korea in April.", "Xi Jinping", "Xi")]
    public void Attaches_a_surname_to_the_full_name_in_the_same_document(string text, string full, string surname)
    {
        var entities = Resolve(text);

        Assert.Contains(surname, Named(entities, full).Aliases);
        Assert.DoesNotContain(entities, e => e.Name == surname);
    }

    [Theory]
    [InlineData("Russia", "RUS")]
    [InlineData("North Korea", "PRK")]
    [InlineData("DPRK", "PRK")]
    [InlineData("South Korea", "KOR")]
    [InlineData("U.S.", "USA")]
    [InlineData("China", "CHN")]
    [InlineData("Vietnam", "VNM")]
    public void Gives_countries_an_actor_code(string country, string code)
    {
        var entity = Assert.Single(Resolve($"Officials from {country} arrived."));

        Assert.Equal(EntityType.Country, entity.Type);
        Assert.Equal(code, entity.ActorCode);
    }

    [Fact]
    public void Merges_country_names_with_the_same_code()
    {
        var entities = Resolve("The DPRK spoke. The DPRK agreed.", "North Korea is chilly.");

        var prk = Named(entities, "DPRK");
        Assert.Equal(["North Korea"], prk.Aliases);
        Assert.Equal(3, prk.Mentions.Count);
    }

    [Theory]
    [InlineData("“Russia is receptive,” said Koo Kab-woo, a professor at the University of North Korean Studies.", "Koo Kab-woo", "a professor at the University of North Korean Studies")]
    [InlineData("Russian Foreign Minister Sergey Lavrov visited Pyongyang.", "Sergey Lavrov", "Russian Foreign Minister")]
    [InlineData("Kim arrived in Khasan, a Russian border town, in his train.", "Khasan", "a Russian border town")]
    public void Describes_an_entity_with_an_appositive_or_title(string text, string name, string description)
    {
        Assert.Equal(description, Named(Resolve(text), name).Description);
    }

    [Fact]
    public void Leaves_the_description_empty_when_the_text_gives_none()
    {
        Assert.Null(Named(Resolve("Later Georgy Toloraya left Moscow."), "Georgy Toloraya").Description);
    }

    [Fact]
    public void Sorts_entities_by_mention_count_then_name()
    {
        var entities = Resolve("Russia met China. Russia met Vietnam. Russia and China agreed.");

        Assert.Equal(["Russia", "China", "Vietnam"], entities.Select(e => e.Name));
    }

    [Fact]
    public void Produces_the_same_entities_on_every_run()
    {
        string[] texts = [TestDocuments.Sample("002"), TestDocuments.Sample("004")];

        var first = Resolve(texts);
        var second = Resolve(texts);

        Assert.Equal(first.Select(e => (e.Id, e.Mentions.Count)), second.Select(e => (e.Id, e.Mentions.Count)));
        Assert.Equal(first.Count, first.Select(e => e.Id).Distinct(StringComparer.Ordinal).Count());
    }
}
