using Dossier.Core.Model;

namespace Dossier.Core.Analysis;

public sealed record AnalysisResult(Corpus Corpus, RunReport Report)
{
    /// <summary>Ids of the inputs' documents whose content was already stored (<see cref="AnalysisOptions.StoredContent"/>), in input order.</summary>
    public IReadOnlyList<string> AlreadyStored { get; init; } = [];
}
