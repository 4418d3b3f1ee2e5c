using Dossier.Core.Model;
using Dossier.Core.Pipeline;

namespace Dossier.Core.Cleaning;

/// <summary>
/// The cleaning step: turns a raw input into the clean body, its metadata and the list of what was taken out.
/// Metadata that came with the input (record hints) wins over what the page states.
/// </summary>
public sealed class ArticleCleaner : IDocumentStep
{
    private readonly PlainTextArticleParser _plainText;
    private readonly HtmlArticleParser _html;

    public ArticleCleaner(CleaningOptions? options = null)
    {
        _plainText = new PlainTextArticleParser(options);
        _html = new HtmlArticleParser(options);
    }

    public string Name => "ArticleCleaner";

    public IReadOnlySet<Layer> Requires { get; } = Layers.None;

    public IReadOnlySet<Layer> Produces { get; } = Layers.Of(Layer.CleanText);

    public void Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        cancellationToken.ThrowIfCancellationRequested();
        var raw = document.Raw;
        var hints = raw.Hints;
        var hintTitle = string.IsNullOrWhiteSpace(hints.Title) ? null : TextNormalization.CollapseWhitespace(hints.Title);
        var cleaned = raw.Format == InputFormat.Html
            ? _html.Parse(raw.Content, hintTitle)
            : _plainText.Parse(raw.Content, hintTitle);

        var metadata = cleaned.Metadata;
        if (hintTitle is not null)
        {
            metadata = metadata with { Title = hintTitle };
        }

        if (!string.IsNullOrWhiteSpace(hints.Url))
        {
            metadata = metadata with { Url = hints.Url.Trim() };
        }

        if (!string.IsNullOrWhiteSpace(hints.Outlet))
        {
            metadata = metadata with { Outlet = TextNormalization.CollapseWhitespace(hints.Outlet) };
        }

        if (!string.IsNullOrWhiteSpace(hints.Published))
        {
            if (PublicationDateParser.Parse(hints.Published) is { } published)
            {
                metadata = metadata with { Published = published };
            }
            else
            {
                document.AddWarning(new Diagnostic(
                    DiagnosticCodes.InvalidRecordField,
                    $"the record's published value '{hints.Published}' is not a date this engine reads; used the date found in the text instead"));
            }
        }

        if (metadata.OriginalOutlet is { } original && metadata.Outlet is { } outlet
            && original.Equals(outlet, StringComparison.OrdinalIgnoreCase))
        {
            metadata = metadata with { OriginalOutlet = null };
        }

        document.Text = cleaned.Text;
        document.Metadata = metadata;
        document.Removed = cleaned.Removed;

        if (cleaned.Text.Length == 0)
        {
            document.AddWarning(new Diagnostic(DiagnosticCodes.NoArticleText, "no article text left after cleaning: the input held only titles, notes and other boilerplate"));
        }

        if (metadata.Published is null)
        {
            document.AddWarning(new Diagnostic(DiagnosticCodes.NoPublicationDate, "no publication date found; relative dates are anchored to the latest date the text states"));
        }
    }
}
