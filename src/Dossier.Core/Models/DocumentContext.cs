namespace Dossier.Core.Models;

/// <summary>
/// What the whole document says about each word, for the entity features: a word capitalised in
/// the middle of some ordinary sentence is probably a name even where it starts a sentence or
/// stands in an all-capitals headline; a word also seen in lower case probably is not.
/// </summary>
internal static class DocumentContext
{
    public const int CapitalizedInside = 1;
    public const int SeenLowerCase = 2;
    public const int CapitalizedInsideOften = 4;

    /// <summary>At most this many distinct neighbours of a word are kept per side (for long lists of results).</summary>
    public const int MaxNeighbours = 8;

    public static void Annotate(IReadOnlyList<SentenceInput> document)
    {
        AnnotateNeighbours(document);
        var topic = document.Count > 0 && document[0].Length > 0 ? document[0].Normalized[0] : 0u;
        foreach (var sentence in document)
        {
            sentence.DocumentTopic = topic;
        }

        var capitalized = new Dictionary<uint, int>();
        var lower = new HashSet<uint>();
        foreach (var sentence in document)
        {
            for (var i = 0; i < sentence.Length; i++)
            {
                var first = sentence.Words[i].Length > 0 ? sentence.Words[i][0] : ' ';
                if (char.IsLower(first))
                {
                    lower.Add(sentence.Normalized[i]);
                }
                else if (char.IsUpper(first) && i > 0 && !sentence.IsAllUpperCase)
                {
                    capitalized[sentence.Normalized[i]] = capitalized.GetValueOrDefault(sentence.Normalized[i]) + 1;
                }
            }
        }

        foreach (var sentence in document)
        {
            var flags = new int[sentence.Length];
            for (var i = 0; i < sentence.Length; i++)
            {
                var count = capitalized.GetValueOrDefault(sentence.Normalized[i]);
                flags[i] = (count > 0 ? CapitalizedInside : 0) | (count > 1 ? CapitalizedInsideOften : 0) |
                    (lower.Contains(sentence.Normalized[i]) ? SeenLowerCase : 0);
            }

            sentence.DocumentFlags = flags;
        }
    }

    /// <summary>
    /// Sets <see cref="SentenceInput.DocumentNeighbours"/>: for a capitalised word, the words seen
    /// just before and after it anywhere in the document ("Magna said", "shares of Magna", "Magna
    /// International" all speak for every "Magna").
    /// </summary>
    private static void AnnotateNeighbours(IReadOnlyList<SentenceInput> document)
    {
        var neighbours = new Dictionary<uint, (HashSet<uint> Before, HashSet<uint> After)>();
        foreach (var sentence in document)
        {
            for (var i = 0; i < sentence.Length; i++)
            {
                var word = sentence.Words[i];
                if (word.Length == 0 || !char.IsUpper(word[0]))
                {
                    continue;
                }

                if (!neighbours.TryGetValue(sentence.Normalized[i], out var sets))
                {
                    neighbours[sentence.Normalized[i]] = sets = ([], []);
                }

                if (sets.Before.Count < MaxNeighbours)
                {
                    sets.Before.Add(i > 0 ? sentence.Normalized[i - 1] : 0u);
                }

                if (sets.After.Count < MaxNeighbours)
                {
                    sets.After.Add(i + 1 < sentence.Length ? sentence.Normalized[i + 1] : 1u);
                }
            }
        }

        var features = new Dictionary<uint, uint[]>();
        foreach (var (word, sets) in neighbours)
        {
            features[word] = [.. sets.Before.Order().Select(h => FeatureHash.Combine(75, h)), .. sets.After.Order().Select(h => FeatureHash.Combine(76, h))];
        }

        foreach (var sentence in document)
        {
            var perToken = new uint[sentence.Length][];
            for (var i = 0; i < sentence.Length; i++)
            {
                perToken[i] = features.GetValueOrDefault(sentence.Normalized[i]) ?? [];
            }

            sentence.DocumentNeighbours = perToken;
        }
    }
}
