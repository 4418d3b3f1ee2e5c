namespace Dossier.Core.Resolution;

/// <summary>The best one-to-one assignment of rows to columns (Hungarian method, O(n³)), for CEAF.</summary>
internal static class Assignment
{
    /// <summary>The largest total weight of a matching between rows and columns.</summary>
    public static double MaxWeight(double[,] weights)
    {
        var rows = weights.GetLength(0);
        var cols = weights.GetLength(1);
        var n = Math.Max(rows, cols);
        var max = 0.0;
        foreach (var w in weights)
        {
            max = Math.Max(max, w);
        }

        // Minimise cost = max - weight on a square matrix padded with zero weights.
        var cost = new double[n + 1, n + 1];
        for (var i = 1; i <= n; i++)
        {
            for (var j = 1; j <= n; j++)
            {
                cost[i, j] = max - (i <= rows && j <= cols ? weights[i - 1, j - 1] : 0);
            }
        }

        var u = new double[n + 1];
        var v = new double[n + 1];
        var match = new int[n + 1];
        var way = new int[n + 1];
        for (var i = 1; i <= n; i++)
        {
            match[0] = i;
            var j0 = 0;
            var minv = Enumerable.Repeat(double.PositiveInfinity, n + 1).ToArray();
            var used = new bool[n + 1];
            do
            {
                used[j0] = true;
                int i0 = match[j0], j1 = 0;
                var delta = double.PositiveInfinity;
                for (var j = 1; j <= n; j++)
                {
                    if (used[j])
                    {
                        continue;
                    }

                    var cur = cost[i0, j] - u[i0] - v[j];
                    if (cur < minv[j])
                    {
                        minv[j] = cur;
                        way[j] = j0;
                    }

                    if (minv[j] < delta)
                    {
                        delta = minv[j];
                        j1 = j;
                    }
                }

                for (var j = 0; j <= n; j++)
                {
                    if (used[j])
                    {
                        u[match[j]] += delta;
                        v[j] -= delta;
                    }
                    else
                    {
                        minv[j] -= delta;
                    }
                }

                j0 = j1;
            }
            while (match[j0] != 0);

            do
            {
                var j1 = way[j0];
                match[j0] = match[j1];
                j0 = j1;
            }
            while (j0 != 0);
        }

        var total = 0.0;
        for (var j = 1; j <= n; j++)
        {
            var i = match[j];
            if (i >= 1 && i <= rows && j <= cols)
            {
                total += weights[i - 1, j - 1];
            }
        }

        return total;
    }
}
