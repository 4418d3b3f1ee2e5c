using Dossier.Core.Model;
using Dossier.Core.Text;

namespace Dossier.Core.CorpusAnalysis.Clustering;

/// <summary>
/// The words of a text that say what it is about: lower-cased, English function words and
/// numbers dropped, possessives and plurals folded so that "summit's" and "summits" meet "summit".
/// </summary>
public static class ContentWords
{
    public static List<string> Of(string text)
    {
        var words = new List<string>();
        foreach (var token in Tokenizer.Tokenize(text))
        {
            if (token.Kind == TokenKind.Word && Fold(token.Span.Of(text)) is { } word)
            {
                words.Add(word);
            }
        }

        return words;
    }

    /// <summary>The folded form of one word, or null when it carries no topic.</summary>
    public static string? Fold(string word)
    {
        var lower = word.ToLowerInvariant().Replace('’', '\'');
        if (lower.EndsWith("'s", StringComparison.Ordinal))
        {
            lower = lower[..^2];
        }

        lower = lower.Trim('\'', '-', '.');
        if (lower.Length < 2 || !lower.Any(char.IsLetter) || StopWords.Contains(lower))
        {
            return null;
        }

        return Singular(lower);
    }

    private static string Singular(string word)
    {
        if (word.Length <= 4 || !word.EndsWith('s') || word.EndsWith("ss", StringComparison.Ordinal) || word.EndsWith("us", StringComparison.Ordinal) || word.EndsWith("is", StringComparison.Ordinal))
        {
            return word;
        }

        if (word.EndsWith("ies", StringComparison.Ordinal))
        {
            return word[..^3] + "y";
        }

        return word[..^1];
    }
}
