using Dossier.Core.Model;

namespace Dossier.Core.Analysis;

public sealed record AnalysisResult(Corpus Corpus, RunReport Report);
