using Dossier.Core.Actors;

namespace Dossier.Core.Events;

/// <summary>
/// PETRARCH's discard list: phrases that mark a sentence (or, with a leading <c>+</c>, a whole story)
/// as not to be coded, such as sports results. A phrase matches at the start of a word; one ending
/// with <c>_</c> must also end at a word boundary. Matching ignores case.
/// </summary>
public sealed class DiscardList
{
    private readonly (string Text, bool WholeWord, bool Story)[] _phrases;

    public DiscardList(IEnumerable<(string Phrase, bool Story)> phrases)
    {
        ArgumentNullException.ThrowIfNull(phrases);
        _phrases = [.. phrases
            .Select(p => (Text: string.Join(' ', p.Phrase.Replace('_', ' ').Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)), WholeWord: p.Phrase.TrimEnd().EndsWith('_'), p.Story))
            .Where(p => p.Text.Length > 0)];
    }

    public static DiscardList Empty { get; } = new([]);

    public int Count => _phrases.Length;

    public static DiscardList Read(TextReader reader)
    {
        var phrases = new List<(string, bool)>();
        foreach (var (_, text, _) in DictionaryLines.Read(reader))
        {
            var line = text.Trim();
            if (line.Length > 0)
            {
                phrases.Add((line.TrimStart('+').Trim(), line.StartsWith('+')));
            }
        }

        return new DiscardList(phrases);
    }

    /// <summary>The discard phrase found in <paramref name="text"/>, or null.</summary>
    public string? Find(string text)
    {
        var normalized = " " + string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)) + " ";
        foreach (var (phrase, wholeWord, _) in _phrases)
        {
            var at = 0;
            while ((at = normalized.IndexOf(phrase, at, StringComparison.OrdinalIgnoreCase)) >= 0)
            {
                var startsWord = at == 0 || !char.IsLetterOrDigit(normalized[at - 1]);
                var end = at + phrase.Length;
                var endsWord = end >= normalized.Length || !char.IsLetterOrDigit(normalized[end]);
                if (startsWord && (!wholeWord || endsWord))
                {
                    return phrase;
                }

                at++;
            }
        }

        return null;
    }
}
