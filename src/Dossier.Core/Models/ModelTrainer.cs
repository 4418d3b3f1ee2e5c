namespace Dossier.Core.Models;

/// <summary>
/// Trains a model of one task from CoNLL-2003-style files: reads the task's gold column,
/// extracts features once, runs a fixed number of seeded perceptron epochs and reports the
/// development score after each. A two-pass entity model first trains the first pass on
/// <see cref="Folds"/> − 1 folds of the documents at a time, so that the second pass learns
/// from first-pass predictions on documents the first pass has not seen, as it will at run time.
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

    /// <summary>Part-of-speech models only: word classes learned from unlabelled text, used as features.</summary>
    public WordClusters? Clusters { get; init; }

    /// <summary>Entity models only: add a second pass that reads the first pass's predictions for the same words across the document.</summary>
    public bool TwoPass { get; init; }

    public int Folds { get; init; } = 4;

    /// <summary>
    /// How many perceptrons to train, each on its own seeded sentence order, whose averaged
    /// weights are averaged again into the model (same size and speed as one).
    /// </summary>
    public int Orders { get; init; } = 1;

    /// <summary>
    /// Entity and part-of-speech models: add features of a <see cref="LabelLexicon"/> of the
    /// training text, stored in the model; each training document reads the lexicon of the
    /// other <see cref="Folds"/> − 1 folds only.
    /// </summary>
    public bool LabelLexicon { get; init; }

    /// <summary>Learn entity spans as BILOU tags (begin, inside, last, unit) rather than BIO.</summary>
    public bool Bilou { get; init; }

    /// <summary>Trains on <paramref name="train"/>; <paramref name="progress"/> gets each epoch's score on <paramref name="development"/> when given.</summary>
    public SequenceModel Train(ConllCorpus train, ConllCorpus? development = null, Action<int, ModelScore>? progress = null)
    {
        var documents = train.Documents;
        var lexicon = UsesLexicon ? BuildLexicon(documents) : null;
        var foldLexicons = UsesLexicon ? Enumerable.Range(0, Folds).Select(f => BuildLexicon([.. documents.Where((_, d) => d % Folds != f)])).ToArray() : null;
        var documentLexicons = foldLexicons is null ? null : documents.Select((_, d) => foldLexicons[d % Folds]).ToArray();
        if (!TwoPass || Task != ModelTask.Entity)
        {
            return Train(documents, documentLexicons, lexicon, null, null, development, progress);
        }

        var single = new ModelTrainer(Task) { Epochs = Epochs, Seed = Seed, RowBits = RowBits, Gazetteer = Gazetteer, Clusters = Clusters, Bilou = Bilou, Orders = Orders };
        var firstPass = new IReadOnlyList<IReadOnlyList<string>>[documents.Count];
        for (var fold = 0; fold < Folds; fold++)
        {
            bool InFold(int d) => d % Folds != fold;
            var model = single.Train([.. documents.Where((_, d) => InFold(d))], documentLexicons?.Where((_, d) => InFold(d)).ToArray(), foldLexicons?[fold], null, null, null, null);
            for (var d = fold; d < documents.Count; d += Folds)
            {
                firstPass[d] = new SequenceTagger(model).TagDocument(Words(documents[d]));
            }
        }

        var full = single.Train(documents, documentLexicons, lexicon, null, null, null, null);
        return Train(documents, documentLexicons, lexicon, full, firstPass, development, progress);
    }

    private bool UsesLexicon => LabelLexicon && Task != ModelTask.Chunk;

    private LabelLexicon BuildLexicon(IEnumerable<ConllDocument> documents) =>
        Models.LabelLexicon.Build(Task, documents.SelectMany(d => d.Sentences).Select(s => ((IReadOnlyList<string>)s.Words, (IReadOnlyList<string>)GoldTags(s))));

    /// <summary>The gold tags of the task in <paramref name="sentence"/> (entities and chunks as BIO).</summary>
    public string[] GoldTags(ConllSentence sentence) => Task switch
    {
        ModelTask.PartOfSpeech => sentence.Column(sentence.Layout.PosColumn),
        ModelTask.Chunk => BioTags.ToBio(sentence.Column(sentence.Layout.ChunkColumn)),
        _ => BioTags.ToBio(sentence.Column(sentence.Layout.EntityColumn)),
    };

    private SequenceModel Train(
        IReadOnlyList<ConllDocument> documents,
        LabelLexicon[]? documentLexicons,
        LabelLexicon? lexicon,
        SequenceModel? firstPassModel,
        IReadOnlyList<IReadOnlyList<string>>[]? firstPass,
        ConllCorpus? development,
        Action<int, ModelScore>? progress)
    {
        var gold = documents.Select(d => d.Sentences.Select(s => Bilou ? BioTags.ToBilou(GoldTags(s)) : GoldTags(s)).ToList()).ToList();
        var tags = gold.SelectMany(d => d).SelectMany(s => s).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var index = tags.Select((tag, i) => (tag, i)).ToDictionary(p => p.tag, p => p.i, StringComparer.Ordinal);
        var gazetteer = Task == ModelTask.Entity ? Gazetteer : null;
        var clusters = Task == ModelTask.PartOfSpeech ? Clusters : null;
        var model = SequenceModel.CreateEmpty(Task, tags, RowBits, gazetteer, firstPassModel, clusters, lexicon);

        // Inputs are prepared without the first pass: its jackknifed predictions stand in for it.
        var preparation = SequenceModel.CreateEmpty(Task, tags, 1, gazetteer, null, clusters);
        var data = new List<TrainingSentence>();
        for (var d = 0; d < documents.Count; d++)
        {
            var sentences = documents[d].Sentences;
            var inputs = InputPreparation.Prepare(preparation, Words(documents[d]), PosColumn(sentences), documentLexicons?[d]);
            if (firstPass is not null)
            {
                DocumentPriors.Annotate(inputs, firstPass[d]);
            }

            for (var s = 0; s < inputs.Length; s++)
            {
                var features = FeatureMatrix.Extract(Task, inputs[s], model.RowMask);
                data.Add(new TrainingSentence(inputs[s], features, [.. gold[d][s].Select(t => index[t])]));
            }
        }

        var trainers = new PerceptronTrainer[Orders];
        var randoms = new Random[Orders];
        for (var k = 0; k < Orders; k++)
        {
            trainers[k] = new PerceptronTrainer(k == 0 ? model : SequenceModel.CreateEmpty(Task, tags, RowBits, gazetteer, firstPassModel, clusters, lexicon));
            randoms[k] = new Random(Seed + k);
        }

        for (var epoch = 1; epoch <= Epochs; epoch++)
        {
            for (var k = 0; k < Orders; k++)
            {
                trainers[k].Epoch(data, randoms[k]);
            }

            if (development is not null && progress is not null)
            {
                progress(epoch, ModelEvaluation.Score(new SequenceTagger(PerceptronTrainer.Averaged(trainers)), development));
            }
        }

        return PerceptronTrainer.Averaged(trainers);
    }

    private static IReadOnlyList<IReadOnlyList<string>> Words(ConllDocument document) =>
        [.. document.Sentences.Select(s => s.Words)];

    private string[][]? PosColumn(IReadOnlyList<ConllSentence> sentences) =>
        Task == ModelTask.Chunk ? [.. sentences.Select(s => s.Column(s.Layout.PosColumn))] : null;
}
