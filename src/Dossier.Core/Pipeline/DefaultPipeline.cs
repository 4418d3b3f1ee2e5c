using Dossier.Core.Attribution;
using Dossier.Core.Cleaning;
using Dossier.Core.CorpusAnalysis;
using Dossier.Core.Events;
using Dossier.Core.Recognition;
using Dossier.Core.Resolution;
using Dossier.Core.Text;

namespace Dossier.Core.Pipeline;

/// <summary>The standard order of Dossier's steps.</summary>
public static class DefaultPipeline
{
    /// <summary>A builder holding the standard steps, to extend or trim before building.</summary>
    public static PipelineBuilder CreateBuilder() => new PipelineBuilder()
        .Add(new ArticleCleaner())
        .Add(new Tokenizer())
        .Add(new SentenceSplitter())
        .Add(new NameRecognizer())
        .Add(new TimeRecognizer())
        .Add(new AmountRecognizer())
        .Add(new QuoteExtractor())
        .Add(new EventCoder())
        .Add(new EntityResolver())
        .Add(new EventRecordBuilder())
        .Add(new TimelineBuilder())
        .Add(new StoryBuilder())
        .Add(new StoryAnalyzer());

    public static DossierPipeline Create() => CreateBuilder().Build();
}
