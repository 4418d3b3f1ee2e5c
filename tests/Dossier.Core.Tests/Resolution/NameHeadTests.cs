using Dossier.Core.Model;
using Dossier.Core.Resolution;

namespace Dossier.Core.Tests.Resolution;

public sealed class NameHeadTests
{
    [Theory]
    [InlineData("Russian flag carrier Aeroflot", EntityType.Organization, "Aeroflot")]
    [InlineData("Chrysler , another U.S. car maker", EntityType.Organization, "Chrysler")]
    [InlineData("European aircraft manufacturer , Airbus", EntityType.Organization, "Airbus")]
    [InlineData("Aer Lingus Group PLC", EntityType.Organization, "Aer Lingus")]
    [InlineData("Apple Inc.,", EntityType.Organization, "Apple")]
    [InlineData("The Beatles ' Apple Corps", EntityType.Organization, "Apple Corps")]
    [InlineData("Los Angeles based Northrop Grumman", EntityType.Organization, "Northrop Grumman")]
    [InlineData("Singapore's Changi International Airport", EntityType.Location, "Changi International Airport")]
    [InlineData("Toulouse , France", EntityType.Location, "Toulouse")]
    [InlineData("Washington , in the United States", EntityType.Location, "Washington")]
    [InlineData("Heathrow airport", EntityType.Location, "Heathrow")]
    [InlineData("the new mid-size , long-range 787 Dreamliner", EntityType.Other, "787 Dreamliner")]
    [InlineData("The open-source kernel , or base of the system , \" Darwin \"", EntityType.Other, "Darwin")]
    [InlineData("its new superjumbo A380 's", EntityType.Other, "A380")]
    [InlineData("Bank of America", EntityType.Organization, "Bank of America")]
    [InlineData("Moscone Center in San Francisco , California", EntityType.Location, "Moscone Center")]
    [InlineData("downtown San Jose , California", EntityType.Location, "San Jose")]
    public void Cuts_descriptions_and_company_suffixes_off_the_name(string text, EntityType type, string name)
    {
        Assert.Equal(new NameHead(name, null), NameHead.Of(text, type));
    }

    [Theory]
    [InlineData("Presiding Judge Martin Mann", "Martin Mann")]
    [InlineData("Ryanair CEO , Michael O' Leary", "Michael O' Leary")]
    [InlineData("the Prime Minister of Singapore , Mr. Lee Hsien Loong", "Lee Hsien Loong")]
    [InlineData("Airbus chief executive Noel Forgeard", "Noel Forgeard")]
    [InlineData("Joe Leonard , Chairman and Chief Operating Officer of AirTran Airways", "Joe Leonard")]
    [InlineData("Cho Han bum", "Cho Han bum")]
    [InlineData("Kim Jong-un", "Kim Jong-un")]
    public void Keeps_a_persons_name_without_titles_and_roles(string text, string name)
    {
        Assert.Equal(name, NameHead.Of(text, EntityType.Person).Name);
    }

    [Theory]
    [InlineData("General Motors Corporation ( GM", "General Motors", "GM")]
    [InlineData("Singapore Airlines (SIA)", "Singapore Airlines", "SIA")]
    [InlineData("Airbus parent company European Aeronautic Defence and Space Company EADS N.V.", "European Aeronautic Defence and Space", "EADS")]
    [InlineData("Senator John McCain ( R-AZ", "Senator John McCain", null)]
    public void Reads_an_acronym_the_mention_defines(string text, string name, string? acronym)
    {
        var head = NameHead.Of(text, EntityType.Organization);

        Assert.Equal(name, head.Name);
        Assert.Equal(acronym, head.Acronym);
    }

    [Theory]
    [InlineData("GAO", new[] { "Government", "Accountability", "Office" }, true)]
    [InlineData("EADS", new[] { "European", "Aeronautic", "Defence", "&", "Space", "Company" }, true)]
    [InlineData("UAW", new[] { "United", "Auto", "Workers" }, true)]
    [InlineData("GM", new[] { "General", "Electric" }, false)]
    [InlineData("GM", new[] { "General", "Motors", "Europe" }, false)]
    public void Matches_acronyms_to_initials(string acronym, string[] words, bool expected)
    {
        Assert.Equal(expected, NameHead.IsAcronymOf(acronym, words));
    }
}
