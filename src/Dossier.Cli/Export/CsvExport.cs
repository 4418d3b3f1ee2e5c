using System.Globalization;
using Dossier.Core.Output;

namespace Dossier.Cli.Export;

/// <summary>One table of the contract as RFC 4180 CSV (comma, double quotes, CRLF), with a header row.</summary>
internal static class CsvExport
{
    public static readonly string[] Tables = ["documents", "entities", "quotes", "amounts", "timeline"];

    public static void Write(TextWriter writer, DossierJson dossier, string table)
    {
        switch (table)
        {
            case "documents":
                Rows(writer, ["id", "source", "contentHash", "title", "published", "outlet", "originalOutlet", "url", "sentences"], dossier.Documents.Select(d =>
                    new[] { d.Id, d.Source, d.ContentHash, d.Title, d.Published, d.Outlet, d.OriginalOutlet, d.Url, Number(d.Sentences.Count) }));
                break;
            case "entities":
                Rows(writer, ["id", "name", "type", "actorCode", "description", "aliases", "mentions"], dossier.Entities.Select(e =>
                    new[] { e.Id, e.Name, e.Type, e.ActorCode, e.Description, string.Join("; ", e.Aliases), Number(e.Mentions.Count) }));
                break;
            case "quotes":
                Rows(writer, ["doc", "start", "end", "sentence", "kind", "speaker", "speakerEntity", "cue", "text"], dossier.Quotes.Select(q =>
                    new[] { q.Doc, Number(q.Start), Number(q.End), Number(q.Sentence), q.Kind, q.Speaker?.Name, q.Speaker?.Entity, q.Cue, q.Text }));
                break;
            case "amounts":
                Rows(writer, ["doc", "start", "end", "sentence", "value", "unit", "qualifier", "about", "text"], dossier.Amounts.Select(a =>
                    new[] { a.Doc, Number(a.Start), Number(a.End), Number(a.Sentence), a.Value.ToString("R", CultureInfo.InvariantCulture), a.Unit, a.Qualifier, a.About, a.Text }));
                break;
            case "timeline":
                Rows(writer, ["date", "doc", "sentence", "text"], dossier.Timeline.Select(t => new[] { t.Date, t.Doc, Number(t.Sentence), t.Text }));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(table), table, "not a CSV table");
        }
    }

    internal static string Field(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static void Rows(TextWriter writer, string[] header, IEnumerable<string?[]> rows)
    {
        writer.Write(string.Join(',', header));
        writer.Write("\r\n");
        foreach (var row in rows)
        {
            writer.Write(string.Join(',', row.Select(Field)));
            writer.Write("\r\n");
        }
    }
}
