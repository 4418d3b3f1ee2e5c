using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Dossier.Core.Tests.Properties;

/// <summary>
/// Checks a dossier.json against the dossier/1 contract (/work/shared/design/dossier-json.md,
/// docs/dossier-json.md): required fields and their types, enumerated values, date formats, spans
/// inside their document's text, and every reference (doc, sentence, entity) resolvable.
/// </summary>
internal static partial class DossierContract
{
    private static readonly HashSet<string> EntityTypes = ["person", "organization", "country", "location", "other"];
    private static readonly HashSet<string> QuoteKinds = ["direct", "partial", "indirect", "belief", "intention", "finding"];
    private static readonly HashSet<string> RemovedKinds = ["caption", "comments", "related", "editorNote", "copyright", "byline", "dateline", "title", "navigation", "other"];

    public static IReadOnlyList<string> Violations(JsonNode dossier)
    {
        var errors = new List<string>();
        if ((string?)dossier["schema"] != "dossier/1")
        {
            errors.Add("schema is not dossier/1");
        }

        Require(errors, dossier["generator"]?["name"] is JsonValue && dossier["generator"]?["version"] is JsonValue, "generator.name and generator.version");
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        var sentenceCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var doc in Array(dossier, "documents", errors))
        {
            var id = String(doc, "id", errors, "document");
            var text = String(doc, "text", errors, $"document {id}");
            Require(errors, texts.TryAdd(id, text), $"document id {id} is unique");
            String(doc, "source", errors, $"document {id}");
            Require(errors, String(doc, "contentHash", errors, $"document {id}").StartsWith("sha256:", StringComparison.Ordinal), $"document {id} contentHash starts with sha256:");
            if (doc["published"] is JsonValue published)
            {
                Require(errors, IsoDate().IsMatch((string)published!), $"document {id} published '{published}' is ISO 8601");
            }

            foreach (var removed in Array(doc, "removed", errors))
            {
                Require(errors, RemovedKinds.Contains(String(removed, "kind", errors, "removed")), $"document {id} removed kind '{removed["kind"]}' is in the contract");
            }

            var previousEnd = 0;
            var sentences = Array(doc, "sentences", errors).ToList();
            foreach (var sentence in sentences)
            {
                var (start, end) = Span(sentence, text, errors, $"document {id} sentence");
                Require(errors, start >= previousEnd, $"document {id} sentences sorted and non-overlapping at {start}");
                previousEnd = end;
            }

            sentenceCounts[id] = sentences.Count;
            foreach (var warning in Array(doc, "warnings", errors))
            {
                Require(errors, DiagnosticSuffix().IsMatch((string?)warning ?? string.Empty), $"document {id} warning '{warning}' ends with its code");
            }
        }

