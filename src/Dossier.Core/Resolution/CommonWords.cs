using Dossier.Core.Model;

namespace Dossier.Core.Resolution;

/// <summary>
/// Tells capitalised words that are not names from names, for clusters of type Other made of one word:
/// the word also appears in lower case in the run ("Summit" in a headline, "summit" in the text), it is a
/// piece of a longer name ("Belt" of "Belt and Road Forum"), or it ends in a lower-case part ("Korea-related").
/// </summary>
internal static class CommonWords
{
    public static bool IsNotAName(Cluster cluster, Corpus corpus, ResolutionState state)
    {
        if (cluster.Type != EntityType.Other || cluster.Tokens.Length > 2 || cluster.Actor is not null)
        {
            return false;
        }

        var text = cluster.TextsIn(FirstDoc(cluster, corpus)).FirstOrDefault() ?? string.Empty;
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
        return word.Any(char.IsLetter) && (state.IsPartOfLongerName(word) || AppearsInLowerCase(word, corpus));
    }

    private static int FirstDoc(Cluster cluster, Corpus corpus)
    {
        for (var d = 0; d < corpus.Documents.Count; d++)
        {
            if (cluster.TextsIn(d).Any())
            {
                return d;
            }
        }

        return 0;
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
