using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using Dossier.Core.Model;

namespace Dossier.Core.CorpusAnalysis;

/// <summary>
/// Which documents speak with one voice: articles of the same outlet (or re-posted from the same
/// original outlet), and near-copies of one article, count as one source when claims are counted.
/// Near-copies are found through shared sentences (an index, not a comparison of every pair).
/// </summary>
internal static class ClaimOutlets
{
    /// <summary>Share of the shorter document's sentences that another document must repeat word for word to be its copy.</summary>
    private const double CopyShare = 0.5;

    /// <summary>A document holding a sentence is compared with at most this many earlier holders of it.</summary>
    private const int PairedHolders = 64;

    public static Dictionary<string, string> Assign(IReadOnlyList<Document> documents)
    {
        var parent = Enumerable.Range(0, documents.Count).ToArray();
        int Find(int i) => parent[i] == i ? i : parent[i] = Find(parent[i]);
        void Union(int a, int b) => parent[Find(b)] = Find(a);

        var byOutlet = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < documents.Count; i++)
        {
            if (Normalise(documents[i].Metadata.OriginalOutlet ?? documents[i].Metadata.Outlet) is { Length: > 0 } outlet)
            {
                if (byOutlet.TryGetValue(outlet, out var first))
                {
                    Union(first, i);
                }
                else
                {
                    byOutlet[outlet] = i;
                }
            }
        }

        foreach (var (a, b) in NearCopies(documents))
        {
            Union(a, b);
        }

        var keys = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < documents.Count; i++)
        {
            var root = documents[Find(i)];
            keys[documents[i].Id] = Normalise(root.Metadata.OriginalOutlet ?? root.Metadata.Outlet) is { Length: > 0 } name ? name : "doc:" + root.Id;
        }

        return keys;
    }

    private static IEnumerable<(int A, int B)> NearCopies(IReadOnlyList<Document> documents)
    {
        // Sentences are compared by a 64-bit hash of their words: a story can hold hundreds of thousands.
        var docsBySentence = new Dictionary<ulong, List<int>>();
        var sentenceCounts = new int[documents.Count];
        var seen = new HashSet<ulong>();
        for (var i = 0; i < documents.Count; i++)
        {
            seen.Clear();
            foreach (var sentence in documents[i].Sentences)
            {
                var (key, length) = ClaimWords.WordSequenceKey(documents[i].Text.AsSpan(sentence.Span.Start, sentence.Span.Length));
                if (length >= 20 && seen.Add(key))
                {
                    if (!docsBySentence.TryGetValue(key, out var list))
                    {
                        docsBySentence[key] = list = [];
                    }

                    list.Add(i);
                }
            }

            sentenceCounts[i] = seen.Count;
        }

        // A sentence in many documents (a wire story re-posted by hundreds of sites) pairs each of
        // them with its first few holders only: a copy shares most of its sentences with the
        // earliest copies, so the group is still joined, without counting every pair of a large group.
        var shared = new Dictionary<(int, int), int>();
        foreach (var list in docsBySentence.Values.Where(l => l.Count > 1))
        {
            for (var x = 0; x < Math.Min(list.Count, PairedHolders); x++)
            {
                for (var y = x + 1; y < list.Count; y++)
                {
                    CollectionsMarshal.GetValueRefOrAddDefault(shared, (list[x], list[y]), out _)++;
                }
            }
        }

        return shared.Where(kv => kv.Value >= CopyShare * Math.Max(1, Math.Min(sentenceCounts[kv.Key.Item1], sentenceCounts[kv.Key.Item2])))
            .Select(kv => kv.Key);
    }

    private static string? Normalise(string? outlet)
    {
        if (string.IsNullOrWhiteSpace(outlet))
        {
            return null;
        }

        var sb = new StringBuilder();
        foreach (var c in outlet.Normalize(NormalizationForm.FormD))
        {
            if (char.IsLetterOrDigit(c))
            {
                sb.Append(char.ToLower(c, CultureInfo.InvariantCulture));
            }
        }

        return sb.ToString();
    }
}
