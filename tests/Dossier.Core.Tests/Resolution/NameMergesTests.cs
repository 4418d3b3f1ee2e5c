using Dossier.Core.Actors;
using Dossier.Core.Model;
using Dossier.Core.Resolution;
using Dossier.Core.Tests.TestSupport;

namespace Dossier.Core.Tests.Resolution;

/// <summary>Runs of hand-marked mentions (the text of each, with its type) through the resolver's merges.</summary>
public sealed class NameMergesTests
{
    private static IReadOnlyList<Entity> Resolve(params (string Text, (string Name, EntityType Type)[] Names)[] documents)
    {
        var docs = documents.Select((d, i) =>
        {
            var document = TestDocuments.Create(d.Text, "d" + i);
            var at = 0;
            var mentions = new List<Mention>();
            foreach (var (name, type) in d.Names)
            {
                at = d.Text.IndexOf(name, at, StringComparison.Ordinal);
                Assert.True(at >= 0, name);
                mentions.Add(new Mention(new TextSpan(at, at + name.Length), name, type, 0, "test"));
                at += name.Length;
            }

            document.Mentions = mentions;
            return document;
        }).ToList();
        var corpus = new Corpus(docs);
        new EntityResolver(ActorCatalog.Empty).Process(corpus, CancellationToken.None);
        return corpus.Entities;
    }

    private static Entity Holding(IReadOnlyList<Entity> entities, string text) =>
        Assert.Single(entities, e => e.Name == text || e.Aliases.Contains(text));

    [Fact]
    public void Joins_an_acronym_to_the_long_name_with_those_initials()
    {
        var entities = Resolve(
            ("The Government Accountability Office upheld the protest.", [("Government Accountability Office", EntityType.Organization)]),
            ("The GAO said the process was flawed.", [("GAO", EntityType.Organization)]));

        Assert.Same(Holding(entities, "GAO"), Holding(entities, "Government Accountability Office"));
    }

    [Fact]
    public void Joins_an_acronym_to_the_name_that_defined_it_in_parentheses()
    {
        var entities = Resolve(
            ("Singapore Airlines (SIA) ordered jets. SIA said so.", [("Singapore Airlines (SIA", EntityType.Organization), ("SIA", EntityType.Organization)]),
            ("Shares of SIA rose.", [("SIA", EntityType.Organization)]));

        var airline = Holding(entities, "Singapore Airlines");
        Assert.Equal(3, airline.Mentions.Count);
    }

    [Fact]
    public void Leaves_an_acronym_alone_when_two_long_names_fit()
    {
        var entities = Resolve(
            ("General Motors and General Mills reported. GM fell.", [("General Motors", EntityType.Organization), ("General Mills", EntityType.Organization), ("GM", EntityType.Organization)]));

        Assert.Equal(3, entities.Count);
    }

    [Fact]
    public void Joins_a_short_company_name_to_the_one_longer_name_it_begins()
    {
        var entities = Resolve(
            ("Lockheed Martin lost the tanker deal.", [("Lockheed Martin", EntityType.Organization)]),
            ("Lockheed said it would protest.", [("Lockheed", EntityType.Organization)]));

        Assert.Same(Holding(entities, "Lockheed"), Holding(entities, "Lockheed Martin"));
    }

    [Fact]
    public void Prefers_the_longer_name_that_only_adds_ordinary_words()
    {
        var entities = Resolve(
            ("Apple Computer sells a computer. Apple Corps sued.", [("Apple Computer", EntityType.Organization), ("Apple Corps", EntityType.Organization)]),
            ("Apple opened a store.", [("Apple", EntityType.Organization)]));

        Assert.Same(Holding(entities, "Apple"), Holding(entities, "Apple Computer"));
        Assert.NotSame(Holding(entities, "Apple"), Holding(entities, "Apple Corps"));
    }

    [Fact]
    public void Joins_descriptive_mentions_by_the_name_inside_them()
    {
        var entities = Resolve(
            ("Russian flag carrier Aeroflot bought jets.", [("Russian flag carrier Aeroflot", EntityType.Organization)]),
            ("Aeroflot confirmed the order.", [("Aeroflot", EntityType.Organization)]));

        var aeroflot = Assert.Single(entities);
        Assert.Equal("Aeroflot", aeroflot.Name);
        Assert.Equal(2, aeroflot.Mentions.Count);
    }

    [Fact]
    public void Joins_a_product_name_with_and_without_its_maker_and_in_the_plural()
    {
        var entities = Resolve(
            ("Airbus sold the Airbus A380 to Emirates.", [("Airbus", EntityType.Organization), ("Airbus A380", EntityType.Other)]),
            ("The A380 flew. Two A380s landed.", [("A380", EntityType.Other), ("A380s", EntityType.Other)]));

        var plane = Holding(entities, "A380");
        Assert.Equal(3, plane.Mentions.Count);
        Assert.NotSame(Holding(entities, "Airbus"), plane);
    }

    [Fact]
    public void Joins_a_last_word_and_a_bare_model_number_to_the_longer_name()
    {
        var entities = Resolve(
            ("Boeing delivered the 787 Dreamliner and the last Boeing 717.", [("Boeing", EntityType.Organization), ("787 Dreamliner", EntityType.Other), ("Boeing 717", EntityType.Other)]),
            ("The Dreamliner is late. The 717 retires.", [("Dreamliner", EntityType.Other), ("717", EntityType.Other)]));

        Assert.Equal(2, Holding(entities, "787 Dreamliner").Mentions.Count);
        Assert.Equal(2, Holding(entities, "Boeing 717").Mentions.Count);
    }
}
