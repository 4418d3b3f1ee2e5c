namespace Dossier.Core.Models;

/// <summary>
/// A linear sequence model: one weight per (feature row, tag) and one per (previous tag, tag).
/// Part of speech is decoded greedily left to right with features of the tags already chosen;
/// chunks and entities by Viterbi over BIO tags, never allowing an I- tag that does not continue
/// a span of its type.
/// </summary>
public sealed class SequenceModel
{
    internal SequenceModel(ModelTask task, IReadOnlyList<string> tags, int rowBits, RowWeights weights, float[] transitions, Gazetteer? gazetteer, SequenceModel? firstPass = null, WordClusters? clusters = null, LabelLexicon? lexicon = null)
    {
        Lexicon = lexicon;
        Clusters = clusters;
        FirstPass = firstPass;
        Task = task;
        Tags = tags;
        RowBits = rowBits;
        Weights = weights;
        Transitions = transitions;
        Gazetteer = gazetteer;
        IsBilou = tags.Any(t => t.StartsWith("L-", StringComparison.Ordinal) || t.StartsWith("U-", StringComparison.Ordinal));
        Allowed = AllowedTransitions(tags, task != ModelTask.PartOfSpeech, IsBilou);
        AllowedLast = [.. tags.Select(t => !IsBilou || !(t.StartsWith("B-", StringComparison.Ordinal) || t.StartsWith("I-", StringComparison.Ordinal)))];
    }

    public ModelTask Task { get; }

    public IReadOnlyList<string> Tags { get; }

    public int TagCount => Tags.Count;

    internal int RowBits { get; }

    internal int RowMask => (1 << RowBits) - 1;

    /// <summary>One weight per (feature row, tag): dense while training, packed once loaded from a file.</summary>
    internal RowWeights Weights { get; }

    /// <summary>The dense weights training updates in place (a loaded model is packed and cannot be trained further).</summary>
    internal float[] TrainableWeights => (Weights as DenseWeights)?.Values
        ?? throw new InvalidOperationException("A model loaded from a file has packed weights and cannot be trained further.");

    /// <summary>Transitions[p * TagCount + t]; p = TagCount is the start of the sentence.</summary>
    internal float[] Transitions { get; }

    internal Gazetteer? Gazetteer { get; }

    /// <summary>Word classes learned from unlabelled text, read by the entity features when present.</summary>
    internal WordClusters? Clusters { get; }

    /// <summary>What the training text said about each word, read by the features when present.</summary>
    internal LabelLexicon? Lexicon { get; }

    /// <summary>For a two-pass entity model, the model of the first pass, whose predictions feed <see cref="DocumentPriors"/>.</summary>
    internal SequenceModel? FirstPass { get; }

    internal bool[] Allowed { get; }

    /// <summary>Tags that may end a sentence (with BILOU, not B- or I-).</summary>
    internal bool[] AllowedLast { get; }

    /// <summary>Spans are tagged B-, I-, L- (last) and U- (one token); callers still see BIO.</summary>
    internal bool IsBilou { get; }

    /// <summary>The tag names of decoded tag numbers, spans as BIO.</summary>
    internal string[] TagNames(int[] tags)
    {
        var names = new string[tags.Length];
        for (var i = 0; i < tags.Length; i++)
        {
            names[i] = Tags[tags[i]];
        }

        return IsBilou ? BioTags.ToBio(names) : names;
    }

    internal bool IsGreedy => Task == ModelTask.PartOfSpeech;

    internal static SequenceModel CreateEmpty(ModelTask task, IReadOnlyList<string> tags, int rowBits, Gazetteer? gazetteer, SequenceModel? firstPass = null, WordClusters? clusters = null, LabelLexicon? lexicon = null) =>
        new(task, tags, rowBits, new DenseWeights(1 << rowBits, tags.Count), new float[(tags.Count + 1) * tags.Count], gazetteer, firstPass, clusters, lexicon);

    internal int[] Decode(SentenceInput input, FeatureMatrix features) =>
        IsGreedy ? DecodeGreedy(input, features, null) : DecodeViterbi(features);

