namespace Dossier.Core.Events;

/// <summary>
/// The words of the sentence being coded as a set, so that a verb pattern whose literal words or
/// synonym sets are not all in the sentence is skipped before any matching. One instance per thread
/// is reused from sentence to sentence, so coding allocates no set per sentence.
/// </summary>
internal sealed class SentenceWords
{
    [ThreadStatic]
    private static SentenceWords? _current;

    private readonly HashSet<string> _words = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, bool> _synsets = new(StringComparer.Ordinal);
    private IReadOnlyList<string> _sentence = [];

    /// <summary>A reusable list for the indices of the patterns to try at one verb.</summary>
    public List<int> Candidates { get; } = [];
    private bool _filled;

    /// <summary>This thread's instance, emptied for <paramref name="sentence"/> (filled on first use).</summary>
    public static SentenceWords For(IReadOnlyList<string> sentence)
    {
        var words = _current ??= new SentenceWords();
        words._sentence = sentence;
        words._filled = false;
        return words;
    }

    /// <summary>Whether <paramref name="pattern"/> can match: each of its literals is a word of the sentence and each of its synonym sets can start in it.</summary>
    public bool MayMatch(VerbPattern pattern, VerbLexicon verbs)
    {
        if (!_filled)
        {
            _words.Clear();
            _synsets.Clear();
            foreach (var word in _sentence)
            {
                _words.Add(word);
            }

            _filled = true;
        }

        foreach (var literal in pattern.Literals)
        {
            if (!_words.Contains(literal))
            {
                return false;
            }
        }

        foreach (var synset in pattern.Synsets)
        {
            if (!_synsets.TryGetValue(synset, out var present))
            {
                present = verbs.SynsetCanStartIn(synset, _sentence);
                _synsets[synset] = present;
            }

            if (!present)
            {
                return false;
            }
        }

        return true;
    }
}
