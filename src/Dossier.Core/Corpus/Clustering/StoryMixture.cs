namespace Dossier.Core.CorpusAnalysis.Clustering;

/// <summary>
/// The counts a Dirichlet multinomial mixture of stories keeps (documents per story, words per
/// story, each word's count per story) and the log-probability of a document joining a story.
/// </summary>
internal sealed class StoryMixture
{
    private readonly (int Word, int Count)[][] _words;
    private readonly int[] _storyOf;
    private readonly List<int> _documents = [];
    private readonly List<int> _length = [];
    private readonly List<Dictionary<int, int>> _wordCounts = [];
    private readonly Dictionary<int, List<int>> _storiesOfWord = [];
    private readonly List<HashSet<int>> _listedWords = [];
    private readonly double _sizePrior;
    private readonly double _smoothing;
    private readonly double _vocabularySmoothing;

    public StoryMixture((int Word, int Count)[][] words, StoryClusterOptions options)
    {
        _words = words;
        _storyOf = Enumerable.Repeat(-1, words.Length).ToArray();
        _sizePrior = options.MixtureSizePrior;
        _smoothing = options.MixtureSmoothing;
        var vocabulary = words.SelectMany(w => w).Select(w => w.Word).DefaultIfEmpty(-1).Max() + 1;
        _vocabularySmoothing = vocabulary * _smoothing;
    }

    public int StoryCount => _documents.Count;

    public int StoryOf(int document) => _storyOf[document];

    public int AddStory()
    {
        _documents.Add(0);
        _length.Add(0);
        _wordCounts.Add([]);
        _listedWords.Add([]);
        return _documents.Count - 1;
    }

    public void Place(int document, int story)
    {
        _storyOf[document] = story;
        _documents[story]++;
        var counts = _wordCounts[story];
        foreach (var (word, count) in _words[document])
        {
            _length[story] += count;
            counts[word] = counts.GetValueOrDefault(word) + count;
            if (_listedWords[story].Add(word))
            {
                if (!_storiesOfWord.TryGetValue(word, out var stories))
                {
                    _storiesOfWord[word] = stories = [];
                }

                stories.Add(story);
            }
        }
    }

    public void Remove(int document)
    {
        var story = _storyOf[document];
        _storyOf[document] = -1;
        _documents[story]--;
        var counts = _wordCounts[story];
        foreach (var (word, count) in _words[document])
        {
            _length[story] -= count;
            counts[word] -= count;
        }
    }

    /// <summary>Up to <paramref name="maxCandidates"/> stories that hold most of the document's words (the most recently listed per word).</summary>
    public IEnumerable<int> Candidates(int document, int maxStoriesPerWord, int maxCandidates)
    {
        var overlap = new Dictionary<int, double>();
        foreach (var (word, _) in _words[document])
        {
            if (!_storiesOfWord.TryGetValue(word, out var stories))
            {
                continue;
            }

            for (var p = Math.Max(0, stories.Count - maxStoriesPerWord); p < stories.Count; p++)
            {
                if (_wordCounts[stories[p]].GetValueOrDefault(word) is var held && held > 0)
                {
                    overlap[stories[p]] = overlap.GetValueOrDefault(stories[p]) + Math.Log(1 + (held / _smoothing));
                }
            }
        }

        return overlap.OrderByDescending(o => o.Value).ThenBy(o => o.Key).Take(maxCandidates).Select(o => o.Key);
    }

    /// <summary>Log-probability, up to a constant, of the document (removed from its story) joining <paramref name="story"/>.</summary>
    public double Score(int document, int story) =>
        Score(document, _documents[story], _length[story], _wordCounts[story]);

    /// <summary>The same for a story of its own.</summary>
    public double NewStoryScore(int document) => Score(document, 0, 0, null);

    private double Score(int document, int documents, int length, Dictionary<int, int>? counts)
    {
        var score = Math.Log(documents + _sizePrior);
        var words = 0;
        foreach (var (word, count) in _words[document])
        {
            var held = counts?.GetValueOrDefault(word) ?? 0;
            for (var j = 0; j < count; j++)
            {
                score += Math.Log(held + _smoothing + j);
            }

            words += count;
        }

        for (var i = 0; i < words; i++)
        {
            score -= Math.Log(length + _vocabularySmoothing + i);
        }

        return score;
    }
}