    /// <summary>Greedy decoding; <paramref name="onToken"/> (for training) sees each token's history rows and chosen tag.</summary>
    internal int[] DecodeGreedy(SentenceInput input, FeatureMatrix features, Func<int, ReadOnlySpan<int>, int, int>? onToken)
    {
        var t = TagCount;
        var result = new int[features.Length];
        var scores = new float[t];
        var history = new FeatureSink(RowMask);
        int previous = t, beforePrevious = t;
        for (var i = 0; i < features.Length; i++)
        {
            history.Clear();
            FeatureTemplates.History(input, i, previous, beforePrevious, history);
            Emission(features.Token(i), scores);
            AddRows(history.Rows, scores);
            var transitions = Transitions.AsSpan(previous * t, t);
            var best = 0;
            for (var k = 0; k < t; k++)
            {
                scores[k] += transitions[k];
                if (scores[k] > scores[best])
                {
                    best = k;
                }
            }

            if (onToken is not null)
            {
                best = onToken(i, history.Rows, best);
            }

            result[i] = best;
            beforePrevious = previous;
            previous = best;
        }

        return result;
    }

    internal int[] DecodeViterbi(FeatureMatrix features)
    {
        var t = TagCount;
        var n = features.Length;
        var result = new int[n];
        if (n == 0)
        {
            return result;
        }

        var emission = new float[t];
        var delta = new float[n * t];
        var back = new int[n * t];
        Emission(features.Token(0), emission);
        for (var k = 0; k < t; k++)
        {
            delta[k] = Allowed[(t * t) + k] ? emission[k] + Transitions[(t * t) + k] : float.NegativeInfinity;
        }

        for (var i = 1; i < n; i++)
        {
            Emission(features.Token(i), emission);
            var previousRow = (i - 1) * t;
            for (var k = 0; k < t; k++)
            {
                var best = float.NegativeInfinity;
                var arg = 0;
                for (var p = 0; p < t; p++)
                {
                    if (!Allowed[(p * t) + k])
                    {
                        continue;
                    }

                    var score = delta[previousRow + p] + Transitions[(p * t) + k];
                    if (score > best)
                    {
                        best = score;
                        arg = p;
                    }
                }

                delta[(i * t) + k] = best + emission[k];
                back[(i * t) + k] = arg;
            }
        }

        var last = -1;
        for (var k = 0; k < t; k++)
        {
            if (AllowedLast[k] && (last < 0 || delta[((n - 1) * t) + k] > delta[((n - 1) * t) + last]))
            {
                last = k;
            }
        }

        for (var i = n - 1; i >= 0; i--)
        {
            result[i] = last;
            last = back[(i * t) + last];
        }

        return result;
    }

    internal void Emission(ReadOnlySpan<int> rows, Span<float> scores)
    {
        scores.Clear();
        AddRows(rows, scores);
    }

    private void AddRows(ReadOnlySpan<int> rows, Span<float> scores) => Weights.AddRows(rows, scores);

    // With BIO, I-X must follow B-X or I-X. With BILOU, I-X and L-X must follow B-X or I-X,
    // and every other tag must not (an open span has to be closed by L-).
    private static bool[] AllowedTransitions(IReadOnlyList<string> tags, bool spans, bool bilou)
    {
        var t = tags.Count;
        var allowed = new bool[(t + 1) * t];
        for (var p = 0; p <= t; p++)
        {
            var previous = p < t ? tags[p] : BioTags.Outside;
            var open = previous.StartsWith("B-", StringComparison.Ordinal) || (previous.StartsWith("I-", StringComparison.Ordinal));
            for (var k = 0; k < t; k++)
            {
                var tag = tags[k];
                var inside = tag.StartsWith("I-", StringComparison.Ordinal) || (bilou && tag.StartsWith("L-", StringComparison.Ordinal));
                allowed[(p * t) + k] = !spans || (inside
                    ? open && previous.AsSpan(2).SequenceEqual(tag.AsSpan(2))
                    : !bilou || !open);
            }
        }

        return allowed;
    }
}
