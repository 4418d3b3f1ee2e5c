using System.Globalization;
using System.Net;
using System.Text;

namespace Dossier.Core.Output;

/// <summary>
/// Renders the dossier as one self-contained HTML page (inline styles, no scripts or external
/// assets). Each article's text is shown sentence by sentence with anchors, and every citation
/// links to the sentence it cites.
/// </summary>
public static class HtmlPage
{
    private const string Style = """
        body{font:15px/1.5 system-ui,sans-serif;max-width:62rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b}
        h1{font-size:1.6rem}h2{border-bottom:1px solid #ddd;padding-bottom:.2rem;margin-top:2rem}
        table{border-collapse:collapse;width:100%;font-size:.9rem}td,th{border:1px solid #ddd;padding:.3rem .5rem;text-align:left;vertical-align:top}
        blockquote{margin:.8rem 0 .2rem;padding:.2rem .8rem;border-left:4px solid #8aa}
        .who{margin:0 0 .8rem 1.2rem;color:#444}.cite{font-size:.8rem;text-decoration:none;color:#06c;margin-left:.2rem}
        .s:target{background:#fff3b0}.muted{color:#666}details{margin:.5rem 0}summary{cursor:pointer;font-weight:600}
        .removed{color:#666;font-size:.85rem;white-space:pre-wrap}
        """;

