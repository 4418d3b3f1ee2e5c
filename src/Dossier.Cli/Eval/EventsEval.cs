using System.CommandLine;
using System.Globalization;
using Dossier.Core.Events;

namespace Dossier.Cli.Eval;

/// <summary>
/// <c>dossier eval events FILE [--format auto|petr|tabari] [--dictionaries DIR]</c>: codes every record
/// of a validation suite and compares the (source, target, code) triples with the expected ones:
/// true positives, false positives and misses, overall, by the suite's categories and by CAMEO root
/// code. Records the suite marks as not to evaluate are counted by reason and left out.
/// </summary>
internal static class EventsEval
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var file = new Argument<FileInfo>("file") { Description = "PETRARCH validation records (.xml), or a TABARI .project or records file." };
        var format = new Option<string>("--format", "-f") { Description = "petr: PETRARCH-2 or UD-PETRARCH validation records; tabari: a TABARI validation suite; auto (the default): tabari for a .project file or a file without <Sentence> elements, else petr.", DefaultValueFactory = _ => "auto" };
        var dictionaries = new Option<DirectoryInfo?>("--dictionaries") { Description = "Folder of the verbs/actors/agents/discards dictionaries (default: the suite's own)." };
        var errors = new Option<bool>("--errors") { Description = "Also list every false positive and miss." };
        var command = new Command("events", "Score the event coder on a PETRARCH or TABARI validation suite.") { file, format, dictionaries, errors };
        command.SetAction(parse => Run(parse.GetRequiredValue(file), parse.GetValue(format)!, parse.GetValue(dictionaries), parse.GetValue(errors), output, error));
        return command;
    }

    private static int Run(FileInfo file, string format, DirectoryInfo? dictionaries, bool listErrors, TextWriter output, TextWriter error)
    {
        if (!EventSuite.Formats.Contains(format))
        {
            error.WriteLine($"dossier eval events: --format takes {string.Join(", ", EventSuite.Formats)}");
            return ExitCodes.Usage;
        }

        if (!file.Exists)
        {
            error.WriteLine($"dossier eval events: no file {file.FullName}");
            return ExitCodes.Usage;
        }

        var suite = EventSuite.Load(file.FullName, format, dictionaries?.FullName, error, "dossier eval events");
        if (suite is null)
        {
            return ExitCodes.NothingAnalysed;
        }

        var coder = new RecordCoder(suite.Dictionaries);
        var score = new EventScore();
        var records = suite.Records.Where(r => r.Evaluate).ToList();
        foreach (var record in records)
        {
            var found = coder.Codings(record);
            var (missed, spurious) = score.Add(record.Expected, found, record.Category);
            if (listErrors)
            {
                foreach (var m in missed)
                {
                    output.WriteLine($"MISS  {record.Id}  {m.Source} {m.Code} {m.Target}  «{record.Text}»");
                }

                foreach (var s in spurious)
                {
                    output.WriteLine($"EXTRA {record.Id}  {s.Source} {s.Code} {s.Target}  «{record.Text}»");
                }
            }
        }

        var c = CultureInfo.InvariantCulture;
        var skipped = suite.Records.Where(r => !r.Evaluate).ToList();
        if (skipped.Count > 0)
        {
            output.WriteLine(string.Create(c, $"skipped {skipped.Count} of {suite.Records.Count} records:"));
            foreach (var reason in skipped.GroupBy(r => Reason(r.SkipReason)).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal))
            {
                output.WriteLine(string.Create(c, $"  {reason.Count(),4}  {reason.Key}"));
            }
        }

        output.WriteLine(string.Create(c, $"records {records.Count}, expected codings {score.Expected}, coded {score.Coded}"));
        output.WriteLine(string.Create(c, $"true positives {score.TruePositives} ({score.Found:P1} of expected found), false positives {score.FalsePositives} ({score.FalseShare:P1} of coded), misses {score.Misses}"));
        output.WriteLine("by category    expected   tp    fp  miss");
        foreach (var (category, row) in score.ByCategory)
        {
            output.WriteLine(string.Create(c, $"  {category,-12} {row.Expected,8} {row.TruePositives,4} {row.FalsePositives,5} {row.Misses,5}"));
        }

        output.WriteLine("by root code   expected   tp    fp  miss");
        foreach (var (root, row) in score.ByRoot.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            output.WriteLine(string.Create(c, $"  {root,-12} {row.Expected,8} {row.TruePositives,4} {row.FalsePositives,5} {row.Misses,5}"));
        }

        return ExitCodes.Success;
    }

    /// <summary>The reason without the list of options a record sets, so that such records group.</summary>
    private static string Reason(string? reason) =>
        reason is null ? "marked evaluate=\"false\""
        : reason.StartsWith("sets options", StringComparison.Ordinal) ? "sets options"
        : reason;
}
