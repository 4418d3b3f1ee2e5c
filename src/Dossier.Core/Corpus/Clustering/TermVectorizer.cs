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

    public static SparseVector[] Vectorize(IReadOnlyList<ClusterDocument> documents, StoryClusterOptions options)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(options);
        var vocabulary = new Dictionary<string, int>(StringComparer.Ordinal);
        var counts = new Dictionary<int, double>[documents.Count];
        var documentFrequency = new List<int>();
        var isEntity = new List<bool>();
        for (var d = 0; d < documents.Count; d++)
        {
            var doc = documents[d];
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

            foreach (var word in ContentWords.Of(doc.Title))
            {
                Add(word, options.TitleWeight);
            }

            foreach (var word in ContentWords.Of(doc.Body))
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
