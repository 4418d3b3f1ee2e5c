namespace Dossier.Core.CorpusAnalysis.Clustering;

/// <summary>
/// TF-IDF vectors of content words and entities over one batch of documents: sublinear term
/// frequency (a headline word counts <see cref="StoryClusterOptions.TitleWeight"/> times), entity
/// ids as terms of their own weighing <see cref="StoryClusterOptions.EntityWeight"/> times their
/// IDF, smoothed IDF, unit length. Linear in the size of the text.
/// </summary>
public static class TermVectorizer
{
    private const string EntityPrefix = "\u0001";

    /// <summary>Documents whose words are read together, in parallel.</summary>
    private const int WordBlock = 512;

    public static SparseVector[] Vectorize(IReadOnlyList<ClusterDocument> documents, StoryClusterOptions options)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(options);
        var vocabulary = new Dictionary<string, int>(StringComparer.Ordinal);
        var counts = new Dictionary<int, double>[documents.Count];
        var documentFrequency = new List<int>();
        var isEntity = new List<bool>();

        // Reading a document's words depends on that document alone, so it is done on every core, a
        // block at a time (the words of the whole batch are not held at once); terms get their ids
        // in document order, as before.
        var words = new (List<string> Title, List<string> Body)[Math.Min(documents.Count, WordBlock)];
        for (var d = 0; d < documents.Count; d++)
        {
            if (d % WordBlock == 0)
            {
                var first = d;
                Parallel.For(first, Math.Min(documents.Count, first + WordBlock), i => words[i - first] = (ContentWords.Of(documents[i].Title), ContentWords.Of(documents[i].Body)));
            }

            var doc = documents[d];
            var (titleWords, bodyWords) = words[d % WordBlock];
            var termCounts = new Dictionary<int, double>();
            void Add(string term, double amount)
            {
                if (!vocabulary.TryGetValue(term, out var id))
                {
                    vocabulary[term] = id = vocabulary.Count;
                    documentFrequency.Add(0);
                    isEntity.Add(term.StartsWith(EntityPrefix, StringComparison.Ordinal));
                }

                termCounts[id] = termCounts.GetValueOrDefault(id) + amount;
            }

            foreach (var word in titleWords)
            {
                Add(word, options.TitleWeight);
            }

            foreach (var word in bodyWords)
            {
                Add(word, 1);
            }

            foreach (var entity in doc.Entities)
            {
                Add(EntityPrefix + entity, 1);
            }

            foreach (var id in termCounts.Keys)
            {
                documentFrequency[id]++;
            }

            counts[d] = termCounts;
        }

        var vectors = new SparseVector[documents.Count];
        for (var d = 0; d < documents.Count; d++)
        {
            vectors[d] = Weigh(counts[d], documentFrequency, isEntity, documents.Count, options.EntityWeight);
        }

        return vectors;
    }

    private static SparseVector Weigh(Dictionary<int, double> termCounts, List<int> documentFrequency, List<bool> isEntity, int documentCount, double entityWeight)
    {
        if (termCounts.Count == 0)
        {
            return SparseVector.Empty;
        }

        var terms = termCounts.Keys.Order().ToArray();
        var weights = new double[terms.Length];
        for (var i = 0; i < terms.Length; i++)
        {
            var idf = Math.Log((documentCount + 1.0) / (documentFrequency[terms[i]] + 1.0)) + 1;
            weights[i] = (isEntity[terms[i]] ? entityWeight : 1 + Math.Log(termCounts[terms[i]])) * idf;
        }

        return SparseVector.Normalised(terms, weights);
    }
}
