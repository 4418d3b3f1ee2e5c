using Dossier.Core.Output;

namespace Dossier.Core.Tests.Output;

public sealed class EventViewsTests
{
    private static readonly EventJson Visit = new(
        new EventActorJson("kim-jong-un", "PRKGOV", "Kim Jong Un"),
        new EventActorJson("russia", "RUS", "Russia"),
        "042",
        "04",
        1,
        1.9,
        "CONSULT",
        "2019-04-24",
        new LocationJson("Vladivostok", "RU", 43.10562, 131.87353),
        [new CitationJson("tass", 0), new CitationJson("yonhap", 2)],
        "arrive in",
        "visit",
        "asserted");

    private static readonly EventJson Hostile = new(
        new EventActorJson(null, null, "<script>alert(1)</script> | *Group*"),
        null,
        "1121",
        "11",
        3,
        -2.0,
        "ACCUSE",
        null,
        null,
        [new CitationJson("tass", 4)],
        "accuse",
        "allege",
        "reported");

    private static DossierJson Dossier(params EventJson[] events) =>
        new("dossier/1", new GeneratorJson("dossier", "test"), [], [], [], [], [], events, []);

    [Fact]
    public void The_briefing_lists_events_with_date_actors_action_place_and_citations()
    {
        var md = MarkdownBriefing.Render(Dossier(Visit));

        Assert.Contains("## Events", md, StringComparison.Ordinal);
        Assert.Contains("| 2019-04-24 | Kim Jong Un (PRKGOV) | Make a visit (042) | Russia (RUS) | Vladivostok, RU | \\[tass:0\\]\\[yonhap:2\\] |", md, StringComparison.Ordinal);
    }

    [Fact]
    public void The_briefing_escapes_event_text_and_shows_a_mode_that_is_not_asserted()
    {
        var md = MarkdownBriefing.Render(Dossier(Hostile));

        Assert.Contains("| — | \\<script\\>alert(1)\\</script\\> \\| \\*Group\\* | Accuse of crime, corruption (1121), reported | — | — |", md, StringComparison.Ordinal);
    }

    [Fact]
    public void The_page_has_an_events_table_with_linked_citations_and_escaped_text()
    {
        var html = HtmlPage.Render(Dossier(Visit, Hostile));

        Assert.Contains("<h2>Events</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<td>Make a visit (042)</td><td>Russia (RUS)</td><td>Vladivostok, RU</td>", html, StringComparison.Ordinal);
        Assert.Contains("href=\"#doc-yonhap-s2\"", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_events_neither_view_has_an_events_section()
    {
        Assert.DoesNotContain("## Events", MarkdownBriefing.Render(Dossier()), StringComparison.Ordinal);
        Assert.DoesNotContain("<h2>Events</h2>", HtmlPage.Render(Dossier()), StringComparison.Ordinal);
    }
}
