using System.Text.Json;
using System.Text.Json.Serialization;
using Dossier.Core.Events;
using Dossier.Core.Output;

namespace Dossier.Cli.Export;

/// <summary>
/// Event records as PLOVER JSON (field names of the PLOVER manual and its gold-standard records):
/// a JSON array, one object per record that has a PLOVER type. CAMEO 01 and 02 (statements and
/// appeals) have none, since PLOVER dropped those categories, so they are left out.
/// </summary>
internal static class PloverExport
{
    private static readonly JsonSerializerOptions Options = new(DossierJsonWriter.Options)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        PropertyNamingPolicy = null,
    };

    public static void Write(TextWriter writer, DossierJson dossier)
    {
        var documents = dossier.Documents.ToDictionary(d => d.Id, StringComparer.Ordinal);
        var records = new List<PloverRecord>();
        var number = 0;
        foreach (var e in dossier.Events)
        {
            number++;
            if (e.Plover is null)
            {
                continue;
            }

            var first = e.Evidence.Count > 0 && documents.TryGetValue(e.Evidence[0].Doc, out var doc) ? (doc, e.Evidence[0].Sentence) : default;
            records.Add(new PloverRecord(
                $"dossier-{number:D6}",
                e.Date,
                Actors(e.Source),
                e.Target is { } target ? Actors(target) : [],
                e.Plover,
                e.PloverMode,
                PloverMap.Default.Find(e.Cameo)?.Context ?? [],
                first.doc is { } d ? SentenceText(d, first.Sentence) : null,
                e.Location is { } l ? new PloverLocation(l.Name, l.Country, l.Lat, l.Lon) : null,
                e.Cameo,
                e.Mode,
                [.. e.Evidence.Select(c => Source(documents, c))]));
        }

        writer.Write(JsonSerializer.Serialize(records, Options));
        writer.Write('\n');
    }

    private static IReadOnlyList<PloverActor> Actors(EventActorJson actor) => [new(actor.Name, actor.ActorCode, actor.Entity)];

    private static string? SentenceText(DocumentJson document, int sentence) =>
        sentence >= 0 && sentence < document.Sentences.Count
            ? document.Text[document.Sentences[sentence].Start..document.Sentences[sentence].End]
            : null;

    private static PloverSource Source(Dictionary<string, DocumentJson> documents, CitationJson citation) =>
        documents.TryGetValue(citation.Doc, out var document)
            ? new PloverSource(citation.Doc, citation.Sentence, document.Outlet, document.Url, document.Published)
            : new PloverSource(citation.Doc, citation.Sentence, null, null, null);

    private sealed record PloverRecord(
        [property: JsonPropertyName("id")] string Id,
        [property: JsonPropertyName("date")] string? Date,
        [property: JsonPropertyName("source")] IReadOnlyList<PloverActor> Source,
        [property: JsonPropertyName("target")] IReadOnlyList<PloverActor> Target,
        [property: JsonPropertyName("event")] string Event,
        [property: JsonPropertyName("mode")] string? Mode,
        [property: JsonPropertyName("context")] IReadOnlyList<string> Context,
        [property: JsonPropertyName("text")] string? Text,
        [property: JsonPropertyName("eventLoc")] PloverLocation? EventLoc,
        [property: JsonPropertyName("cameo")] string Cameo,
        [property: JsonPropertyName("reportMode")] string ReportMode,
        [property: JsonPropertyName("sources")] IReadOnlyList<PloverSource> Sources);

    private sealed record PloverActor(
        [property: JsonPropertyName("actorText")] string? ActorText,
        [property: JsonPropertyName("code")] string? Code,
        [property: JsonPropertyName("entity")] string? Entity);

    private sealed record PloverLocation(
        [property: JsonPropertyName("name")] string Name,
        [property: JsonPropertyName("countryCode")] string? CountryCode,
        [property: JsonPropertyName("lat")] double? Lat,
        [property: JsonPropertyName("lon")] double? Lon);

    private sealed record PloverSource(
        [property: JsonPropertyName("doc")] string Doc,
        [property: JsonPropertyName("sentence")] int Sentence,
        [property: JsonPropertyName("publication")] string? Publication,
        [property: JsonPropertyName("url")] string? Url,
        [property: JsonPropertyName("date")] string? Date);
}
