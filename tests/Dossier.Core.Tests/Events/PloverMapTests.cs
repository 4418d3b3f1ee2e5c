using Dossier.Core.Events;

namespace Dossier.Core.Tests.Events;

public sealed class PloverMapTests
{
    private static readonly PloverMap Map = PloverMap.Default;

    [Fact]
    public void A_visit_is_consult_in_visit_mode()
    {
        var coding = Map.Find("042")!;

        Assert.Equal(("CONSULT", "visit"), (coding.Type, coding.Mode));
        Assert.Empty(coding.Context);
    }

    [Fact]
    public void Contexts_are_split_on_semicolons()
    {
        Assert.Equal(["crime", "corruption"], Map.Find("1121")!.Context);
    }

    [Fact]
    public void Yield_splits_into_concede_and_retreat_and_the_root_keeps_its_first_heading()
    {
        Assert.Equal("CONCEDE", Map.Find("081")!.Type);
        Assert.Equal("RETREAT", Map.Find("0841")!.Type);
        Assert.Equal("CONCEDE", Map.Find("08")!.Type);
    }

    [Fact]
    public void Statements_and_appeals_have_no_plover_type()
    {
        Assert.Null(Map.Find("010"));
        Assert.Null(Map.Find("0211"));
    }

    [Fact]
    public void Every_code_of_the_cameo_table_from_03_on_has_a_plover_type()
    {
        var missing = CameoTable.Default.Codes
            .Where(c => string.CompareOrdinal(c.RootCode, "03") >= 0 && Map.Find(c.Code) is null)
            .Select(c => c.Code);

        Assert.Empty(missing);
    }

    [Fact]
    public void Reader_skips_comments_headings_without_type_and_keeps_the_first_of_a_repeated_code()
    {
        var map = PloverMap.Read(new StringReader("# note\n04: CONSULT\n042: CONSULT, visit, # Make a visit\n042: AID, , \n~~~~~\n"));

        Assert.Equal(2, map.ByCode.Count);
        Assert.Equal("CONSULT", map.Find("042")!.Type);
        Assert.Empty(map.Find("042")!.Context);
    }

    [SharedDataFact("events/plover/CAMEO2PLOVER-2021.txt")]
    public void The_embedded_copy_reads_as_the_published_table()
    {
        using var reader = File.OpenText(RepositoryPaths.SharedDataFile("events/plover/CAMEO2PLOVER-2021.txt")!);
        var published = PloverMap.Read(reader);

        Assert.Equal(published.ByCode.Count, Map.ByCode.Count);
        Assert.All(published.ByCode, kv => Assert.Equal(kv.Value.Type, Map.ByCode[kv.Key].Type));
    }
}
