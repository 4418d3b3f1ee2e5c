using System.CommandLine;
using Dossier.Core.Models;

namespace Dossier.Cli.Train;

/// <summary>
/// <c>dossier train …</c>: trains a statistical model from data (usually under
/// <c>../shared/data</c>) into a model file. Each model is a subcommand in its own file here.
/// </summary>
internal static class TrainCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var command = new Command("train", "Train a model from labelled data and write the model file.");
        foreach (var subcommand in Subcommands(output, error))
        {
            command.Add(subcommand);
        }

        return command;
    }

    // One line per model, kept sorted by name.
    private static IEnumerable<Command> Subcommands(TextWriter output, TextWriter error)
    {
        yield return SequenceModelTrainCommand.Create("chunk", ModelTask.Chunk, output, error);
        yield return SequenceModelTrainCommand.Create("ner", ModelTask.Entity, output, error);
        yield return SequenceModelTrainCommand.Create("pos", ModelTask.PartOfSpeech, output, error);
        yield return TrainActorsCommand.Create(output, error);
        yield return TrainGazetteerCommand.Create(output, error);
    }
}