    public static string Render(DossierJson dossier)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        var titles = dossier.Documents.ToDictionary(d => d.Id, d => d.Title ?? d.Id, StringComparer.Ordinal);
        var html = new StringBuilder();
        html.Append("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">");
        html.Append("<title>Dossier</title><style>").Append(Style).Append("</style></head><body>\n");
        html.Append(CultureInfo.InvariantCulture, $"<h1>Dossier: {dossier.Documents.Count} documents</h1>\n");
        html.Append(CultureInfo.InvariantCulture, $"<p class=\"muted\">{dossier.Entities.Count} entities · {dossier.Quotes.Count} quotes · {dossier.Timeline.Count} dated statements · {dossier.Amounts.Count} amounts · {dossier.Events.Count} events</p>\n");

        foreach (var story in dossier.Stories)
        {
            html.Append("<h2>Story: ").Append(E(story.Title)).Append("</h2>\n<p>Sources: ");
            html.Append(string.Join(", ", story.Documents.Select(d => $"<a href=\"#doc-{E(d)}\">{E(titles.GetValueOrDefault(d, d))}</a>")));
            html.Append("</p>\n");
            Statements(html, "Summary", story.Summary);
            Statements(html, "Reported by several sources", story.Agreements);
            Statements(html, "Reported by one source only", story.Exclusives);
            Conflicts(html, story.Conflicts);
            Framing(html, story.Framing);
        }

        html.Append("<h2>Sources</h2>\n<table><tr><th>title</th><th>outlet</th><th>published</th><th>authors</th><th>re-posted from</th></tr>\n");
        foreach (var d in dossier.Documents)
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr><td><a href=\"#doc-{E(d.Id)}\">{E(d.Title ?? d.Id)}</a></td><td>{E(d.Outlet)}</td><td>{E(d.Published)}</td><td>{E(string.Join(", ", d.Authors))}</td><td>{E(d.OriginalOutlet)}</td></tr>\n");
        }

        html.Append("</table>\n");

        if (dossier.Entities.Count > 0)
        {
            html.Append("<h2>People, organisations and places</h2>\n<table><tr><th>name</th><th>type</th><th>actor code</th><th>mentions</th><th>also called</th><th>description</th></tr>\n");
            foreach (var e in dossier.Entities)
            {
                html.Append(CultureInfo.InvariantCulture, $"<tr><td>{E(e.Name)}</td><td>{E(e.Type)}</td><td>{E(e.ActorCode)}</td><td>{e.Mentions.Count}</td><td>{E(string.Join(", ", e.Aliases))}</td><td>{E(e.Description)}</td></tr>\n");
            }

            html.Append("</table>\n");
        }

        if (dossier.Quotes.Count > 0)
        {
            html.Append("<h2>Who said what</h2>\n");
            foreach (var q in dossier.Quotes)
            {
                var speaker = q.Speaker is null ? "unattributed" : SpeakerLabel.Of(q.Speaker, "{0}, {1}");
                html.Append("<blockquote>").Append(E(q.Text)).Append("</blockquote>\n<p class=\"who\">— ").Append(E(speaker));
                html.Append(CultureInfo.InvariantCulture, $" <span class=\"muted\">({E(q.Kind)}{(q.Cue is null ? string.Empty : ", " + E(q.Cue))})</span>");
                html.Append(Cite(q.Doc, q.Sentence)).Append("</p>\n");
            }
        }

        if (dossier.Timeline.Count > 0)
        {
            html.Append("<h2>Timeline</h2>\n<table><tr><th>date</th><th>statement</th></tr>\n");
            foreach (var t in dossier.Timeline)
            {
                html.Append("<tr><td>").Append(E(t.Date)).Append("</td><td>").Append(E(t.Text)).Append(Cite(t.Doc, t.Sentence)).Append("</td></tr>\n");
            }

            html.Append("</table>\n");
        }

        if (dossier.Events.Count > 0)
        {
            html.Append("<h2>Events</h2>\n<table><tr><th>date</th><th>source</th><th>action</th><th>target</th><th>place</th><th>evidence</th></tr>\n");
            foreach (var e in dossier.Events)
            {
                html.Append(CultureInfo.InvariantCulture, $"<tr><td>{E(e.Date)}</td><td>{E(EventLabels.Actor(e.Source))}</td><td>{E(EventLabels.Action(e))}</td><td>{E(EventLabels.Actor(e.Target))}</td><td>{E(EventLabels.Place(e.Location))}</td><td>");
                foreach (var c in e.Evidence)
                {
                    html.Append(Cite(c.Doc, c.Sentence));
                }

                html.Append("</td></tr>\n");
            }

            html.Append("</table>\n");
        }

        if (dossier.Amounts.Count > 0)
        {
            html.Append("<h2>Amounts</h2>\n<table><tr><th>as written</th><th>value</th><th>unit</th><th>qualifier</th><th>of</th></tr>\n");
            foreach (var a in dossier.Amounts)
            {
                html.Append(CultureInfo.InvariantCulture, $"<tr><td>{E(a.Text)}{Cite(a.Doc, a.Sentence)}</td><td>{a.Value.ToString("#,0.##", CultureInfo.InvariantCulture)}</td><td>{E(a.Unit)}</td><td>{E(a.Qualifier)}</td><td>{E(a.About)}</td></tr>\n");
            }

            html.Append("</table>\n");
        }

        html.Append("<h2>Articles</h2>\n");
        foreach (var d in dossier.Documents)
        {
            Article(html, d);
        }

        html.Append("</body></html>\n");
        return html.ToString();
    }

    private static void Article(StringBuilder html, DocumentJson d)
    {
        html.Append(CultureInfo.InvariantCulture, $"<details id=\"doc-{E(d.Id)}\"><summary>{E(d.Title ?? d.Id)}</summary>\n");
        html.Append(CultureInfo.InvariantCulture, $"<p class=\"muted\">{E(d.Source)} · {E(d.Outlet ?? "outlet unknown")} · {E(d.Published ?? "date unknown")}</p>\n<p>");
        var position = 0;
        for (var i = 0; i < d.Sentences.Count; i++)
        {
            var s = d.Sentences[i];
            html.Append(Breaks(d.Text[position..s.Start]));
            html.Append(CultureInfo.InvariantCulture, $"<span class=\"s\" id=\"doc-{E(d.Id)}-s{i}\">{E(d.Text[s.Start..s.End])}</span>");
            position = s.End;
        }

        html.Append(Breaks(d.Text[position..])).Append("</p>\n");
        foreach (var r in d.Removed)
        {
            html.Append("<div class=\"removed\"><b>removed (").Append(E(r.Kind)).Append("):</b> ").Append(E(r.Text)).Append("</div>\n");
        }

        foreach (var w in d.Warnings)
        {
            html.Append("<p class=\"muted\">⚠ ").Append(E(w)).Append("</p>\n");
        }

        html.Append("</details>\n");
    }

    private static void Statements(StringBuilder html, string heading, IReadOnlyList<CitedStatementJson> statements)
    {
        if (statements.Count == 0)
        {
            return;
        }

        html.Append("<h3>").Append(E(heading)).Append("</h3>\n<ul>\n");
        foreach (var s in statements)
        {
            html.Append("<li>").Append(E(s.Text));
            foreach (var c in s.Citations)
            {
                html.Append(Cite(c.Doc, c.Sentence));
            }

            html.Append("</li>\n");
        }

        html.Append("</ul>\n");
    }

    private static void Conflicts(StringBuilder html, IReadOnlyList<ConflictJson> conflicts)
    {
        if (conflicts.Count == 0)
        {
            return;
        }

        html.Append("<h3>Numbers that disagree</h3>\n<ul>\n");
        foreach (var c in conflicts)
        {
            html.Append("<li>").Append(E(c.About)).Append(':');
            foreach (var k in c.Claims)
            {
                html.Append(' ').Append(E(k.Value)).Append(Cite(k.Doc, k.Sentence));
            }

            html.Append("</li>\n");
        }

        html.Append("</ul>\n");
    }

    private static void Framing(StringBuilder html, IReadOnlyList<FramingJson> framing)
    {
        if (framing.Count == 0)
        {
            return;
        }

        html.Append("<h3>Loaded wording</h3>\n<ul>\n");
        foreach (var f in framing)
        {
            html.Append("<li>“").Append(E(f.Text)).Append("” <span class=\"muted\">(").Append(E(f.Kind)).Append(")</span> ")
                .Append(CultureInfo.InvariantCulture, $"<a class=\"cite\" href=\"#doc-{E(f.Doc)}\">[{E(f.Doc)}]</a>")
                .Append(" — ").Append(E(f.Note)).Append("</li>\n");
        }

        html.Append("</ul>\n");
    }

    private static string Cite(string doc, int sentence) =>
        string.Create(CultureInfo.InvariantCulture, $"<a class=\"cite\" href=\"#doc-{E(doc)}-s{sentence}\" title=\"{E(doc)}, sentence {sentence}\">[{E(doc)}:{sentence}]</a>");

    private static string Breaks(string between) => E(between).Replace("\n\n", "</p><p>", StringComparison.Ordinal).Replace("\n", "<br>", StringComparison.Ordinal);

    private static string E(string? text) => WebUtility.HtmlEncode(text ?? string.Empty);
}
