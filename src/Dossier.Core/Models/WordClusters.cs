namespace Dossier.Core.Models;

/// <summary>
/// Word classes learned from unlabelled text (see <see cref="WordClusterBuilder"/>): for each
/// known word (by its normalised hash), its class at three levels of detail, coarse to fine.
/// Words that share a class occur in similar contexts, so a name never seen in the labelled
/// data still gets the evidence of the names it is clustered with.
/// </summary>
public sealed class WordClusters
{
    /// <summary>The class numbers of a word outside the vocabulary (class numbers start at 1).</summary>
    public const uint Unknown = 0;

    public const int Levels = 3;

    private readonly Dictionary<uint, ulong> _classes = [];

    public int Count => _classes.Count;

    /// <summary>The words and their packed classes (level k in bits 20k..20k+19), for the model file.</summary>
    internal IEnumerable<KeyValuePair<uint, ulong>> Entries => _classes.OrderBy(e => e.Key);

    internal void Add(uint normalizedWord, ulong packedClasses) => _classes[normalizedWord] = packedClasses;

    /// <summary>Sets the classes of a word, coarse to fine, each in 1..2^20−1.</summary>
    public void Add(uint normalizedWord, ReadOnlySpan<uint> classes)
    {
        if (classes.Length != Levels)
        {
            throw new ArgumentException($"A word has {Levels} class levels.", nameof(classes));
        }

        ulong packed = 0;
        for (var level = 0; level < Levels; level++)
        {
            packed |= (ulong)(classes[level] & 0xFFFFF) << (20 * level);
        }

        _classes[normalizedWord] = packed;
    }

    /// <summary>The packed classes of a word (0 when unknown); <see cref="Level"/> unpacks one level.</summary>
    public ulong Lookup(uint normalizedWord) => _classes.GetValueOrDefault(normalizedWord);

    public static uint Level(ulong packed, int level) => (uint)(packed >> (20 * level)) & 0xFFFFF;
}
