namespace Dossier.Core.Models;

/// <summary>
/// Non-local evidence for the second entity pass: what a first pass predicted for the same word
/// elsewhere in the document. "Clinton" tagged PER in a full sentence is probably PER in the
/// headline too, and a word sometimes tagged ORG inside "Philip Morris" leans the same way.
/// </summary>
internal static class DocumentPriors
{
    /// <summary>Sets <see cref="SentenceInput.Priors"/>: per token, 1 + the index of the entity type most often predicted for its word in the document (0 when never), times 4 plus a count bucket.</summary>
    public static void Annotate(IReadOnlyList<SentenceInput> document, IReadOnlyList<IReadOnlyList<string>> firstPass)
    {
        var votes = new Dictionary<uint, int[]>();
        for (var s = 0; s < document.Count; s++)
        {
            var input = document[s];
            for (var i = 0; i < input.Length; i++)
            {
                var type = TypeIndex(firstPass[s][i]);
                if (type < 0)
                {
                    continue;
                }

                if (!votes.TryGetValue(input.Normalized[i], out var counts))
                {
                    votes[input.Normalized[i]] = counts = new int[Types.Length];
                }

                counts[type]++;
            }
        }

        foreach (var input in document)
        {
            var priors = new int[input.Length];
            for (var i = 0; i < input.Length; i++)
            {
                if (votes.TryGetValue(input.Normalized[i], out var counts))
                {
                    var best = 0;
                    for (var k = 1; k < counts.Length; k++)
                    {
                        if (counts[k] > counts[best])
                        {
                            best = k;
                        }
                    }

                    var total = counts.Sum();
                    priors[i] = ((best + 1) * 4) + (total == 1 ? 0 : counts[best] == total ? 1 : 2);
                }
            }

            input.Priors = priors;
        }
    }

    private static readonly string[] Types = ["PER", "ORG", "LOC", "MISC"];

    private static int TypeIndex(string tag)
    {
        if (tag.Length <= 2)
        {
            return -1;
        }

        var type = tag.AsSpan(2);
        for (var k = 0; k < Types.Length; k++)
        {
            if (type.SequenceEqual(Types[k]))
            {
                return k;
            }
        }

        return -1;
    }
}
