using System.Collections.Frozen;

namespace Dossier.Core.Events;

/// <summary>
/// The patterns of a verb block filed under one literal word of each (its first), so that a sentence
/// is matched only against the patterns whose word it contains, plus those without a literal word,
/// in the block's order (most specific first). Frequent verbs such as SAY have hundreds of patterns.
/// </summary>
internal sealed class PatternIndex
{
    private readonly FrozenDictionary<string, int[]> _byWord;
    private readonly int[] _withoutWord;

    public PatternIndex(IReadOnlyList<VerbPattern> patterns)
    {
        var byWord = new Dictionary<string, List<int>>(StringComparer.OrdinalIgnoreCase);
        var withoutWord = new List<int>();
        for (var i = 0; i < patterns.Count; i++)
        {
            if (patterns[i].Literals is [var word, ..])
            {
                if (!byWord.TryGetValue(word, out var list))
                {
                    list = [];
                    byWord[word] = list;
                }

                list.Add(i);
            }
            else
            {
                withoutWord.Add(i);
            }
        }

        _byWord = byWord.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.OrdinalIgnoreCase);
        _withoutWord = [.. withoutWord];
    }

    /// <summary>Fills <paramref name="into"/> with the indices, in order, of the patterns that may match a sentence of <paramref name="words"/>.</summary>
    public void Candidates(IReadOnlyList<string> words, List<int> into)
    {
        into.Clear();
        into.AddRange(_withoutWord);
        var filed = false;
        foreach (var word in words)
        {
            if (_byWord.TryGetValue(word, out var indices))
            {
                into.AddRange(indices);
                filed = true;
            }
        }

        if (filed)
        {
            into.Sort();
            var kept = 0;
            for (var i = 0; i < into.Count; i++)
            {
                // A word the sentence repeats files its patterns twice.
                if (kept == 0 || into[kept - 1] != into[i])
                {
                    into[kept++] = into[i];
                }
            }

            into.RemoveRange(kept, into.Count - kept);
        }
    }
}
