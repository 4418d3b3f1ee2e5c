namespace Dossier.Core.Models;

/// <summary>
/// Tags a CoNLL corpus document by document and scores the result against its gold column.
/// The chunker reads the file's own part-of-speech column unless a tagger is given for it.
/// Predicted spans of a type the gold data never uses (MISC against Universal NER, which has
/// only PER, ORG and LOC) are not counted.
/// </summary>
public static class ModelEvaluation
{
    public static ModelScore Score(SequenceTagger tagger, ConllCorpus gold, SequenceTagger? partOfSpeech = null)
    {
        var predictions = Predict(tagger, gold, partOfSpeech);
        var trainer = new ModelTrainer(tagger.Model.Task);
        var scorer = new SpanScorer();
        int tokens = 0, correct = 0;
        var expected = gold.Sentences.Select(trainer.GoldTags).ToList();
        var goldTypes = expected.SelectMany(BioTags.ToSpans).Select(s => s.Type).ToHashSet(StringComparer.Ordinal);
        for (var s = 0; s < expected.Count; s++)
        {
            tokens += expected[s].Length;
            correct += expected[s].Zip(predictions[s]).Count(p => p.First == p.Second);
            if (tagger.Model.Task != ModelTask.PartOfSpeech)
            {
                scorer.Add(BioTags.ToSpans(expected[s]), [.. BioTags.ToSpans(predictions[s]).Where(p => goldTypes.Contains(p.Type))]);
            }
        }

        return tagger.Model.Task == ModelTask.PartOfSpeech
            ? new ModelScore(tokens, correct, null, [])
            : new ModelScore(tokens, correct, scorer.Overall, scorer.ByType);
    }

    /// <summary>The predicted tags of every sentence of <paramref name="corpus"/>, in file order.</summary>
    public static List<string[]> Predict(SequenceTagger tagger, ConllCorpus corpus, SequenceTagger? partOfSpeech = null)
    {
        var result = new List<string[]>();
        foreach (var document in corpus.Documents)
        {
            IReadOnlyList<IReadOnlyList<string>> words = [.. document.Sentences.Select(s => s.Words)];
            IReadOnlyList<IReadOnlyList<string>>? pos = null;
            if (tagger.Model.Task == ModelTask.Chunk)
            {
                pos = partOfSpeech is not null
                    ? partOfSpeech.TagDocument(words)
                    : [.. document.Sentences.Select(s => s.Column(s.Layout.PosColumn))];
            }

            result.AddRange(tagger.TagDocument(words, pos));
        }

        return result;
    }
}
