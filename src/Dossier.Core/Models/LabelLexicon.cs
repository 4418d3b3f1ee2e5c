namespace Dossier.Core.Models;

/// <summary>
/// What the labelled training text says about each word (by its normalised hash), as one code
/// per word: for entities, the type it most often stood in and how often it stood in any name
/// ("july": 99 times, never a name); for parts of speech, the set of tags it took (its ambiguity
/// class, "back": JJ|NN|RB). Both also say roughly how often the word was seen. Code 0 is a
/// word the text never had (for parts of speech, also one seen fewer than five times). Built by the trainer from folds of the training documents that
/// leave out the document being learnt from, so the model does not trust it more than it will
/// deserve on unseen text.
/// </summary>
public sealed class LabelLexicon
{
    /// <summary>The code of a word the training text never had.</summary>
    public const uint Unseen = 0;

    // A tag must take this share of a word's occurrences to join its ambiguity class.
    private const double MinimumTagShare = 0.1;

    // A part-of-speech class is kept only for words seen this often: the few tags of a rarer word
    // overrule its context ("visits", NNS in all 3 of its eng.train occurrences, read as a noun after a name).
    private const int MinimumPartOfSpeechCount = 5;

    private static readonly string[] EntityTypes = ["PER", "ORG", "LOC", "MISC"];

    private readonly Dictionary<uint, uint> _codes = [];

    public int Count => _codes.Count;

    /// <summary>The words and their codes, for the model file.</summary>
    internal IEnumerable<KeyValuePair<uint, uint>> Entries => _codes.OrderBy(e => e.Key);

    internal void Add(uint normalizedWord, uint code) => _codes[normalizedWord] = code;

    public uint Lookup(uint normalizedWord) => _codes.GetValueOrDefault(normalizedWord);

    /// <summary>The lexicon of <paramref name="task"/> from sentences' words and their gold tags (entities as BIO).</summary>
    public static LabelLexicon Build(ModelTask task, IEnumerable<(IReadOnlyList<string> Words, IReadOnlyList<string> Tags)> sentences)
    {
        var counts = new Dictionary<uint, Dictionary<string, int>>();
        foreach (var (words, tags) in sentences)
        {
            for (var i = 0; i < words.Count; i++)
            {
                var word = FeatureHash.Normalized(words[i]);
                if (!counts.TryGetValue(word, out var perLabel))
                {
                    counts[word] = perLabel = new Dictionary<string, int>(StringComparer.Ordinal);
                }

                var label = task == ModelTask.Entity ? EntityType(tags[i]) : tags[i];
                perLabel[label] = perLabel.GetValueOrDefault(label) + 1;
            }
        }

        var lexicon = new LabelLexicon();
        foreach (var (word, perLabel) in counts)
        {
            if (task == ModelTask.PartOfSpeech && perLabel.Values.Sum() < MinimumPartOfSpeechCount)
            {
                continue;
            }

            lexicon.Add(word, task == ModelTask.Entity ? EntityCode(perLabel) : AmbiguityClassCode(perLabel));
        }

        return lexicon;
    }

    private static string EntityType(string tag) => tag.Length > 2 ? tag[2..] : BioTags.Outside;

    // 1 + (majority entity type 0..4 × 4 + share of occurrences inside names in quarters) × 3 + count bucket.
    private static uint EntityCode(Dictionary<string, int> perLabel)
    {
        var total = perLabel.Values.Sum();
        var inNames = total - perLabel.GetValueOrDefault(BioTags.Outside);
        var type = 0;
        for (var k = 0; k < EntityTypes.Length; k++)
        {
            var count = perLabel.GetValueOrDefault(EntityTypes[k]);
            if (count > 0 && (type == 0 || count > perLabel.GetValueOrDefault(EntityTypes[type - 1])))
            {
                type = k + 1;
            }
        }

        var share = inNames == 0 ? 0 : inNames == total ? 3 : inNames * 2 < total ? 1 : 2;
        return 1 + (uint)((((type * 4) + share) * 3) + CountBucket(total));
    }

    private static uint AmbiguityClassCode(Dictionary<string, int> perLabel)
    {
        var total = perLabel.Values.Sum();
        var members = perLabel.Where(p => p.Value >= MinimumTagShare * total).Select(p => p.Key).Order(StringComparer.Ordinal);
        var code = FeatureHash.Combine(0xA3u, FeatureHash.Exact(string.Join('|', members)), (uint)CountBucket(total));
        return code == Unseen ? 1 : code;
    }

    private static int CountBucket(int total) => total switch
    {
        1 => 0,
        < 5 => 1,
        _ => 2,
    };
}
