using System.Text;
using System.Xml;

namespace Dossier.Core.Recognition.TimeMl;

/// <summary>Reads TimeML (<c>.tml</c>) files as TempEval-3 distributes them.</summary>
public static class TimeMlReader
{
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Ignore,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
    };

    public static TimeMlDocument ReadFile(string path)
    {
        using var stream = File.OpenRead(path);
        return Read(stream, Path.GetFileNameWithoutExtension(path));
    }

    public static TimeMlDocument Read(Stream stream, string id)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var reader = XmlReader.Create(stream, Settings);
        var text = new StringBuilder();
        var timexes = new List<TimeMlTimex>();
        string? creationTime = null;
        var inText = false;
        var inDct = false;
        var textDepth = -1;
        (int Start, string Type, string Value)? open = null;
        while (reader.Read())
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element when reader.LocalName == "TEXT":
                    inText = !reader.IsEmptyElement;
                    textDepth = reader.Depth;
                    break;
                case XmlNodeType.Element when reader.LocalName == "DCT":
                    inDct = !reader.IsEmptyElement;
                    break;
                case XmlNodeType.Element when reader.LocalName == "TIMEX3" && inDct:
                    creationTime ??= reader.GetAttribute("value");
                    break;
                case XmlNodeType.Element when reader.LocalName == "TIMEX3" && inText && !reader.IsEmptyElement:
                    open = (text.Length, reader.GetAttribute("type") ?? string.Empty, reader.GetAttribute("value") ?? string.Empty);
                    break;
                case XmlNodeType.EndElement when reader.LocalName == "TIMEX3" && open is { } timex:
                    timexes.Add(new TimeMlTimex(timex.Start, text.Length, text.ToString(timex.Start, text.Length - timex.Start), timex.Type, timex.Value));
                    open = null;
                    break;
                case XmlNodeType.EndElement when reader.LocalName == "DCT":
                    inDct = false;
                    break;
                case XmlNodeType.EndElement when reader.LocalName == "TEXT" && reader.Depth == textDepth:
                    inText = false;
                    break;
                case XmlNodeType.Text or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace or XmlNodeType.CDATA when inText:
                    text.Append(reader.Value);
                    break;
                default:
                    break;
            }
        }

        return new TimeMlDocument(id, text.ToString(), creationTime, timexes);
    }
}
