namespace Dossier.Core.Models;

/// <summary>
/// The features of each task, written as hashes of (template number, values). Windows reach two
/// tokens either side; positions outside the sentence read as boundary markers.
/// </summary>
internal static class FeatureTemplates
{
    private const uint Boundary = 0x5EB0u;

    public static void Extract(ModelTask task, SentenceInput s, int i, FeatureSink sink)
    {
        switch (task)
        {
            case ModelTask.PartOfSpeech:
                PartOfSpeech(s, i, sink);
                break;
            case ModelTask.Chunk:
                Chunk(s, i, sink);
                break;
            default:
                Entity(s, i, sink);
                break;
        }
    }

    /// <summary>Features of the tags already chosen to the left, for the greedy decoder.</summary>
    public static void History(SentenceInput s, int i, int previous, int beforePrevious, FeatureSink sink)
    {
        var p1 = (uint)previous + 1;
        var p2 = (uint)beforePrevious + 1;
        sink.Add(FeatureHash.Combine(90, p1));
        sink.Add(FeatureHash.Combine(91, p2, p1));
        sink.Add(FeatureHash.Combine(92, p1, s.Normalized[i]));
        sink.Add(FeatureHash.Combine(93, p1, At(s.Normalized, i + 1)));
        if (s.Lexicon is { } lexicon && lexicon[i] != LabelLexicon.Unseen)
        {
            sink.Add(FeatureHash.Combine(94, p1, lexicon[i]));
        }
    }

    private static void PartOfSpeech(SentenceInput s, int i, FeatureSink sink)
    {
        var n = s.Normalized;
        var word = s.Words[i].AsSpan();
        sink.Add(FeatureHash.Combine(1, 1));
        sink.Add(FeatureHash.Combine(2, n[i]));
        sink.Add(FeatureHash.Combine(3, s.Exact[i]));
        sink.Add(FeatureHash.Combine(4, At(n, i - 1)));
        sink.Add(FeatureHash.Combine(5, At(n, i + 1)));
        sink.Add(FeatureHash.Combine(6, At(n, i - 2)));
        sink.Add(FeatureHash.Combine(7, At(n, i + 2)));
        sink.Add(FeatureHash.Combine(8, s.Shapes[i]));
        sink.Add(FeatureHash.Combine(9, At(n, i - 1), n[i]));
        sink.Add(FeatureHash.Combine(10, n[i], At(n, i + 1)));
        sink.Add(FeatureHash.Combine(11, s.Shapes[i], i == 0 ? 1u : 0u));
        sink.Add(FeatureHash.Combine(12, At(s.Shapes, i + 1)));
        Affixes(word, 20, sink, 5, 3);
        HyphenParts(word, sink);
        sink.Add(FeatureHash.Combine(123, CharacterClasses(word), i == 0 ? 1u : 0u));
        if (s.Lexicon is { } known && known[i] == LabelLexicon.Unseen)
        {
            // A rare or unknown word: the classes of its neighbours speak for it.
            sink.Add(FeatureHash.Combine(115, At(known, i + 1)));
            sink.Add(FeatureHash.Combine(116, At(known, i - 1)));
        }

        if (s.Lexicon is { } lexicon && lexicon[i] != LabelLexicon.Unseen)
        {
            // The tags the word and the words after it took in training (their ambiguity classes);
            // a word the training text never had is left to its spelling, as without a lexicon.
            sink.Add(FeatureHash.Combine(110, lexicon[i]));
            sink.Add(FeatureHash.Combine(111, At(lexicon, i + 1)));
            sink.Add(FeatureHash.Combine(112, lexicon[i], At(lexicon, i + 1)));
            sink.Add(FeatureHash.Combine(113, At(lexicon, i + 1), At(lexicon, i + 2)));
            sink.Add(FeatureHash.Combine(114, lexicon[i], s.Shapes[i]));
        }

        if (s.Clusters is { } clusters)
        {
            // Word classes: every level of the word's, the finest of its neighbours'.
            for (var level = 0; level < WordClusters.Levels; level++)
            {
                sink.Add(FeatureHash.Combine(100 + (uint)level, WordClusters.Level(clusters[i], level)));
            }

            sink.Add(FeatureHash.Combine(106, i > 0 ? WordClusters.Level(clusters[i - 1], 2) : Boundary));
            sink.Add(FeatureHash.Combine(107, i + 1 < clusters.Length ? WordClusters.Level(clusters[i + 1], 2) : Boundary + 1));
        }
    }

