using System.Text.RegularExpressions;
using Dossier.Core.Events;

namespace Dossier.Core.Tests.Events;

public sealed partial class CameoTableTests
{
    private static readonly CameoTable Table = CameoTable.Default;

    [Fact]
    public void Make_a_visit_is_verbal_cooperation_under_consult()
    {
        var visit = Table.Find("042")!;

        Assert.Equal(("042", "Make a visit", "04", 1, 1.9), (visit.Code, visit.Name, visit.RootCode, visit.QuadClass, visit.Goldstein));
    }

    [Fact]
    public void Conventional_military_force_is_material_conflict_at_minus_ten()
    {
        var force = Table.Find("190")!;

        Assert.Equal(("19", 4, -10.0), (force.RootCode, force.QuadClass, force.Goldstein));
    }

    [Theory]
    [InlineData("01", 1)]
    [InlineData("05", 1)]
    [InlineData("06", 2)]
    [InlineData("09", 2)]
    [InlineData("10", 3)]
    [InlineData("14", 3)]
    [InlineData("15", 4)]
    [InlineData("20", 4)]
    public void QuadClass_follows_the_root_as_in_GDELT(string root, int quad) =>
        Assert.Equal(quad, CameoTable.QuadClassOf(root));

    [Fact]
    public void The_table_has_the_twenty_roots_and_every_code_sits_under_its_root()
    {
        Assert.Equal(20, Table.Codes.Count(c => c.IsRoot));
        Assert.All(Table.Codes, c => Assert.True(Table.Contains(c.RootCode), c.Code));
        Assert.All(Table.Codes.Where(c => c.Code.Length == 4), c => Assert.True(Table.Contains(c.Code[..3]), c.Code));
        Assert.All(Table.Codes, c => Assert.InRange(c.Goldstein, -10.0, 10.0));
    }

    [Fact]
    public void An_extension_code_falls_back_to_its_parent_and_junk_finds_nothing()
    {
        Assert.Equal("043", Table.Find("0431")!.Code);
        Assert.Null(Table.Find("xyz"));
        Assert.Null(Table.Find(""));
        Assert.Null(Table.Find("7"));
    }

    [Fact]
    public void Base_code_is_the_first_three_digits()
    {
        Assert.Equal("023", Table.Find("0231")!.BaseCode);
        Assert.Equal("042", Table.Find("042")!.BaseCode);
        Assert.Equal("04", Table.Find("04")!.BaseCode);
    }

    [Fact]
    public void Malformed_lines_are_rejected_with_their_line_number()
    {
        var error = Assert.Throws<InvalidDataException>(() => CameoTable.Read(new StringReader("# c\n042\tMake a visit\n")));
        Assert.Contains("line 2", error.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidDataException>(() => CameoTable.Read(new StringReader("042\tA\t1.0\n042\tB\t1.0\n")));
        Assert.Throws<InvalidDataException>(() => CameoTable.Read(new StringReader("21\tNo such root\t1.0\n")));
    }

    [SharedDataFact("events/petrarch2/dictionaries/CAMEO.2.0.txt")]
    public void Every_code_of_the_PETRARCH_verb_dictionary_is_in_the_table()
    {
        var text = File.ReadAllText(RepositoryPaths.SharedDataFile("events/petrarch2/dictionaries/CAMEO.2.0.txt")!);
        var codes = CodeBrackets().Matches(text)
            .SelectMany(m => m.Groups["codes"].Value.Split(':'))
            .Select(c => c.TrimEnd('!'))
            .ToHashSet(StringComparer.Ordinal);

        Assert.True(codes.Count > 200, $"only {codes.Count} codes read");
        Assert.Empty(codes.Where(c => !Table.Contains(c)).Order(StringComparer.Ordinal));
    }

    [GeneratedRegex(@"\[(?<codes>[0-9]{2,4}!?(?::[0-9]{2,4}!?)?)\]")]
    private static partial Regex CodeBrackets();
}
