using Dossier.Core.Model;

namespace Dossier.Core.Pipeline;

/// <summary>A step that sees every document of the run, after all per-document steps.</summary>
public interface ICorpusStep : IPipelineStep
{
    void Process(Corpus corpus, CancellationToken cancellationToken);
}
