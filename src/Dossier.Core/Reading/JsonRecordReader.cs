using System.Globalization;
using System.Text;
using System.Text.Json;
using Dossier.Core.Model;

namespace Dossier.Core.Reading;

/// <summary>
/// Reads article records from JSON (one object, or an array of objects) and JSON Lines. A record
/// needs <c>text</c> or <c>html</c> (text wins when both are given); <c>title</c>, <c>url</c>,
/// <c>published</c>, <c>outlet</c> and <c>id</c> are optional. A bad record or line is reported
/// and skipped; the rest of the file is read.
/// </summary>
internal static class JsonRecordReader
{
    private static readonly JsonDocumentOptions Options = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 };

    public static ReadResult ReadJson(InputFile file, string fileId, string text, List<Diagnostic> warnings)
    {
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(text, Options);
        }
        catch (JsonException ex)
        {
            return new ReadResult(file, [], [new InputProblem(file.Source, DiagnosticCodes.InvalidJson, $"invalid JSON: {ex.Message}")]);
        }

        using (json)
        {
            var documents = new List<RawDocument>();
            var problems = new List<InputProblem>();
            var root = json.RootElement;
            if (root.ValueKind == JsonValueKind.Object)
            {
                AddRecord(root, fileId, file.Source, warnings, documents, problems);
            }
            else if (root.ValueKind == JsonValueKind.Array)
            {
                var number = 0;
                foreach (var element in root.EnumerateArray())
                {
                    number++;
                    AddRecord(element, $"{fileId}-{number}", $"{file.Source}#{number}", warnings, documents, problems);
                }
            }
            else
            {
                problems.Add(new InputProblem(file.Source, DiagnosticCodes.InvalidJson, $"expected an object or an array of objects, found {root.ValueKind}"));
            }

            return new ReadResult(file, documents, problems);
        }
    }

    public static ReadResult ReadJsonLines(InputFile file, string fileId, string text, List<Diagnostic> warnings)
    {
        var documents = new List<RawDocument>();
        var problems = new List<InputProblem>();
        var lineNumber = 0;
        foreach (var range in text.AsSpan().Split('\n'))
        {
            lineNumber++;
            var line = text.AsSpan(range).Trim();
            if (line.IsEmpty)
            {
                continue;
            }

            var source = $"{file.Source}#{lineNumber}";
            try
            {
                using var json = JsonDocument.Parse(line.ToString(), Options);
                AddRecord(json.RootElement, $"{fileId}-{lineNumber}", source, warnings, documents, problems);
            }
            catch (JsonException ex)
            {
                problems.Add(new InputProblem(source, DiagnosticCodes.InvalidJson, $"line {lineNumber}: invalid JSON: {ex.Message}"));
            }
        }

        return new ReadResult(file, documents, problems);
    }

    private static void AddRecord(
        JsonElement record,
        string defaultId,
        string source,
        List<Diagnostic> fileWarnings,
        List<RawDocument> documents,
        List<InputProblem> problems)
    {
        if (record.ValueKind != JsonValueKind.Object)
        {
            problems.Add(new InputProblem(source, DiagnosticCodes.InvalidJson, $"expected a JSON object, found {record.ValueKind}"));
            return;
        }

        var warnings = new List<Diagnostic>(fileWarnings);
        var body = Field(record, "text", warnings);
        var format = InputFormat.PlainText;
        if (string.IsNullOrWhiteSpace(body))
        {
            body = Field(record, "html", warnings);
            format = InputFormat.Html;
        }

        if (string.IsNullOrWhiteSpace(body))
        {
            problems.Add(new InputProblem(source, DiagnosticCodes.RecordWithoutText, "the record has no non-empty \"text\" or \"html\" field"));
            return;
        }

        var id = Field(record, "id", warnings) is { Length: > 0 } given && IsSafeId(given) ? given : defaultId;
        var hints = new RecordHints(
            Title: Field(record, "title", warnings),
            Url: Field(record, "url", warnings),
            Published: Field(record, "published", warnings),
            Outlet: Field(record, "outlet", warnings));
        var hash = DocumentReader.Hash(Encoding.UTF8.GetBytes(record.GetRawText()));
        documents.Add(new RawDocument(id, source, hash, format, body, hints, warnings));
    }

    private static string? Field(JsonElement record, string name, List<Diagnostic> warnings)
    {
        if (!record.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.String)
        {
            return StringOf(value, name, warnings);
        }

        if (value.ValueKind == JsonValueKind.Number && name == "id")
        {
            return value.GetRawText();
        }

        warnings.Add(new Diagnostic(DiagnosticCodes.InvalidRecordField, $"field \"{name}\" should be a string but is {value.ValueKind}; ignored"));
        return null;
    }

    // GetString throws on an escaped unpaired surrogate ("\ud800"), which truncated or badly
    // escaped scrapes do contain; such a string is unescaped here with U+FFFD in its place.
    private static string StringOf(JsonElement value, string name, List<Diagnostic> warnings)
    {
        try
        {
            return value.GetString()!;
        }
        catch (InvalidOperationException)
        {
            warnings.Add(new Diagnostic(DiagnosticCodes.UnpairedSurrogate, $"field \"{name}\" holds an escaped unpaired surrogate; replaced with U+FFFD"));
            return UnescapeLenient(value.GetRawText());
        }
    }

    private static string UnescapeLenient(string quoted)
    {
        var chars = new StringBuilder(quoted.Length);
        for (var i = 1; i < quoted.Length - 1; i++)
        {
            var c = quoted[i];
            if (c != '\\')
            {
                chars.Append(c);
                continue;
            }

            var escaped = quoted[++i];
            switch (escaped)
            {
                case 'b': chars.Append('\b'); break;
                case 'f': chars.Append('\f'); break;
                case 'n': chars.Append('\n'); break;
                case 'r': chars.Append('\r'); break;
                case 't': chars.Append('\t'); break;
                case 'u':
                    chars.Append((char)int.Parse(quoted.AsSpan(i + 1, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                    i += 4;
                    break;
                default: chars.Append(escaped); break;
            }
        }

        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(chars[i]))
            {
                chars[i] = '\uFFFD';
            }
        }

        return chars.ToString();
    }

    private static bool IsSafeId(string id) => id.Length <= 200 && id.All(c => char.IsLetterOrDigit(c) || c is '-' or '_' or '.');
}
