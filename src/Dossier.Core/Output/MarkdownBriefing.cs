using System.Globalization;
using System.Text;

namespace Dossier.Core.Output;

/// <summary>Renders the dossier as a readable Markdown briefing; every statement carries its citation.</summary>
public static class MarkdownBriefing
{
    public static string Render(DossierJson dossier, int maxEntities = 40, int maxQuotes = 60, int maxTimeline = 80, int maxEvents = 80)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        var md = new StringBuilder();
        var titles = dossier.Documents.ToDictionary(d => d.Id, d => d.Title ?? d.Id, StringComparer.Ordinal);
        Line(md, $"# Dossier: {Plural(dossier.Documents.Count, "document")}");
        Line(md);
        Line(md, $"{Plural(dossier.Entities.Count, "entity", "entities")}, {Plural(dossier.Quotes.Count, "quote")}, {Plural(dossier.Timeline.Count, "dated statement")}, {Plural(dossier.Amounts.Count, "amount")}, {Plural(dossier.Events.Count, "event")}. Citations read `[document:sentence]`.");

        foreach (var story in dossier.Stories)
        {
            Line(md);
            Line(md, $"## Story: {Escape(story.Title)}");
            Line(md);
            Line(md, $"Sources: {string.Join(", ", story.Documents.Select(d => Escape(titles.GetValueOrDefault(d, d))))}");
            Statements(md, "Summary", story.Summary);
            Statements(md, "Reported by several sources", story.Agreements);
            Statements(md, "Reported by one source only", story.Exclusives);
            Conflicts(md, story.Conflicts);
            Framing(md, story.Framing);
        }

        Line(md);
        Line(md, "## Sources");
        Line(md);
        Line(md, "| id | title | outlet | published | authors | re-posted from |");
        Line(md, "| --- | --- | --- | --- | --- | --- |");
        foreach (var d in dossier.Documents)
        {
            Line(md, $"| {Cell(d.Id)} | {Cell(d.Title)} | {Cell(d.Outlet)} | {Cell(d.Published)} | {Cell(string.Join(", ", d.Authors))} | {Cell(d.OriginalOutlet)} |");
        }

        if (dossier.Entities.Count > 0)
        {
            Line(md);
            Line(md, "## People, organisations and places");
            Line(md);
            Line(md, "| name | type | actor code | mentions | documents | also called | description |");
            Line(md, "| --- | --- | --- | --- | --- | --- | --- |");
            foreach (var e in dossier.Entities.Take(maxEntities))
            {
                var docs = e.Mentions.Select(m => m.Doc).Distinct(StringComparer.Ordinal).Count();
                Line(md, $"| {Cell(e.Name)} | {e.Type} | {Cell(e.ActorCode)} | {e.Mentions.Count} | {docs} | {Cell(string.Join(", ", e.Aliases))} | {Cell(e.Description)} |");
            }

            More(md, dossier.Entities.Count, maxEntities, "entities");
        }

        if (dossier.Quotes.Count > 0)
        {
            Line(md);
            Line(md, "## Who said what");
            foreach (var q in dossier.Quotes.Take(maxQuotes))
            {
                var speaker = q.Speaker is null ? "unattributed" : SpeakerLabel.Of(q.Speaker, "{0} ({1})");
                Line(md);
                Line(md, $"> {Escape(Flatten(q.Text))}");
                Line(md);
                Line(md, $"— **{Escape(speaker)}**, {q.Kind}{(q.Cue is null ? string.Empty : $", “{Escape(q.Cue)}”")} [{q.Doc}:{q.Sentence}]");
            }

            More(md, dossier.Quotes.Count, maxQuotes, "quotes");
        }

        if (dossier.Timeline.Count > 0)
        {
            Line(md);
            Line(md, "## Timeline");
            Line(md);
            foreach (var t in dossier.Timeline.Take(maxTimeline))
            {
                Line(md, $"- **{t.Date}**: {Escape(Flatten(t.Text))} [{t.Doc}:{t.Sentence}]");
            }

            More(md, dossier.Timeline.Count, maxTimeline, "dated statements");
        }

