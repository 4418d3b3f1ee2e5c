using System.CommandLine;
using Dossier.Core.Models;

namespace Dossier.Cli.Tag;

/// <summary>
/// <c>dossier tag --task NAME --format FORMAT FILE…</c>: runs one step on files in a standard
/// annotation format (CoNLL, TimeML) and prints its predictions for external scorers.
/// </summary>
internal static class TagCommand
{
    // One entry per task, each in its own file in this folder.
    private static ITagTask[] Tasks(Func<string?> dictionaryFolder) =>
    [
        new SequenceTagTask("chunk", ModelTask.Chunk),
        new EventTagTask(dictionaryFolder),
        new SequenceTagTask("ner", ModelTask.Entity),
        new SequenceTagTask("pos", ModelTask.PartOfSpeech),
        new TimeTagTask(),
    ];

    public static Command Create(TextWriter output, TextWriter error)
    {
        string? dictionaryFolder = null;
        var tasks = Tasks(() => dictionaryFolder);
        var names = string.Join(", ", tasks.Select(t => t.Name));
        var task = new Option<string>("--task", "-t") { Description = $"What to tag: {names}.", Required = true };
        task.Validators.Add(r =>
        {
            var name = r.GetValueOrDefault<string>();
            if (!tasks.Any(t => t.Name == name))
            {
                r.AddError($"--task takes one of: {names}.");
            }
        });
        var format = new Option<string?>("--format", "-f") { Description = "The files' format (default: the task's first)." };
        var dictionaries = new Option<DirectoryInfo?>("--dictionaries") { Description = "events: the folder of the dictionaries to code with (default: the suite's own)." };
        var files = new Argument<string[]>("files") { Description = "Annotated files to tag.", Arity = ArgumentArity.OneOrMore };

        var command = new Command("tag", "Run one step on annotated files and print its predictions in their format.") { task, format, dictionaries, files };
        command.SetAction(parse =>
        {
            var selected = tasks.Single(t => t.Name == parse.GetValue(task));
            var chosen = parse.GetValue(format) ?? selected.Formats[0];
            if (!selected.Formats.Contains(chosen))
            {
                error.WriteLine($"dossier tag: task '{selected.Name}' reads {string.Join(", ", selected.Formats)}, not '{chosen}'.");
                return ExitCodes.Usage;
            }

            dictionaryFolder = parse.GetValue(dictionaries)?.FullName;
            return selected.Run(parse.GetValue(files) ?? [], chosen, output, error);
        });
        return command;
    }
}
