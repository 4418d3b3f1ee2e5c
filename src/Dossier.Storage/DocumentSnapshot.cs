using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Dossier.Core.Model;

namespace Dossier.Storage;

/// <summary>
/// Saves a <see cref="Document"/> with every layer the document steps gave it, and restores it so
/// the corpus steps can run again without re-analysing. Public settable layers are found by the
/// serializer, so a layer added to <see cref="Document"/> later is stored without a change here.
/// </summary>
public static class DocumentSnapshot
{
    internal static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(), new TextSpanConverter(), new TokenConverter() },
    };

    public static string Save(Document document) => JsonSerializer.Serialize(document, Options);

    /// <summary>Restores a saved document, optionally under another id.</summary>
    public static Document Restore(string json, string? id = null)
    {
        var node = JsonNode.Parse(json) as JsonObject ?? throw new JsonException("A document snapshot must be a JSON object.");
        var raw = node["raw"] as JsonObject ?? throw new JsonException("A document snapshot has no 'raw' object.");

        // Warnings added by steps live on the document, not on its raw input; the constructor
        // starts from the raw warnings, so hand it the full list.
        raw["warnings"] = node["warnings"]?.DeepClone() ?? new JsonArray();
        if (id is not null)
        {
            raw["id"] = id;
        }

        return node.Deserialize<Document>(Options) ?? throw new JsonException("A document snapshot is null.");
    }

    /// <summary>The same document under another id, with every layer kept.</summary>
    public static Document WithId(Document document, string id) => Restore(Save(document), id);

    // Spans are stored as [start, end]: there are thousands per document.
    private sealed class TextSpanConverter : JsonConverter<TextSpan>
    {
        public override TextSpan Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            Expect(ref reader, JsonTokenType.StartArray);
            var start = ReadInt(ref reader);
            var end = ReadInt(ref reader);
            Expect(ref reader, JsonTokenType.EndArray, advance: true);
            return new TextSpan(start, end);
        }

        public override void Write(Utf8JsonWriter writer, TextSpan value, JsonSerializerOptions options)
        {
            writer.WriteStartArray();
            writer.WriteNumberValue(value.Start);
            writer.WriteNumberValue(value.End);
            writer.WriteEndArray();
        }
    }

    // Tokens are stored as [start, end, "Kind"].
    private sealed class TokenConverter : JsonConverter<Token>
    {
        public override Token Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            Expect(ref reader, JsonTokenType.StartArray);
            var start = ReadInt(ref reader);
            var end = ReadInt(ref reader);
            if (!reader.Read() || reader.TokenType != JsonTokenType.String || !Enum.TryParse<TokenKind>(reader.GetString(), out var kind))
            {
                throw new JsonException("A token's third element must be a token kind.");
            }

            Expect(ref reader, JsonTokenType.EndArray, advance: true);
            return new Token(new TextSpan(start, end), kind);
        }

        public override void Write(Utf8JsonWriter writer, Token value, JsonSerializerOptions options)
        {
            writer.WriteStartArray();
            writer.WriteNumberValue(value.Span.Start);
            writer.WriteNumberValue(value.Span.End);
            writer.WriteStringValue(value.Kind.ToString());
            writer.WriteEndArray();
        }
    }

    private static int ReadInt(ref Utf8JsonReader reader)
    {
        if (!reader.Read() || reader.TokenType != JsonTokenType.Number)
        {
            throw new JsonException("Expected a number in a span.");
        }

        return reader.GetInt32();
    }

    private static void Expect(ref Utf8JsonReader reader, JsonTokenType type, bool advance = false)
    {
        if ((advance && !reader.Read()) || reader.TokenType != type)
        {
            throw new JsonException($"Expected {type} in a span.");
        }
    }
}