        if (dossier.Events.Count > 0)
        {
            Line(md);
            Line(md, "## Events");
            Line(md);
            Line(md, "| date | source | action | target | place | evidence |");
            Line(md, "| --- | --- | --- | --- | --- | --- |");
            foreach (var e in dossier.Events.Take(maxEvents))
            {
                var evidence = string.Concat(e.Evidence.Select(c => $"[{c.Doc}:{c.Sentence}]"));
                Line(md, $"| {Cell(e.Date)} | {Cell(EventLabels.Actor(e.Source))} | {Cell(EventLabels.Action(e))} | {Cell(EventLabels.Actor(e.Target))} | {Cell(EventLabels.Place(e.Location))} | {Cell(evidence)} |");
            }

            More(md, dossier.Events.Count, maxEvents, "events");
        }

        if (dossier.Amounts.Count > 0)
        {
            Line(md);
            Line(md, "## Amounts");
            Line(md);
            foreach (var a in dossier.Amounts)
            {
                var value = string.Join(' ', new[] { a.Qualifier, a.Value.ToString("#,0.##", CultureInfo.InvariantCulture), a.Unit }.Where(p => p is not null));
                var about = a.About is null ? string.Empty : $" ({Escape(a.About)})";
                Line(md, $"- {Escape(a.Text)}: {value}{about} [{a.Doc}:{a.Sentence}]");
            }
        }

        var warnings = dossier.Documents.Where(d => d.Warnings.Count > 0).ToList();
        if (warnings.Count > 0)
        {
            Line(md);
            Line(md, "## Warnings");
            Line(md);
            foreach (var d in warnings)
            {
                foreach (var w in d.Warnings)
                {
                    Line(md, $"- {d.Id}: {Escape(w)}");
                }
            }
        }

        return md.ToString();
    }

    private static void Statements(StringBuilder md, string heading, IReadOnlyList<CitedStatementJson> statements)
    {
        if (statements.Count == 0)
        {
            return;
        }

        Line(md);
        Line(md, $"### {heading}");
        Line(md);
        foreach (var s in statements)
        {
            Line(md, $"- {Escape(Flatten(s.Text))} {string.Concat(s.Citations.Select(c => $"[{c.Doc}:{c.Sentence}]"))}");
        }
    }

    private static void Conflicts(StringBuilder md, IReadOnlyList<ConflictJson> conflicts)
    {
        if (conflicts.Count == 0)
        {
            return;
        }

        Line(md);
        Line(md, "### Numbers that disagree");
        Line(md);
        foreach (var c in conflicts)
        {
            Line(md, $"- {Escape(c.About)}: {string.Join("; ", c.Claims.Select(k => $"{Escape(Flatten(k.Value))} [{k.Doc}:{k.Sentence}]"))}");
        }
    }

    private static void Framing(StringBuilder md, IReadOnlyList<FramingJson> framing)
    {
        if (framing.Count == 0)
        {
            return;
        }

        Line(md);
        Line(md, "### Loaded wording");
        Line(md);
        foreach (var f in framing)
        {
            Line(md, $"- “{Escape(Flatten(f.Text))}” ({f.Kind}) [{f.Doc}] — {Escape(Flatten(f.Note))}");
        }
    }

    private static void More(StringBuilder md, int total, int shown, string what)
    {
        if (total > shown)
        {
            Line(md);
            Line(md, $"…and {total - shown} more {what} in dossier.json.");
        }
    }

    private static string Plural(int n, string one, string? many = null) =>
        string.Create(CultureInfo.InvariantCulture, $"{n} {(n == 1 ? one : many ?? one + "s")}");

    private static string Flatten(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static string Cell(string? text) => text is null ? "—" : Escape(Flatten(text)).Replace("|", "\\|", StringComparison.Ordinal);

    // Keeps source text from being read as Markdown markup.
    private static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '#')
            {
                sb.Append('\\');
            }

            sb.Append(c);
        }

        return sb.ToString();
    }

    private static void Line(StringBuilder md, string text = "") => md.Append(text).Append('\n');
}