    private static void Chunk(SentenceInput s, int i, FeatureSink sink)
    {
        var n = s.Normalized;
        var p = s.PartsOfSpeech!;
        sink.Add(FeatureHash.Combine(1, 1));
        sink.Add(FeatureHash.Combine(2, n[i]));
        sink.Add(FeatureHash.Combine(4, At(n, i - 1)));
        sink.Add(FeatureHash.Combine(5, At(n, i + 1)));
        sink.Add(FeatureHash.Combine(40, p[i]));
        sink.Add(FeatureHash.Combine(41, At(p, i - 1)));
        sink.Add(FeatureHash.Combine(42, At(p, i + 1)));
        sink.Add(FeatureHash.Combine(43, At(p, i - 2)));
        sink.Add(FeatureHash.Combine(44, At(p, i + 2)));
        sink.Add(FeatureHash.Combine(45, At(p, i - 1), p[i]));
        sink.Add(FeatureHash.Combine(46, p[i], At(p, i + 1)));
        sink.Add(FeatureHash.Combine(47, At(p, i - 2), At(p, i - 1), p[i]));
        sink.Add(FeatureHash.Combine(48, At(p, i - 1), p[i], At(p, i + 1)));
        sink.Add(FeatureHash.Combine(49, p[i], At(p, i + 1), At(p, i + 2)));
        sink.Add(FeatureHash.Combine(50, n[i], p[i]));
        sink.Add(FeatureHash.Combine(51, At(n, i - 1), p[i]));
        sink.Add(FeatureHash.Combine(52, s.Shapes[i]));
    }

    private static void Entity(SentenceInput s, int i, FeatureSink sink)
    {
        var n = s.Normalized;
        var shapes = s.Shapes;
        var word = s.Words[i].AsSpan();
        var upper = s.IsAllUpperCase ? 1u : 0u;
        sink.Add(FeatureHash.Combine(1, 1));
        sink.Add(FeatureHash.Combine(2, n[i]));
        sink.Add(FeatureHash.Combine(3, s.Exact[i]));
        sink.Add(FeatureHash.Combine(4, At(n, i - 1)));
        sink.Add(FeatureHash.Combine(5, At(n, i + 1)));
        sink.Add(FeatureHash.Combine(6, At(n, i - 2)));
        sink.Add(FeatureHash.Combine(7, At(n, i + 2)));
        sink.Add(FeatureHash.Combine(8, shapes[i], upper));
        sink.Add(FeatureHash.Combine(9, At(shapes, i - 1)));
        sink.Add(FeatureHash.Combine(10, At(shapes, i + 1)));
        sink.Add(FeatureHash.Combine(11, At(shapes, i - 1), shapes[i]));
        sink.Add(FeatureHash.Combine(12, shapes[i], At(shapes, i + 1)));
        sink.Add(FeatureHash.Combine(13, At(shapes, i - 1), shapes[i], At(shapes, i + 1)));
        sink.Add(FeatureHash.Combine(14, At(n, i - 1), n[i]));
        sink.Add(FeatureHash.Combine(15, n[i], At(n, i + 1)));
        sink.Add(FeatureHash.Combine(16, shapes[i], i == 0 ? 1u : 0u, upper));
        sink.Add(FeatureHash.Combine(17, At(n, i - 1), shapes[i]));
        sink.Add(FeatureHash.Combine(18, shapes[i], At(n, i + 1)));
        Affixes(word, 20, sink, 4, 4);

        if (s.GazetteerMatches is { } gazetteer)
        {
            Gazetteer(gazetteer, i, 0, 60, sink, shapes[i]);

            // A city in a baseball report names its team: each gazetteer name the word is part
            // of (kind and place), conjoined with the document's first word (SOCCER, BASEBALL, ...).
            for (var bits = gazetteer[i]; bits != 0; bits &= bits - 1)
            {
                sink.Add(FeatureHash.Combine(74, s.DocumentTopic, (uint)System.Numerics.BitOperations.TrailingZeroCount(bits)));
            }

            Gazetteer(gazetteer, i - 1, 1, 62, sink, 0);
            Gazetteer(gazetteer, i + 1, 2, 62, sink, 0);
        }

        if (s.DocumentFlags is { } flags)
        {
            sink.Add(FeatureHash.Combine(70, (uint)flags[i]));
            sink.Add(FeatureHash.Combine(71, (uint)flags[i], shapes[i], upper));
            sink.Add(FeatureHash.Combine(72, (uint)flags[i], n[i]));
        }

        sink.Add(FeatureHash.Combine(73, s.DocumentTopic, shapes[i]));

        if (s.DocumentNeighbours is { } neighbours)
        {
            foreach (var feature in neighbours[i])
            {
                sink.Add(feature);
            }
        }

        if (s.Lexicon is { } lexicon)
        {
            sink.Add(FeatureHash.Combine(77, lexicon[i]));
            sink.Add(FeatureHash.Combine(78, lexicon[i], shapes[i], upper));
            sink.Add(FeatureHash.Combine(79, At(lexicon, i - 1), lexicon[i], At(lexicon, i + 1)));
        }

        EntityPriors(s, i, sink);
    }

