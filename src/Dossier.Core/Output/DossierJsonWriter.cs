using System.Text.Encodings.Web;
using System.Text.Json;

namespace Dossier.Core.Output;

/// <summary>Serialises the contract: camelCase, indented, non-ASCII kept readable.</summary>
public static class DossierJsonWriter
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        IndentSize = 2,
    };

    public static string Serialize(DossierJson dossier) => JsonSerializer.Serialize(dossier, Options);

    public static void Write(Stream stream, DossierJson dossier) => JsonSerializer.Serialize(stream, dossier, Options);
}
