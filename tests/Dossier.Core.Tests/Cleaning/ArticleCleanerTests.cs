using Dossier.Core.Cleaning;
using Dossier.Core.Model;
using Dossier.Core.Pipeline;

namespace Dossier.Core.Tests.Cleaning;

public sealed class ArticleCleanerTests
{
    private static readonly ArticleCleaner Cleaner = new();

    private static Document Run(string content, InputFormat format = InputFormat.PlainText, RecordHints? hints = null)
    {
        var document = new Document(new RawDocument("doc", "doc.txt", "sha256:00", format, content, hints ?? RecordHints.None, []));
        Cleaner.Process(document, CancellationToken.None);
        return document;
    }

    [Fact]
    public void Step_declares_its_name_and_layers()
    {
        Assert.Equal("ArticleCleaner", Cleaner.Name);
        Assert.Empty(Cleaner.Requires);
        Assert.Equal([Layer.CleanText], Cleaner.Produces);
    }

    [Fact]
    public void Process_sets_text_metadata_and_removed_blocks()
    {
        var document = Run(RepositoryPaths.ReadSample("001_29236d649dfba228.txt"));

        Assert.StartsWith("DPRK leader Kim Jong Un has adroitly", document.Text, StringComparison.Ordinal);
        Assert.Equal("What Kim wants from his meeting with Putin", document.Metadata.Title);
        Assert.Equal("CGTN", document.Metadata.Outlet);
        Assert.NotEmpty(document.Removed);
        Assert.Empty(document.Warnings);
    }

    [Fact]
    public void Process_warns_when_no_publication_date_is_found()
    {
        var document = Run(RepositoryPaths.ReadSample("004_973540b50767dd5e.txt"));

        var warning = Assert.Single(document.Warnings);
        Assert.Equal(DiagnosticCodes.NoPublicationDate, warning.Code);
        Assert.Equal("no publication date found; relative dates are anchored to the latest date the text states", warning.Message);
    }

    [Fact]
    public void Process_lets_record_hints_win_over_inferred_metadata()
    {
        var hints = new RecordHints(Title: "Hinted title", Url: "https://example.org/a", Published: "Apr. 24, 2019", Outlet: "Hinted Outlet");

        var document = Run(RepositoryPaths.ReadSample("000_8cc3c08dea10cc53.txt"), hints: hints);

        Assert.Equal("Hinted title", document.Metadata.Title);
        Assert.Equal("https://example.org/a", document.Metadata.Url);
        Assert.Equal("2019-04-24", document.Metadata.Published?.ToIso());
        Assert.Equal("Hinted Outlet", document.Metadata.Outlet);
        Assert.Equal(["Xu Fangqing"], document.Metadata.Authors);
    }

    [Fact]
    public void Process_keeps_the_inferred_date_and_warns_when_the_hinted_date_is_unreadable()
    {
        var document = Run(RepositoryPaths.ReadSample("000_8cc3c08dea10cc53.txt"), hints: new RecordHints(Published: "last week"));

        Assert.Equal("2019-04-25T10:07:00", document.Metadata.Published?.ToIso());
        Assert.Contains(document.Warnings, w => w.Code == DiagnosticCodes.InvalidRecordField);
    }

    [Fact]
    public void Process_gives_empty_text_and_warnings_for_an_input_of_only_boilerplate()
    {
        var document = Run("Opinions\nSome Title\nShare\nCopyright © 2019");

        Assert.Equal(string.Empty, document.Text);
        Assert.Contains(document.Warnings, w => w.Code == DiagnosticCodes.NoArticleText);
        Assert.Contains(document.Warnings, w => w.Code == DiagnosticCodes.NoPublicationDate);
    }

    [Fact]
    public void Process_handles_an_empty_input_without_throwing()
    {
        var document = Run(string.Empty, InputFormat.Html);

        Assert.Equal(string.Empty, document.Text);
        Assert.NotEmpty(document.Warnings);
    }

    [Fact]
    public void Process_reads_html_inputs_with_the_html_parser()
    {
        var document = Run("<html lang=\"en\"><head><title>T</title></head><body><article><p>One paragraph of an article body text.</p></article></body></html>", InputFormat.Html);

        Assert.Equal("One paragraph of an article body text.", document.Text);
        Assert.Equal("T", document.Metadata.Title);
        Assert.Equal("en", document.Metadata.Language);
    }

    [Fact]
    public void Process_is_safe_to_run_on_many_documents_in_parallel()
    {
        var files = new[] { "000_8cc3c08dea10cc53.txt", "001_29236d649dfba228.txt", "002_7226cadd0e561270.txt", "003_fa93f5c5a270c179.txt", "004_973540b50767dd5e.txt" };
        var contents = files.Select(RepositoryPaths.ReadSample).ToArray();
        var expected = contents.Select(c => Run(c).Text).ToArray();

        var actual = new string[contents.Length * 8];
        Parallel.For(0, actual.Length, i => actual[i] = Run(contents[i % contents.Length]).Text);

        for (var i = 0; i < actual.Length; i++)
        {
            Assert.Equal(expected[i % contents.Length], actual[i]);
        }
    }
}
