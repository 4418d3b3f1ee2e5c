using System.CommandLine;
using System.Globalization;
using Dossier.Core.Models;

namespace Dossier.Cli.Eval;

/// <summary>
/// <c>dossier eval ner|pos|chunk FILE…</c>: tags CoNLL-2003 or Universal NER files with the
/// built-in model (or <c>--model</c>) and prints token accuracy and, for entities and chunks,
/// exact-span precision, recall and F1 per type and overall. Predicted types that the gold
/// files never use (MISC against Universal NER) are left out of the score.
/// </summary>
internal static class SequenceModelEval
{
    public static Command Create(string name, ModelTask task, TextWriter output, TextWriter error)
    {
        var files = new Argument<string[]>("files") { Description = "CoNLL files with gold tags.", Arity = ArgumentArity.OneOrMore };
        var model = new Option<string?>("--model") { Description = "A model file to score instead of the built-in one." };
        var command = new Command(name, $"Score the {name} model against CoNLL gold files.") { files, model };
        command.SetAction(parse =>
        {
            var paths = parse.GetValue(files) ?? [];
            if (paths.FirstOrDefault(p => !File.Exists(p)) is { } missing)
            {
                error.WriteLine($"dossier eval {name}: {missing} not found.");
                return ExitCodes.Usage;
            }

            var tagger = parse.GetValue(model) is { } path ? new SequenceTagger(ModelFile.Load(path)) : BuiltInModels.For(task);
            foreach (var file in paths)
            {
                var corpus = ConllReader.ReadFile(file);
                var partOfSpeech = task == ModelTask.Chunk && corpus.Layout.PosColumn < 0 ? BuiltInModels.PartOfSpeech : null;
                var score = ModelEvaluation.Score(tagger, corpus, partOfSpeech);
                output.WriteLine($"{file}: {corpus.TokenCount} tokens, {corpus.Sentences.Count()} sentences");
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  token accuracy {score.Accuracy * 100:F2}%"));
                if (score.Overall is not null)
                {
                    output.WriteLine("  type        gold  predicted  correct  precision  recall     F1");
                    foreach (var row in score.ByType.Append(score.Overall))
                    {
                        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                            $"  {row.Type,-8} {row.Gold,7} {row.Predicted,10} {row.Correct,8} {row.Precision * 100,10:F2} {row.Recall * 100,7:F2} {row.F1 * 100,6:F2}"));
                    }
                }
            }

            return 0;
        });
        return command;
    }
}
