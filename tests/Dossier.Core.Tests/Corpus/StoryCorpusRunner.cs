using Dossier.Core.Model;
using Dossier.Core.Pipeline;
using Dossier.Core.Reading;

namespace Dossier.Core.Tests.CorpusAnalysis;

/// <summary>Runs the whole pipeline on the sample articles, or on articles written in a test.</summary>
internal static class StoryCorpusRunner
{
    private static readonly Lazy<Dossier.Core.Model.Corpus> SampleCorpus = new(() =>
    {
        var reader = new DocumentReader();
        var raws = InputCollector.Collect([RepositoryPaths.Samples]).Files.SelectMany(f => reader.Read(f).Documents);
        return DefaultPipeline.Create().Run(raws, 1).Corpus;
    });

    public static Dossier.Core.Model.Corpus Sample => SampleCorpus.Value;

    /// <summary>The sample story's document whose id starts with <paramref name="prefix"/>.</summary>
    public static string SampleDoc(string prefix) => Sample.Documents.Single(d => d.Id.StartsWith(prefix, StringComparison.Ordinal)).Id;

    public static Dossier.Core.Model.Corpus Run(params (string Id, string Text)[] articles)
    {
        var raws = articles.Select(a => new RawDocument(a.Id, a.Id + ".txt", "sha256:" + a.Id, InputFormat.PlainText, a.Text, RecordHints.None, []));
        return DefaultPipeline.Create().Run(raws, 1).Corpus;
    }

    public static string SentenceText(Dossier.Core.Model.Corpus corpus, Citation citation)
    {
        var document = corpus.ById[citation.Doc];
        return document.TextOf(document.Sentences[citation.Sentence].Span);
    }
}
