using Dossier.Core.Actors;
using Dossier.Core.Model;

namespace Dossier.Core.Tests.Actors;

public sealed class ActorCatalogTests
{
    private const string Supplement = """
        actor Kim Jong Un
          alias Kim Jong Eun
          code PRKGOV 2011-12-17..
          role PRK leader 2011-12-17..
        actor Kim Jong Il
          code PRKGOV 1994-07-08..2011-12-17
          role PRK leader 1994-07-08..2011-12-17
        seat Pyongyang PRK
        demonym North Korean PRK
        """;

    private static ActorCatalog Compile()
    {
        var phoenix = PhoenixActorReader.Read(new StringReader("NORTH_KOREA_ [PRK]\n+DPRK_\n+PYONGYANG_\n+NORTH_KOREAN\nKIM_JONG_IL_ # CountryInfo.txt\n\t[PRKGOV >041201]\n"));
        return ActorCompiler.Compile(phoenix.Select(r => (true, r)), ActorSupplementReader.Read(new StringReader(Supplement)));
    }

    [Theory]
    [InlineData("Kim Jong Un")]
    [InlineData("Kim Jong-un")]
    [InlineData("KIM JONG-UN")]
    [InlineData("Kim Jongun")]
    [InlineData("Kim Jong Eun")]
    public void Finds_an_actor_whatever_the_hyphens_spaces_and_case(string name)
    {
        var kim = Compile().Find(name);

        Assert.NotNull(kim);
        Assert.Equal("Kim Jong Un", kim.Name);
        Assert.Equal("PRKGOV", kim.CodeAt(new DateOnly(2019, 4, 25)));
        Assert.Null(kim.CodeAt(new DateOnly(2005, 1, 1)));
    }

    [Fact]
    public void Keeps_people_who_share_a_surname_apart()
    {
        var catalog = Compile();

        Assert.NotEqual(catalog.Find("Kim Jong Il")!.Id, catalog.Find("Kim Jong Un")!.Id);
        Assert.Null(catalog.Find("Kim"));
    }

    [Fact]
    public void A_supplement_actor_absorbs_the_Phoenix_record_of_the_same_name()
    {
        var catalog = Compile();

        var kim = Assert.Single(catalog.Actors, a => a.Name == "Kim Jong Il");
        Assert.Equal(2, kim.Codes.Count);
        Assert.Equal(EntityType.Person, kim.Type);
    }

    [Fact]
    public void Capitals_and_nationality_words_leave_the_country_record()
    {
        var catalog = Compile();

        Assert.Equal("PRK", catalog.Find("DPRK")!.CodeAt(null));
        Assert.Null(catalog.Find("Pyongyang"));
        Assert.Null(catalog.Find("North Korean"));
        Assert.Equal("PRK", catalog.SeatCode("Pyongyang"));
        Assert.Equal("PRK", catalog.DemonymCountry("North Korean"));
    }

    [Fact]
    public void Finds_who_held_an_office_on_a_date()
    {
        var catalog = Compile();

        Assert.Equal("Kim Jong Un", catalog.RoleHolder("PRK", "leader", new DateOnly(2019, 4, 25))?.Name);
        Assert.Equal("Kim Jong Il", catalog.RoleHolder("PRK", "leader", new DateOnly(2005, 4, 25))?.Name);
        Assert.Null(catalog.RoleHolder("RUS", "leader", new DateOnly(2019, 4, 25)));
    }

    [Fact]
    public void The_actor_file_round_trips()
    {
        var catalog = Compile();
        using var stream = new MemoryStream();
        ActorFile.Write(catalog, stream);
        stream.Position = 0;

        var read = ActorFile.Read(stream);

        Assert.Equal(catalog.Actors.Count, read.Actors.Count);
        Assert.Equal(catalog.Actors.Select(a => (a.Id, a.Name, a.Type)), read.Actors.Select(a => (a.Id, a.Name, a.Type)));
        Assert.Equal(catalog.Find("Kim Jong Un")!.Roles, read.Find("Kim Jong Un")!.Roles);
        Assert.Equal(catalog.Find("Kim Jong Un")!.Codes, read.Find("Kim Jong Un")!.Codes);
        Assert.Equal("PRK", read.SeatCode("Pyongyang"));
    }

    [Fact]
    public void The_embedded_catalog_knows_post_2014_leaders_and_Phoenix_countries()
    {
        var catalog = ActorCatalog.Default;
        var date = new DateOnly(2019, 4, 25);

        Assert.Equal("PRKGOV", catalog.Find("Kim Jong-un", date)?.CodeAt(date));
        Assert.Equal("RUSGOV", catalog.Find("Vladimir Putin", date)?.CodeAt(date));
        Assert.Equal("USAGOV", catalog.Find("Donald Trump", date)?.CodeAt(date));
        Assert.Equal("KORGOV", catalog.Find("Moon Jae-in", date)?.CodeAt(date));
        Assert.Equal("RUSGOV", catalog.Find("Kremlin", date)?.CodeAt(date));
        Assert.Equal("RUS", catalog.Find("Russia", date)?.CodeAt(date));
        Assert.Equal("Kim Jong Un", catalog.RoleHolder("PRK", "leader", date)?.Name);
    }

    [Fact]
    public void The_supplement_in_the_repository_parses()
    {
        var path = Path.Combine(RepositoryPaths.Root, "data", "actors", "supplement.txt");
        using var reader = new StreamReader(path);

        var supplement = ActorSupplementReader.Read(reader);

        Assert.Contains(supplement.Actors, a => a.Name == "Kim Jong Un" && a.Roles.Any(r => r.Title == "leader"));
        Assert.Equal("RUS", supplement.Seats["Moscow"]);
    }

    [Theory]
    [InlineData("actor X\n  colour blue\n")]
    [InlineData("  alias Y\n")]
    [InlineData("actor X\n  code PRKGOV 2011-13-01..\n")]
    [InlineData("place Z PRK\n")]
    public void The_supplement_reader_rejects_malformed_lines(string text) =>
        Assert.Throws<FormatException>(() => ActorSupplementReader.Read(new StringReader(text)));
}
