using System.Text;
using System.Text.Json;

namespace Dossier.Cli.Tag;

/// <summary>One JSON object on one line, as the tag tasks print them.</summary>
internal static class JsonLine
{
    public static string Of(Action<Utf8JsonWriter> writeProperties)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writeProperties(writer);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}
