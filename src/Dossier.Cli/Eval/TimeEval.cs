using System.CommandLine;
using System.Globalization;
using System.Xml;
using Dossier.Core.Recognition.TimeMl;

namespace Dossier.Cli.Eval;

/// <summary>
/// <c>dossier eval time DIR</c>: tags every <c>.tml</c> file under DIR and scores the time
/// expressions against its gold TIMEX3s, TempEval-3 style (strict and relaxed span F1, value and
/// type F1 over relaxed matches).
/// </summary>
internal static class TimeEval
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var directory = new Argument<DirectoryInfo>("dir") { Description = "A folder of TimeML (.tml) files, searched recursively." };
        var errors = new Option<bool>("--errors") { Description = "Also list missed, spurious and wrongly valued expressions." };
        var subset = new Option<FileSubset>("--files")
        {
            Description = "Score only part of DIR's files, sorted by name: even (positions 0, 2, 4 …: TimeBank's development half) or odd (1, 3, 5 …: its held-out half).",
            DefaultValueFactory = _ => FileSubset.All,
        };
        var command = new Command("time", "Score time expressions against TimeML gold (TempEval-3).") { directory, errors, subset };
        command.SetAction(parse => Run(parse.GetRequiredValue(directory), parse.GetValue(errors), parse.GetValue(subset), output, error));
        return command;
    }

    /// <summary>Which of a folder's files, sorted by name, are scored.</summary>
    internal enum FileSubset
    {
        All,
        Even,
        Odd,
    }

    /// <summary>The <c>.tml</c> files under <paramref name="directory"/>, sorted by file name, at the positions <paramref name="subset"/> selects.</summary>
    internal static List<FileInfo> SelectFiles(DirectoryInfo directory, FileSubset subset) =>
        [.. directory.EnumerateFiles("*.tml", SearchOption.AllDirectories)
            .OrderBy(f => f.Name, StringComparer.Ordinal)
            .ThenBy(f => f.FullName, StringComparer.Ordinal)
            .Where((_, position) => subset == FileSubset.All || (position % 2 == 0) == (subset == FileSubset.Even))];

    private static int Run(DirectoryInfo directory, bool listErrors, FileSubset subset, TextWriter output, TextWriter error)
    {
        if (!directory.Exists)
        {
            error.WriteLine($"dossier eval time: no folder {directory.FullName}");
            return ExitCodes.Usage;
        }

        var files = SelectFiles(directory, subset);
        if (files.Count == 0)
        {
            error.WriteLine($"dossier eval time: no .tml files under {directory.FullName}");
            return ExitCodes.NothingAnalysed;
        }

        var score = new TimexScore();
        foreach (var file in files)
        {
            TimeMlDocument document;
            try
            {
                document = TimeMlReader.ReadFile(file.FullName);
            }
            catch (XmlException e)
            {
                error.WriteLine($"dossier eval time: {file.FullName}: {e.Message}");
                return ExitCodes.NothingAnalysed;
            }

            var alignment = score.Add(document.Timexes, TimeMlTagger.Tag(document));
            if (listErrors)
            {
                WriteErrors(output, document, alignment);
            }
        }

        var c = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(c, $"files {files.Count}, gold {score.Gold}, system {score.System}"));
        output.WriteLine(string.Create(c, $"strict   P {score.StrictPrecision:F3}  R {score.StrictRecall:F3}  F1 {score.StrictF1:F3}"));
        output.WriteLine(string.Create(c, $"relaxed  P {score.RelaxedPrecision:F3}  R {score.RelaxedRecall:F3}  F1 {score.RelaxedF1:F3}"));
        output.WriteLine(string.Create(c, $"value    F1 {score.ValueF1:F3}  (accuracy on relaxed matches {score.ValueAccuracy:F3})"));
        output.WriteLine(string.Create(c, $"type     F1 {score.TypeF1:F3}"));
        return ExitCodes.Success;
    }

    private static void WriteErrors(TextWriter output, TimeMlDocument document, TimexAlignment alignment)
    {
        foreach (var missed in alignment.Missed)
        {
            output.WriteLine($"MISS  {document.Id}  [{Flat(missed.Text)}] {missed.Type} {missed.Value}  «{Context(document, missed)}»");
        }

        foreach (var spurious in alignment.Spurious)
        {
            output.WriteLine($"EXTRA {document.Id}  [{Flat(spurious.Text)}] {spurious.Value}  «{Context(document, spurious)}»");
        }

        foreach (var (gold, system) in alignment.Matched.Where(p => p.Gold.Value != p.System.Value || p.Gold.Start != p.System.Start || p.Gold.End != p.System.End))
        {
            output.WriteLine($"DIFF  {document.Id}  gold [{Flat(gold.Text)}] {gold.Value}  system [{Flat(system.Text)}] {system.Value}  dct {document.CreationTime}  «{Context(document, gold)}»");
        }
    }

    private static string Context(TimeMlDocument document, TimeMlTimex timex)
    {
        var start = Math.Max(0, timex.Start - 60);
        var end = Math.Min(document.Text.Length, timex.End + 40);
        return Flat(document.Text[start..end]);
    }

    private static string Flat(string text) => text.ReplaceLineEndings(" ");
}
