using System.Globalization;
using System.Xml.Linq;
using Dossier.Core.Actors;

namespace Dossier.Core.Events;

/// <summary>
/// Reads PETRARCH validation records (PETRARCH-2 <c>PETR.UnitTest.records.xml</c> and UD-PETRARCH
/// 2.02 <c>PETR_Validate_records_2_02.xml</c>): <c>&lt;Sentence id date category&gt;</c> elements with
/// <c>&lt;EventCoding sourcecode targetcode eventcode/&gt;</c> (or <c>noevents="True"</c>) and
/// <c>&lt;Text&gt;</c>; the parses are not read. The <c>&lt;Environment&gt;</c> names the dictionaries.
/// </summary>
public static class PetrRecordReader
{
    public static (IReadOnlyList<CodingRecord> Records, SuiteDictionaryFiles Files) ReadFile(string path)
    {
        var document = XDocument.Load(path);
        var records = new List<CodingRecord>();
        foreach (var sentence in document.Descendants("Sentence"))
        {
            var text = sentence.Element("Text")?.Value;
            if (text is null)
            {
                continue;
            }

            var expected = sentence.Elements("EventCoding")
                .Where(e => e.Attribute("eventcode") is not null)
                .Select(e => new ExpectedCoding(Attribute(e, "sourcecode"), Attribute(e, "targetcode"), Attribute(e, "eventcode")))
                .ToList();
            DateOnly? date = DictionaryLines.TryParseDate(Attribute(sentence, "date"), out var day) ? day : null;
            var evaluate = !string.Equals(Attribute(sentence, "evaluate"), "false", StringComparison.OrdinalIgnoreCase);
            var normalized = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            records.Add(new CodingRecord(Attribute(sentence, "id"), Attribute(sentence, "category"), date, normalized, expected, evaluate));
        }

        var environment = document.Descendants("Environment").FirstOrDefault();
        var files = new SuiteDictionaryFiles(
            environment?.Element("Verbfile")?.Value.Trim(),
            environment?.Elements("Actorfile").Select(e => e.Value.Trim()).ToList() ?? [],
            environment?.Element("Agentfile")?.Value.Trim(),
            environment?.Element("Discardfile")?.Value.Trim());
        return (records, files);
    }

    private static string Attribute(XElement element, string name) =>
        element.Attribute(name)?.Value.Trim().Trim('"').ToString(CultureInfo.InvariantCulture) ?? string.Empty;
}
