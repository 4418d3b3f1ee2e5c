using Dossier.Core.Model;

namespace Dossier.Core.Events;

/// <summary>
/// The words the coder reads: our tokens, with a possessive or a negative contraction split off as
/// the tagger and the dictionaries expect ("Korea's" → "Korea" "'s", "didn't" → "did" "n't").
/// </summary>
public static class CodingWords
{
    public static (string[] Words, TextSpan[] Spans) Split(string text, IEnumerable<Token> tokens)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        var words = new List<string>();
        var spans = new List<TextSpan>();
        foreach (var token in tokens)
        {
            var span = token.Span;
            var word = span.Of(text);
            var cut = SuffixLength(word);
            if (cut > 0 && cut < word.Length)
            {
                var at = span.End - cut;
                words.Add(word[..^cut]);
                spans.Add(new TextSpan(span.Start, at));
                words.Add(word[^cut..].Replace('’', '\''));
                spans.Add(new TextSpan(at, span.End));
            }
            else
            {
                words.Add(word);
                spans.Add(span);
            }
        }

        return ([.. words], [.. spans]);
    }

    private static int SuffixLength(string word)
    {
        if (word.Length < 3)
        {
            return 0;
        }

        if (word[^2] is '\'' or '’' && word[^1] is 's' or 'S')
        {
            return 2;
        }

        if (word.Length >= 4 && word[^3] is 'n' or 'N' && word[^2] is '\'' or '’' && word[^1] is 't' or 'T')
        {
            return 3;
        }

        return 0;
    }
}
