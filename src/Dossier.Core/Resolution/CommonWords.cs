using Dossier.Core.Model;

namespace Dossier.Core.Resolution;

/// <summary>
/// Tells capitalised words that are not names from names, for clusters of type Other made of one word:
/// the word also appears in lower case in the run ("Summit" in a headline, "summit" in the text), it is a
/// piece of a longer name ("Belt" of "Belt and Road Forum"), or it ends in a lower-case part ("Korea-related").
/// </summary>
internal static class CommonWords
{
    public static bool IsNotAName(Cluster cluster, Corpus corpus, ResolutionState state, IReadOnlySet<string> wordsInRun)
    {
        if (cluster.Type != EntityType.Other || cluster.Tokens.Length > 2 || cluster.Actor is not null)
        {
            return false;
        }

        var text = cluster.TextsIn(cluster.FirstDoc).FirstOrDefault() ?? string.Empty;
        var parts = text.Split('-', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length > 1 && parts[^1].Length > 0 && char.IsLower(parts[^1][0]))
        {
            return true;
        }

        if (cluster.Tokens.Length != 1)
        {
            return false;
        }

        // "717" after "Boeing 717" is a name: a number is never a common word written in lower case.
        var word = cluster.Tokens[0];
        return word.Any(char.IsLetter)
            && (state.IsPartOfLongerName(word) || (word.All(char.IsLetter) ? wordsInRun.Contains(word) : AppearsInLowerCase(word, corpus)));
    }

    /// <summary>Every run of letters in the documents' texts, to look a word up in once instead of searching every text for it.</summary>
    public static HashSet<string> LetterRuns(Corpus corpus, ParallelOptions parallel)
    {
        // One set per core over every n-th document, then one union: few words are new after the first documents.
        var parts = Math.Max(1, Math.Min(Environment.ProcessorCount, corpus.Documents.Count));
        var sets = new HashSet<string>[parts];
        Parallel.For(0, parts, parallel, p =>
        {
            var set = new HashSet<string>(StringComparer.Ordinal);
            for (var d = p; d < corpus.Documents.Count; d += parts)
            {
                AddLetterRuns(set, corpus.Documents[d].Text);
            }

            sets[p] = set;
        });

        var runs = sets[0];
        for (var p = 1; p < parts; p++)
        {
            runs.UnionWith(sets[p]);
        }

        return runs;
    }

    private static void AddLetterRuns(HashSet<string> runs, ReadOnlySpan<char> text)
    {
        var lookup = runs.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var i = 0; i < text.Length;)
        {
            if (!char.IsLetter(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && char.IsLetter(text[i]))
            {
                i++;
            }

            lookup.Add(text[start..i]);
        }
    }

    private static bool AppearsInLowerCase(string word, Corpus corpus)
    {
        foreach (var document in corpus.Documents)
        {
            var text = document.Text;
            for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.Ordinal))
            {
                var before = at == 0 || !char.IsLetter(text[at - 1]);
                var after = at + word.Length >= text.Length || !char.IsLetter(text[at + word.Length]);
                if (before && after)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
