namespace Dossier.Core.Models;

/// <summary>
/// Trains a model of one task from CoNLL-2003-style files: reads the task's gold column,
/// extracts features once, runs a fixed number of seeded perceptron epochs and reports the
/// development score after each.
/// </summary>
public sealed class ModelTrainer(ModelTask task)
{
    public ModelTask Task { get; } = task;

    public int Epochs { get; init; } = 10;

    public int Seed { get; init; } = 20031;

    /// <summary>log2 of the number of hashed feature rows.</summary>
    public int RowBits { get; init; } = task switch
    {
        ModelTask.PartOfSpeech => 18,
        ModelTask.Chunk => 17,
        _ => 20,
    };

    public Gazetteer? Gazetteer { get; init; }

    /// <summary>Trains on <paramref name="train"/>; <paramref name="progress"/> gets each epoch's score on <paramref name="development"/> when given.</summary>
    public SequenceModel Train(ConllCorpus train, ConllCorpus? development = null, Action<int, ModelScore>? progress = null)
    {
        var gold = train.Documents.Select(d => d.Sentences.Select(s => GoldTags(s)).ToList()).ToList();
        var tags = gold.SelectMany(d => d).SelectMany(s => s).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var index = tags.Select((tag, i) => (tag, i)).ToDictionary(p => p.tag, p => p.i, StringComparer.Ordinal);
        var model = SequenceModel.CreateEmpty(Task, tags, RowBits, Task == ModelTask.Entity ? Gazetteer : null);

        var data = new List<TrainingSentence>();
        for (var d = 0; d < train.Documents.Count; d++)
        {
            var sentences = train.Documents[d].Sentences;
            var inputs = InputPreparation.Prepare(model, [.. sentences.Select(s => s.Words)], PosColumn(sentences));
            for (var s = 0; s < inputs.Length; s++)
            {
                var features = FeatureMatrix.Extract(Task, inputs[s], model.RowMask);
                data.Add(new TrainingSentence(inputs[s], features, [.. gold[d][s].Select(t => index[t])]));
            }
        }

        var trainer = new PerceptronTrainer(model);
        var random = new Random(Seed);
        for (var epoch = 1; epoch <= Epochs; epoch++)
        {
            trainer.Epoch(data, random);
            if (development is not null && progress is not null)
            {
                progress(epoch, ModelEvaluation.Score(new SequenceTagger(trainer.Averaged()), development));
            }
        }

        return trainer.Averaged();
    }

    /// <summary>The gold tags of the task in <paramref name="sentence"/> (entities and chunks as BIO).</summary>
    public string[] GoldTags(ConllSentence sentence) => Task switch
    {
        ModelTask.PartOfSpeech => sentence.Column(sentence.Layout.PosColumn),
        ModelTask.Chunk => BioTags.ToBio(sentence.Column(sentence.Layout.ChunkColumn)),
        _ => BioTags.ToBio(sentence.Column(sentence.Layout.EntityColumn)),
    };

    private string[][]? PosColumn(IReadOnlyList<ConllSentence> sentences) =>
        Task == ModelTask.Chunk ? [.. sentences.Select(s => s.Column(s.Layout.PosColumn))] : null;
}
