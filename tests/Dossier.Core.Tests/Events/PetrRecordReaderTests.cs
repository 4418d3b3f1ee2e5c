using Dossier.Core.Events;

namespace Dossier.Core.Tests.Events;

public sealed class PetrRecordReaderTests
{
    private const string Records = """
        <Environment>
        <Verbfile>v.txt</Verbfile>
        </Environment>
        <Sentence date="19950101" id="A-1" category="A">
        <EventCoding sourcecode="ARN" targetcode="GON" eventcode="042"></EventCoding>
        <Text>Arnor visited Gondor.</Text>
        </Sentence>
        <Config option="require_dyad" value="False"></Config>
        <Sentence date="19950101" id="A-2" category="A">
        <EventCoding sourcecode="---GOV" targetcode="---" eventcode="023"></EventCoding>
        <Text>A senior official said on Saturday.</Text>
        </Sentence>
        <Config option="require_dyad" value="TRUE"></Config>
        <Sentence date="19950101" id="A-3" category="A">
        <EventCoding sourcecode="ARN" targetcode="GON" eventcode="042"></EventCoding>
        <Text>Arnor visited Gondor.</Text>
        </Sentence>
        """;

    [Fact]
    public void A_require_dyad_config_holds_for_the_records_after_it()
    {
        var records = Read(Records);

        Assert.Equal([true, false, true], records.Select(r => r.Coding.RequireDyad));
    }

    [Fact]
    public void A_suite_with_conllu_parses_ignores_require_dyad_as_ud_petrarchs_validator_does()
    {
        var withParse = Records.Replace("<Text>A senior official said on Saturday.</Text>", "<Text>A senior official said on Saturday.</Text>\n<Parse>\n1\tA\ta\tDET\n</Parse>", StringComparison.Ordinal);

        Assert.All(Read(withParse), r => Assert.True(r.Coding.RequireDyad));
        Assert.All(Read(withParse), r => Assert.Null(r.Coding.Commas));
    }

    [Fact]
    public void Comma_settings_start_from_petrarchs_defaults_and_change_for_the_records_after_them()
    {
        var withCommas = Records.Replace("""<Config option="require_dyad" value="TRUE"></Config>""", """<Config option="comma_max" value="0"></Config><Config option="comma_bmax" value="6"></Config>""", StringComparison.Ordinal);

        var commas = Read(withCommas).Select(r => r.Coding.Commas!).ToList();

        Assert.Equal(CommaClauseLimits.PetrarchDefault, commas[0]);
        Assert.Equal(CommaClauseLimits.PetrarchDefault, commas[1]);
        Assert.Equal(CommaClauseLimits.PetrarchDefault with { Max = 0, BeginMax = 6 }, commas[2]);
    }

    [Fact]
    public void A_record_whose_treebank_parse_does_not_balance_is_rejected_input_and_codes_nothing()
    {
        var parsed = Records
            .Replace("<Text>Arnor visited Gondor.</Text>\n</Sentence>\n<Config option=\"require_dyad\" value=\"False\">", "<Text>Arnor visited Gondor.</Text>\n<Parse>(ROOT (S (NP (NNP Arnor)) (VP (VBD visited) (NP (NNP Gondor)))))</Parse>\n</Sentence>\n<Config option=\"require_dyad\" value=\"False\">", StringComparison.Ordinal)
            .Replace("<Text>Arnor visited Gondor.</Text>\n</Sentence>", "<Text>Arnor visited Gondor.</Text>\n<Parse>(ROOT (S (NP (NNP Arnor)) (VBD visited) (NP (NNP Gondor)))))</Parse>\n</Sentence>", StringComparison.Ordinal);

        var records = Read(parsed);

        Assert.Equal([false, false, true], records.Select(r => r.UnbalancedParse));
        var coder = new RecordCoder(EventTestDictionaries.Create());
        Assert.NotEmpty(coder.Codings(records[0]));
        Assert.Empty(coder.Codings(records[2]));
    }

    [Theory]
    [InlineData("(ROOT (S (NP (NNP Arnor))))", true)]
    [InlineData("(ROOT (S (NP (NNP Arnor)))", false)]
    [InlineData("(ROOT (S (NP (NNP Arnor))))) (", false)]
    [InlineData(") (ROOT (NP (NNP Arnor))", false)]
    public void Balanced_brackets(string parse, bool balanced) => Assert.Equal(balanced, PetrRecordReader.Balanced(parse));

    private static IReadOnlyList<CodingRecord> Read(string text)
    {
        var path = Path.Combine(Path.GetTempPath(), $"petr-records-{Guid.NewGuid():N}.xml");
        File.WriteAllText(path, text);
        try
        {
            return PetrRecordReader.ReadFile(path).Records;
        }
        finally
        {
            File.Delete(path);
        }
    }
}
