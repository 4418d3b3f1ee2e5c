using System.Text.Json;
using Dossier.Core.Text;
using Xunit.Abstractions;

namespace Dossier.Core.Tests.Text;

/// <summary>The English golden rules of pySBD (from the Pragmatic Segmenter), when the shared data folder has them.</summary>
public sealed class GoldenRulesTests(ITestOutputHelper output)
{
    // The score the splitter reached when this test was written; raise it when the splitter improves.
    private const int Floor = 48;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private const string RulesFile = "sbd/golden_rules_en_pysbd48.json";

    private sealed record GoldenRule(string Text, string[] Expected);

    [SharedDataFact(RulesFile)]
    public void Golden_rules_pass_at_least_the_recorded_floor()
    {
        var path = RepositoryPaths.SharedDataFile(RulesFile)!;
        var rules = JsonSerializer.Deserialize<GoldenRule[]>(File.ReadAllText(path), Json)
            ?? throw new InvalidDataException(path + " is not a JSON array of rules");
        var passed = 0;
        foreach (var rule in rules)
        {
            var actual = SentenceSplitter.Default.Split(rule.Text).Select(s => s.Of(rule.Text)).ToArray();
            if (actual.SequenceEqual(rule.Expected, StringComparer.Ordinal))
            {
                passed++;
            }
            else
            {
                output.WriteLine($"FAIL {rule.Text}\n  expected: {string.Join(" | ", rule.Expected)}\n  actual:   {string.Join(" | ", actual)}");
            }
        }

        output.WriteLine($"pySBD golden rules: {passed}/{rules.Length} passed");
        Assert.True(passed >= Floor, $"{passed}/{rules.Length} golden rules passed, below the floor of {Floor}");
    }
}
