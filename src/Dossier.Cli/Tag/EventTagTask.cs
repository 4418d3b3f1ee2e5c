using Dossier.Cli.Eval;
using Dossier.Core.Events;

namespace Dossier.Cli.Tag;

/// <summary>
/// <c>dossier tag --task events [--format auto|petr|tabari] FILE… [--dictionaries DIR]</c>: one JSON object per
/// line per coded event, <c>{"id","source","target","code"}</c>, for the records of validation suites.
/// </summary>
internal sealed class EventTagTask(Func<string?> dictionaryFolder) : ITagTask
{
    public string Name => "events";

    public IReadOnlyList<string> Formats => EventSuite.Formats;

    public int Run(IReadOnlyList<string> files, string format, TextWriter output, TextWriter error)
    {
        var status = ExitCodes.Success;
        foreach (var file in files)
        {
            var suite = EventSuite.Load(file, format, dictionaryFolder(), error, "dossier tag");
            if (suite is null)
            {
                status = ExitCodes.NothingAnalysed;
                continue;
            }

            var coder = new RecordCoder(suite.Dictionaries);
            foreach (var record in suite.Records)
            {
                foreach (var coding in coder.Codings(record))
                {
                    output.WriteLine(Line(record.Id, coding));
                }
            }
        }

        return status;
    }

    private static string Line(string id, ExpectedCoding coding) => JsonLine.Of(writer =>
    {
        writer.WriteString("id", id);
        writer.WriteString("source", coding.Source);
        writer.WriteString("target", coding.Target);
        writer.WriteString("code", coding.Code);
    });
}
