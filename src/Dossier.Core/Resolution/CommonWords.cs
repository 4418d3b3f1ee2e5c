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
    public static HashSet<string> LetterRuns(Corpus corpus)
    {
        var runs = new HashSet<string>(StringComparer.Ordinal);
        foreach (var document in corpus.Documents)
        {
            var text = document.Text.AsSpan();
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

        return runs;
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