    /// <summary>
    /// The features of what the first entity pass said about the word elsewhere in the document,
    /// always the last of a token's entity features, so that the second pass can append them to
    /// the first pass's rows instead of extracting everything again.
    /// </summary>
    public static void EntityPriors(SentenceInput s, int i, FeatureSink sink)
    {
        if (s.Priors is { } priors)
        {
            var prior = (uint)priors[i];
            var upper = s.IsAllUpperCase ? 1u : 0u;
            sink.Add(FeatureHash.Combine(80, prior));
            sink.Add(FeatureHash.Combine(81, prior, s.Shapes[i], upper));
            sink.Add(FeatureHash.Combine(82, prior, (uint)At(priors, i - 1), (uint)At(priors, i + 1)));
            sink.Add(FeatureHash.Combine(83, prior, s.Normalized[i]));
            sink.Add(FeatureHash.Combine(84, (uint)At(priors, i - 1)));
            sink.Add(FeatureHash.Combine(85, (uint)At(priors, i + 1)));
            sink.Add(FeatureHash.Combine(86, prior, At(s.Normalized, i - 1)));
        }
    }

    private static void Gazetteer(int[] matches, int i, uint offset, uint template, FeatureSink sink, uint shape)
    {
        if (i < 0 || i >= matches.Length)
        {
            return;
        }

        for (var bits = matches[i]; bits != 0; bits &= bits - 1)
        {
            var bit = (uint)System.Numerics.BitOperations.TrailingZeroCount(bits);
            sink.Add(FeatureHash.Combine(template, bit, offset));
            if (offset == 0)
            {
                sink.Add(FeatureHash.Combine(template + 1, bit, shape));
            }
        }
    }

    // "pro-Western", "anti-Western": the parts around hyphens say more than the whole, which is
    // usually unseen (the last part's suffix too: "Kuwaiti-registered").
    private static void HyphenParts(ReadOnlySpan<char> word, FeatureSink sink)
    {
        var last = word.LastIndexOf('-');
        if (last <= 0 || last == word.Length - 1)
        {
            return;
        }

        var tail = word[(last + 1)..];
        sink.Add(FeatureHash.Combine(120, FeatureHash.Normalized(tail)));
        sink.Add(FeatureHash.Combine(121, FeatureHash.Normalized(word[..word.IndexOf('-')])));
        sink.Add(FeatureHash.Combine(122, FeatureHash.Normalized(tail[Math.Max(0, tail.Length - 3)..])));
    }

    /// <summary>Which kinds of character the word has (digit, upper case, hyphen, lower case, other), one bit each.</summary>
    internal static uint CharacterClasses(ReadOnlySpan<char> word)
    {
        var classes = 0u;
        foreach (var c in word)
        {
            classes |= char.IsDigit(c) ? 1u : char.IsUpper(c) ? 2u : c == '-' ? 4u : char.IsLower(c) ? 8u : 16u;
        }

        return classes;
    }

    private static void Affixes(ReadOnlySpan<char> word, uint template, FeatureSink sink, int suffixes, int prefixes)
    {
        for (var k = 1; k <= suffixes && k < word.Length; k++)
        {
            sink.Add(FeatureHash.Combine(template + (uint)k, FeatureHash.Normalized(word[^k..])));
        }

        for (var k = 1; k <= prefixes && k < word.Length; k++)
        {
            sink.Add(FeatureHash.Combine(template + 10 + (uint)k, FeatureHash.Normalized(word[..k])));
        }
    }

    private static int At(int[] values, int i) => i < 0 || i >= values.Length ? -1 : values[i];

    private static uint At(uint[] values, int i) =>
        i < 0 ? Boundary : i >= values.Length ? Boundary + 1 : values[i];
}
