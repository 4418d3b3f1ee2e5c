namespace Dossier.Core.Models;

/// <summary>
/// k-means on unit vectors by cosine similarity: each member goes to the centre it points most
/// nearly along, each centre becomes the normalised sum of its members. Centres start at
/// distinct members drawn from the caller's seeded generator; a centre left empty keeps its place.
/// </summary>
internal static class SphericalKMeans
{
    /// <summary>The cluster (0..k−1) of each of <paramref name="members"/> (rows of <paramref name="vectors"/>).</summary>
    public static int[] Cluster(SparseVectors vectors, int[] members, int k, int iterations, Random random)
    {
        var assignment = new int[members.Length];
        if (members.Length <= k)
        {
            for (var m = 0; m < members.Length; m++)
            {
                assignment[m] = m;
            }

            return assignment;
        }

        var width = vectors.Width;
        var centres = new float[k * width];
        var seeds = members.ToArray();
        random.Shuffle(seeds);
        for (var c = 0; c < k; c++)
        {
            vectors.AddTo(seeds[c], centres.AsSpan(c * width, width));
        }

        for (var iteration = 0; iteration < iterations; iteration++)
        {
            Parallel.For(0, members.Length, m =>
            {
                var best = 0;
                var bestScore = float.NegativeInfinity;
                for (var c = 0; c < k; c++)
                {
                    var score = vectors.Dot(members[m], centres.AsSpan(c * width, width));
                    if (score > bestScore)
                    {
                        bestScore = score;
                        best = c;
                    }
                }

                assignment[m] = best;
            });

            var sums = new float[k * width];
            var sizes = new int[k];
            for (var m = 0; m < members.Length; m++)
            {
                vectors.AddTo(members[m], sums.AsSpan(assignment[m] * width, width));
                sizes[assignment[m]]++;
            }

            for (var c = 0; c < k; c++)
            {
                if (sizes[c] > 0)
                {
                    Normalize(sums.AsSpan(c * width, width));
                    sums.AsSpan(c * width, width).CopyTo(centres.AsSpan(c * width, width));
                }
            }
        }

        return assignment;
    }

    private static void Normalize(Span<float> vector)
    {
        var norm = 0f;
        foreach (var v in vector)
        {
            norm += v * v;
        }

        var scale = norm > 0 ? 1 / MathF.Sqrt(norm) : 0;
        foreach (ref var v in vector)
        {
            v *= scale;
        }
    }
}
