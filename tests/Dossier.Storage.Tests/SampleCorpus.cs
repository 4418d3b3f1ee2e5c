using Dossier.Core.Analysis;
using Dossier.Core.Model;
using Dossier.Core.Output;
using Dossier.Core.Pipeline;
using Dossier.Storage;

namespace Dossier.Storage.Tests;

/// <summary>The five sample articles analysed once by the document steps, handed out as fresh copies.</summary>
internal static class SampleCorpus
{
    public const string Version = "0.0.0-test";

    private static readonly Lazy<IReadOnlyList<string>> Snapshots = new(Analyse);

    public static DossierPipeline Pipeline { get; } = DefaultPipeline.Create();

    /// <summary>Fresh documents with their per-document layers, in input order.</summary>
    public static List<Document> Documents() => [.. Snapshots.Value.Select(s => DocumentSnapshot.Restore(s))];

    public static Corpus BuildCorpus(IReadOnlyList<Document> documents) => Pipeline.ProcessCorpus(documents);

    /// <summary>What analysing all five at once gives, as the contract.</summary>
    public static DossierJson Expected() => DossierJsonMapper.Map(BuildCorpus(Documents()), Version);

    private static IReadOnlyList<string> Analyse()
    {
        var documentSteps = new PipelineBuilder();
        foreach (var step in DefaultPipeline.CreateBuilder().DocumentSteps)
        {
            documentSteps.Add(step);
        }

        var analyzer = new DossierAnalyzer(documentSteps.Build(), AnalysisOptions.Default);
        var result = analyzer.Analyze([RepositoryPaths.Samples]);
        return [.. result.Corpus.Documents.Select(DocumentSnapshot.Save)];
    }
}
