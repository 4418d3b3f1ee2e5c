using System.CommandLine;
using Dossier.Core.Models;

namespace Dossier.Cli.Eval;

/// <summary>
/// <c>dossier eval …</c>: scores one step against third-party gold data (usually under
/// <c>../shared/data</c>). Each evaluation is a subcommand in its own file in this folder.
/// </summary>
internal static class EvalCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var command = new Command("eval", "Score a step of the pipeline against gold data and print the figures.");
        foreach (var subcommand in Subcommands(output, error))
        {
            command.Add(subcommand);
        }

        return command;
    }

    // One line per evaluation, kept sorted by name.
    private static IEnumerable<Command> Subcommands(TextWriter output, TextWriter error)
    {
        yield return ClusteringEval.Create(output, error);
        yield return CorefEval.Create(output, error);
        yield return EventsEval.Create(output, error);
        yield return ExtractionEval.Create(output, error);
        yield return PloverEval.Create(output, error);
        yield return QuotesEval.Create(output, error);
        yield return SentencesEval.Create(output, error);
        yield return SequenceModelEval.Create("chunk", ModelTask.Chunk, output, error);
        yield return SequenceModelEval.Create("ner", ModelTask.Entity, output, error);
        yield return SequenceModelEval.Create("pos", ModelTask.PartOfSpeech, output, error);
        yield return TimeEval.Create(output, error);
    }
}
