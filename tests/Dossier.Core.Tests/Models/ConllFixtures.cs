namespace Dossier.Core.Tests.Models;

/// <summary>Small handwritten CoNLL-2003-format text (not Reuters).</summary>
internal static class ConllFixtures
{
    public const string Conll2003 = """
        -DOCSTART- -X- O O

        Angela NNP I-NP I-PER
        Merkel NNP I-NP I-PER
        visited VBD I-VP O
        Paris NNP I-NP I-LOC
        . . O O

        The DT I-NP O
        United NNP I-NP I-ORG
        Nations NNP I-NP I-ORG
        met VBD I-VP O
        in IN I-PP O
        Geneva NNP I-NP I-LOC
        . . O O

        John NNP I-NP I-PER
        Smith NNP I-NP I-PER
        joined VBD I-VP O
        Reuters NNP I-NP I-ORG
        in IN I-PP O
        London NNP I-NP I-LOC
        . . O O

        -DOCSTART- -X- O O

        Maria NNP I-NP I-PER
        Lopez NNP I-NP I-PER
        left VBD I-VP O
        Madrid NNP I-NP I-LOC
        for IN I-PP O
        Berlin NNP I-NP I-LOC
        . . O O

        """;
}
