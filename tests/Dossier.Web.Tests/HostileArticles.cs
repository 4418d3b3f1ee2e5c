namespace Dossier.Web.Tests;

/// <summary>Articles full of markup, handlers and script URLs, in every field an upload has (shared with the browser tests).</summary>
internal static class HostileArticles
{
    public static readonly object[] All =
    [
        new
        {
            id = "hostile-1",
            title = "Summit </script><script>window.__pwned=1</script>",
            outlet = "<img src=x onerror=\"window.__pwned=2\">",
            url = "javascript:window.__pwned=3",
            published = "2019-04-25",
            text = """
                Kim Jong Un met Vladimir Putin in Vladivostok <script>window.__pwned=4</script> on Thursday.

                "We discussed <b onmouseover="window.__pwned=5">everything</b>," Putin said at the summit in Vladivostok.
                Kim Jong Un said the talks with Vladimir Putin were "very meaningful <svg onload=window.__pwned=6>".
                Read <a href="javascript:window.__pwned=7">the full statement</a> from the Kremlin about Kim Jong Un.
                """,
        },
        new
        {
            id = "hostile-2",
            title = "<iframe srcdoc=\"<script>parent.__pwned=8</script>\"></iframe>Putin and Kim",
            outlet = "Outlet\"><script>window.__pwned=9</script>",
            url = "https://example.org/a?<script>",
            text = """
                Vladimir Putin hosted Kim Jong Un in Vladivostok on Thursday ]]></script><script>window.__pwned=10</script>.

                "The meeting with Kim Jong Un was useful <img src=x onerror=window.__pwned=11>," Putin told reporters in Vladivostok.
                """,
        },
    ];
}
