using System.Buffers;

namespace Dossier.Core.CorpusAnalysis.Clustering;

/// <summary>
/// Finds documents that are copies of one article (re-posts, syndication, light edits): word
/// shingles summarised by MinHash signatures, candidate pairs from LSH bands (documents whose
/// signatures agree on every row of some band), confirmed when the signatures estimate a Jaccard
/// overlap of at least <see cref="NearDuplicateOptions.MinJaccard"/>. Pairs are never enumerated
/// beyond the buckets, so the work is linear in the corpus.
/// </summary>
public sealed class NearDuplicateDetector(NearDuplicateOptions options)
{
    public NearDuplicateOptions Options { get; } = options;

    /// <summary>Groups of two or more positions into <paramref name="texts"/>, each ascending, ordered by first member.</summary>
    public IReadOnlyList<IReadOnlyList<int>> Find(IReadOnlyList<string> texts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var seeds = new ulong[Options.Bands * Options.RowsPerBand];
        for (var h = 0; h < seeds.Length; h++)
        {
            seeds[h] = Seed(h);
        }

        // Each text's signature depends on that text alone: made on every core.
        var signatures = new ulong[texts.Count][];
        Parallel.For(0, texts.Count, new ParallelOptions { CancellationToken = cancellationToken }, i => signatures[i] = Signature(texts[i], seeds));

        var parent = Enumerable.Range(0, texts.Count).ToArray();
        int Find(int i)
        {
            while (parent[i] != i)
            {
                i = parent[i] = parent[parent[i]];
            }

            return i;
        }

        for (var band = 0; band < Options.Bands; band++)
        {
            var buckets = new Dictionary<ulong, List<int>>();
            for (var i = 0; i < texts.Count; i++)
            {
                if (signatures[i].Length == 0)
                {
                    continue;
                }

                var key = BandKey(signatures[i], band);
                if (!buckets.TryGetValue(key, out var members))
                {
                    buckets[key] = members = [];
                }

                for (var m = Math.Max(0, members.Count - Options.MaxComparisonsPerBucket); m < members.Count; m++)
                {
                    var other = members[m];
                    if (Find(other) != Find(i) && Agreement(signatures[i], signatures[other]) >= Options.MinJaccard)
                    {
                        parent[Find(i)] = Find(other);
                    }
                }

                members.Add(i);
            }
        }

        return [.. Enumerable.Range(0, texts.Count)
            .GroupBy(Find)
            .Where(g => g.Count() > 1)
            .Select(g => (IReadOnlyList<int>)[.. g.Order()])
            .OrderBy(g => g[0])];
    }

    // The minimum of each hash over a text's shingles. A shingle seen twice cannot lower a minimum again,
    // so they are hashed as they come, without a set of the distinct ones.
    private ulong[] Signature(string text, ulong[] seeds)
    {
        var words = ArrayPool<ulong>.Shared.Rent((text.Length / 2) + 1);
        try
        {
            var count = Words(text, words);
            var width = Math.Min(Options.ShingleWords, count);
            if (width == 0)
            {
                return [];
            }

            var signature = new ulong[seeds.Length];
            Array.Fill(signature, ulong.MaxValue);
            for (var start = 0; start + width <= count; start++)
            {
                var shingle = 14695981039346656037UL;
                for (var w = start; w < start + width; w++)
                {
                    shingle = (shingle ^ words[w]) * 1099511628211UL;
                }

                for (var h = 0; h < signature.Length; h++)
                {
                    var value = Mix(shingle ^ seeds[h]);
                    if (value < signature[h])
                    {
                        signature[h] = value;
                    }
                }
            }

            return signature;
        }
        finally
        {
            ArrayPool<ulong>.Shared.Return(words);
        }
    }

    // Words as hashes into words (a text of n characters has at most n / 2 + 1 words), case and
    // punctuation ignored, so that re-typeset copies still match; returns how many.
    private static int Words(string text, ulong[] words)
    {
        var count = 0;
        var hash = 14695981039346656037UL;
        var inWord = false;
        foreach (var ch in text)
        {
            if (char.IsLetterOrDigit(ch))
            {
                hash = (hash ^ char.ToLowerInvariant(ch)) * 1099511628211UL;
                inWord = true;
            }
            else if (inWord)
            {
                words[count++] = hash;
                hash = 14695981039346656037UL;
                inWord = false;
            }
        }

        if (inWord)
        {
            words[count++] = hash;
        }

        return count;
    }

    private ulong BandKey(ulong[] signature, int band)
    {
        var key = Seed(band);
        for (var r = band * Options.RowsPerBand; r < (band + 1) * Options.RowsPerBand; r++)
        {
            key = Mix(key ^ signature[r]);
        }

        return key;
    }

    private static double Agreement(ulong[] a, ulong[] b)
    {
        var same = 0;
        for (var i = 0; i < a.Length; i++)
        {
            if (a[i] == b[i])
            {
                same++;
            }
        }

        return same / (double)a.Length;
    }

    private static ulong Seed(int index) => Mix(0x9E3779B97F4A7C15UL * (ulong)(index + 1));

    // SplitMix64's finaliser: a fixed, well-spread permutation of 64-bit values.
    private static ulong Mix(ulong value)
    {
        value = (value ^ (value >> 30)) * 0xBF58476D1CE4E5B9UL;
        value = (value ^ (value >> 27)) * 0x94D049BB133111EBUL;
        return value ^ (value >> 31);
    }
}
