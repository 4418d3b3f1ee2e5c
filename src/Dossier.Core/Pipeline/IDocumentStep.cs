using Dossier.Core.Model;

namespace Dossier.Core.Pipeline;

/// <summary>A step that reads and extends one document; it must not look at other documents.</summary>
public interface IDocumentStep : IPipelineStep
{
    void Process(Document document, CancellationToken cancellationToken);
}
