using Dossier.Core.Models;

namespace Dossier.Cli.Tag;

/// <summary>
/// <c>dossier tag --task ner|pos|chunk --format conll FILE…</c>: writes each CoNLL file back with
/// the predicted tag appended to every token line (blank, comment and <c>-DOCSTART-</c> lines
/// as they were), ready for conlleval. Entity and chunk tags are written as BIO.
/// </summary>
internal sealed class SequenceTagTask(string name, ModelTask task) : ITagTask
{
    public string Name { get; } = name;

    public IReadOnlyList<string> Formats { get; } = ["conll"];

    public int Run(IReadOnlyList<string> files, string format, TextWriter output, TextWriter error)
    {
        foreach (var file in files)
        {
            if (!File.Exists(file))
            {
                error.WriteLine($"dossier tag: {file} not found.");
                return ExitCodes.Usage;
            }
        }

        var tagger = BuiltInModels.For(task);
        foreach (var file in files)
        {
            var corpus = ConllReader.ReadFile(file);
            var partOfSpeech = task == ModelTask.Chunk && corpus.Layout.PosColumn < 0 ? BuiltInModels.PartOfSpeech : null;
            var predicted = new Dictionary<int, string>();
            foreach (var (sentence, tags) in corpus.Sentences.Zip(ModelEvaluation.Predict(tagger, corpus, partOfSpeech)))
            {
                for (var i = 0; i < sentence.Length; i++)
                {
                    predicted[sentence.LineIndexes[i]] = tags[i];
                }
            }

            var separator = corpus.Layout == ConllLayout.UniversalNer ? "\t" : " ";
            for (var i = 0; i < corpus.Lines.Count; i++)
            {
                output.WriteLine(predicted.TryGetValue(i, out var tag) ? corpus.Lines[i] + separator + tag : corpus.Lines[i]);
            }
        }

        return 0;
    }
}
