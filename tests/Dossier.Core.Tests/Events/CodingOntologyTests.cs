using Dossier.Core.Events;

namespace Dossier.Core.Tests.Events;

public sealed class CodingOntologyTests
{
    private const string Sample = """
        # PICO sample
        010:0x1000#Make Public Statement
        011:0x1000-0xFFFF
        050:0x0080#DiplomaticCoop
        110:0x1007f#0xFFFF+0x0080#0x7000#Disapprove
        120:-0xFFFF#Reject
        122:-0xFFFF+0x2040+0x300# a comment
        190:0x00A0#Fight
        ---:0
        """;

    private static CodingOntology Read() => CodingOntology.Read(new StringReader(Sample));

    [Theory]
    [InlineData("110", "050")]
    [InlineData("010", "011")]
    public void A_negated_code_is_the_code_whose_value_is_0xFFFF_less(string code, string negated)
    {
        Assert.True(Read().TryNegate(code, out var found));
        Assert.Equal(negated, found);
    }

    [Theory]
    [InlineData("190")]
    [InlineData("120")]
    [InlineData("999")]
    public void A_code_whose_negation_names_no_code_has_none(string code) => Assert.False(Read().TryNegate(code, out _));

    [Fact]
    public void Lines_without_a_code_and_a_hexadecimal_sum_are_skipped() => Assert.Equal(7, Read().Count);

    [Fact]
    public void The_suite_coder_codes_a_negated_event_as_the_ontology_says()
    {
        var plain = EventTestDictionaries.Create();
        var ontology = CodingOntology.Read(new StringReader("042:0x1007f\n043:0x0080\n"));
        var withOntology = new EventDictionaries(plain.Verbs, plain.Actors, plain.Discards) { Ontology = ontology };

        Assert.Empty(new RecordCoder(plain).Codings("Arnor did not visit Gondor.", null));
        Assert.Equal([new ExpectedCoding("ARN", "GON", "043")], new RecordCoder(withOntology).Codings("Arnor did not visit Gondor.", null));
    }
}