        var entityIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entity in Array(dossier, "entities", errors))
        {
            var id = String(entity, "id", errors, "entity");
            Require(errors, entityIds.Add(id), $"entity id {id} is unique");
            String(entity, "name", errors, $"entity {id}");
            Require(errors, EntityTypes.Contains(String(entity, "type", errors, $"entity {id}")), $"entity {id} type is in the contract");
            foreach (var mention in Array(entity, "mentions", errors))
            {
                SpanIn(mention, texts, errors, $"entity {id} mention");
            }
        }

        foreach (var quote in Array(dossier, "quotes", errors))
        {
            var (doc, start, end) = SpanIn(quote, texts, errors, "quote");
            if (doc is not null && start < end)
            {
                Require(errors, (string?)quote["text"] == texts[doc][start..end], $"quote text equals its span in {doc} at {start}");
            }

            Require(errors, QuoteKinds.Contains((string?)quote["kind"] ?? string.Empty), $"quote kind '{quote["kind"]}' is in the contract");
            if (quote["speaker"]?["entity"] is JsonValue speaker)
            {
                Require(errors, entityIds.Contains((string)speaker!), $"quote speaker entity '{speaker}' resolves");
            }
        }

        foreach (var amount in Array(dossier, "amounts", errors))
        {
            var (doc, start, end) = SpanIn(amount, texts, errors, "amount");
            if (doc is not null && start < end)
            {
                Require(errors, (string?)amount["text"] == texts[doc][start..end], $"amount text equals its span in {doc} at {start}");
            }
        }

        foreach (var item in Array(dossier, "timeline", errors))
        {
            Require(errors, IsoDate().IsMatch((string?)item["date"] ?? string.Empty), $"timeline date '{item["date"]}' is ISO 8601");
            Cited(item, sentenceCounts, errors, "timeline item");
        }

        foreach (var ev in Array(dossier, "events", errors))
        {
            foreach (var evidence in Array(ev, "evidence", errors))
            {
                Cited(evidence, sentenceCounts, errors, "event evidence");
            }
        }

        foreach (var story in Array(dossier, "stories", errors))
        {
            foreach (var doc in Array(story, "documents", errors))
            {
                Require(errors, texts.ContainsKey((string?)doc ?? string.Empty), $"story document '{doc}' resolves");
            }

            foreach (var statement in new[] { "summary", "agreements", "exclusives" }.SelectMany(k => Array(story, k, errors)))
            {
                foreach (var citation in Array(statement, "citations", errors))
                {
                    Cited(citation, sentenceCounts, errors, "story citation");
                }
            }

            foreach (var claim in Array(story, "conflicts", errors).SelectMany(c => Array(c, "claims", errors)))
            {
                Cited(claim, sentenceCounts, errors, "conflict claim");
            }

            foreach (var framing in Array(story, "framing", errors))
            {
                SpanIn(framing, texts, errors, "framing");
            }
        }

        return errors;
    }

    private static void Cited(JsonNode node, Dictionary<string, int> sentenceCounts, List<string> errors, string what)
    {
        var doc = (string?)node["doc"] ?? string.Empty;
        var sentence = node["sentence"] is JsonValue value ? (int)value : -1;
        Require(errors, sentenceCounts.TryGetValue(doc, out var count) && sentence >= 0 && sentence < count, $"{what} ({doc}, sentence {sentence}) resolves");
    }

    private static (string? Doc, int Start, int End) SpanIn(JsonNode node, Dictionary<string, string> texts, List<string> errors, string what)
    {
        var doc = (string?)node["doc"];
        if (doc is null || !texts.TryGetValue(doc, out var text))
        {
            errors.Add($"{what} document '{doc}' resolves");
            return (null, 0, 0);
        }

        var (start, end) = Span(node, text, errors, $"{what} in {doc}");
        return (doc, start, end);
    }

    private static (int Start, int End) Span(JsonNode node, string text, List<string> errors, string what)
    {
        var start = node["start"] is JsonValue s ? (int)s : -1;
        var end = node["end"] is JsonValue e ? (int)e : -1;
        var inside = start >= 0 && start <= end && end <= text.Length;
        Require(errors, inside, $"{what} [{start}, {end}) lies inside a text of {text.Length} chars");
        return inside ? (start, end) : (0, 0);
    }

    private static IEnumerable<JsonNode> Array(JsonNode node, string name, List<string> errors)
    {
        if (node[name] is JsonArray array)
        {
            return array.Select(item => item!);
        }

        errors.Add($"'{name}' is an array");
        return [];
    }

    private static string String(JsonNode node, string name, List<string> errors, string what)
    {
        if (node[name] is JsonValue value && value.TryGetValue<string>(out var text))
        {
            return text;
        }

        errors.Add($"{what}: '{name}' is a string");
        return string.Empty;
    }

    private static void Require(List<string> errors, bool condition, string what)
    {
        if (!condition)
        {
            errors.Add("expected: " + what);
        }
    }

    [GeneratedRegex(@"^\d{4}(?:-\d{2}(?:-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?)?)?)?$|^\d{4}-W\d{2}$")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"\([A-Z]{3}\d{3}\)$")]
    private static partial Regex DiagnosticSuffix();
}
