using Dossier.Core.Model;
using Dossier.Core.Pipeline;

namespace Dossier.Core.Attribution;

/// <summary>
/// Finds who said what: quoted words (direct and partial quotes, <see cref="QuoteMarkScanner"/>,
/// <see cref="DirectQuoteFinder"/>) and reported speech (<see cref="IndirectSpeechFinder"/>), each
/// attributed to a speaker linked within the document (<see cref="SpeakerLinker"/>).
/// </summary>
public sealed class QuoteExtractor : IDocumentStep
{
    public string Name => "QuoteExtractor";

    public IReadOnlySet<Layer> Requires { get; } = Layers.Of(Layer.CleanText, Layer.Tokens, Layer.Sentences, Layer.NameMentions);

    public IReadOnlySet<Layer> Produces { get; } = Layers.Of(Layer.Quotes);

    public void Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var regions = QuoteMarkScanner.Scan(document.Text, cancellationToken);
        var sources = new SourceFinder(document.Text, document.Mentions);
        var linker = new SpeakerLinker(document.Text, document.Mentions, regions);
        var direct = new DirectQuoteFinder(document, sources, linker).Find(regions, cancellationToken);
        var indirect = new IndirectSpeechFinder(document, sources, linker).Find(direct, cancellationToken);
        document.Quotes = [.. direct.Concat(indirect).OrderBy(q => q.Span.Start)];
    }
}
