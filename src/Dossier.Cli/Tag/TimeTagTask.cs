using System.Xml;
using Dossier.Core.Recognition.TimeMl;

namespace Dossier.Cli.Tag;

/// <summary>
/// <c>dossier tag --task time --format timeml FILE…</c>: one JSON object per line per time
/// expression found, with offsets into the text content of the file's <c>&lt;TEXT&gt;</c>.
/// </summary>
internal sealed class TimeTagTask : ITagTask
{
    public string Name => "time";

    public IReadOnlyList<string> Formats { get; } = ["timeml"];

    public int Run(IReadOnlyList<string> files, string format, TextWriter output, TextWriter error)
    {
        var status = ExitCodes.Success;
        foreach (var file in files)
        {
            TimeMlDocument document;
            try
            {
                document = TimeMlReader.ReadFile(file);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or XmlException)
            {
                error.WriteLine($"dossier tag: {file}: {e.Message}");
                status = ExitCodes.NothingAnalysed;
                continue;
            }

            foreach (var timex in TimeMlTagger.Tag(document))
            {
                output.WriteLine(Line(file, timex));
            }
        }

        return status;
    }

    private static string Line(string file, TimeMlTimex timex) => JsonLine.Of(writer =>
    {
        writer.WriteString("file", file);
        writer.WriteNumber("start", timex.Start);
        writer.WriteNumber("end", timex.End);
        writer.WriteString("text", timex.Text);
        writer.WriteString("type", timex.Type);
        writer.WriteString("value", timex.Value);
    });
}
