using System.Globalization;
using Dossier.Core.Model;
using Dossier.Core.Pipeline;

namespace Dossier.Core.Tests.Pipeline;

public sealed class PipelineBuilderTests
{
    private sealed class FakeDocumentStep(string name, Layer[] requires, Layer[] produces, Action<Document>? action = null) : IDocumentStep
    {
        public string Name => name;

        public IReadOnlySet<Layer> Requires { get; } = Layers.Of(requires);

        public IReadOnlySet<Layer> Produces { get; } = Layers.Of(produces);

        public void Process(Document document, CancellationToken cancellationToken) => action?.Invoke(document);
    }

    private sealed class FakeCorpusStep(string name, Layer[] requires, Layer[] produces) : ICorpusStep
    {
        public string Name => name;

        public IReadOnlySet<Layer> Requires { get; } = Layers.Of(requires);

        public IReadOnlySet<Layer> Produces { get; } = Layers.Of(produces);

        public void Process(Corpus corpus, CancellationToken cancellationToken)
        {
        }
    }

    private static RawDocument Raw(string id, string text = "Hello.") =>
        new(id, id + ".txt", "sha256:00", InputFormat.PlainText, text, RecordHints.None, []);

    [Fact]
    public void Build_accepts_steps_in_dependency_order()
    {
        var pipeline = new PipelineBuilder()
            .Add(new FakeDocumentStep("clean", [], [Layer.CleanText]))
            .Add(new FakeDocumentStep("split", [Layer.CleanText], [Layer.Sentences]))
            .Add(new FakeCorpusStep("resolve", [Layer.Sentences], [Layer.Entities]))
            .Build();

        Assert.Equal(["clean", "split"], pipeline.DocumentSteps.Select(s => s.Name));
        Assert.Single(pipeline.CorpusSteps);
    }

    [Fact]
    public void Build_names_the_step_to_move_when_a_producer_runs_later()
    {
        var builder = new PipelineBuilder()
            .Add(new FakeDocumentStep("split", [Layer.CleanText], [Layer.Sentences]))
            .Add(new FakeDocumentStep("clean", [], [Layer.CleanText]));

        var error = Assert.Throws<PipelineConfigurationException>(builder.Build);

        Assert.Contains("'split' requires the layer 'CleanText'", error.Message, StringComparison.Ordinal);
        Assert.Contains("add 'clean' before 'split'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_rejects_a_document_step_that_needs_a_corpus_layer()
    {
        var builder = new PipelineBuilder()
            .Add(new FakeCorpusStep("resolve", [], [Layer.Entities]))
            .Add(new FakeDocumentStep("quotes", [Layer.Entities], [Layer.Quotes]));

        var error = Assert.Throws<PipelineConfigurationException>(builder.Build);

        Assert.Contains("corpus steps run after every document step", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_rejects_a_layer_that_nothing_produces()
    {
        var builder = new PipelineBuilder().Add(new FakeDocumentStep("quotes", [Layer.NameMentions], [Layer.Quotes]));

        var error = Assert.Throws<PipelineConfigurationException>(builder.Build);

        Assert.Contains("No step produces it", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void InsertBefore_places_the_step_ahead_of_the_named_type()
    {
        var builder = new PipelineBuilder()
            .Add(new FakeDocumentStep("clean", [], [Layer.CleanText]));
        builder.InsertBefore<FakeDocumentStep>(new FakeDocumentStep("first", [], []));

        Assert.Equal(["first", "clean"], builder.DocumentSteps.Select(s => s.Name));
    }

    [Fact]
    public void Run_keeps_input_order_while_processing_in_parallel()
    {
        var pipeline = new PipelineBuilder()
            .Add(new FakeDocumentStep("clean", [], [Layer.CleanText], d => d.Text = d.Raw.Content))
            .Build();
        var inputs = Enumerable.Range(0, 200).Select(i => Raw($"doc{i:D3}", $"Text {i}."));

        var result = pipeline.Run(inputs, maxParallelism: 4);

        Assert.Equal(Enumerable.Range(0, 200).Select(i => $"doc{i:D3}"), result.Corpus.Documents.Select(d => d.Id));
        Assert.All(result.Corpus.Documents, d => Assert.Equal($"Text {int.Parse(d.Id[3..], CultureInfo.InvariantCulture)}.", d.Text));
    }

    [Fact]
    public void A_processed_document_keeps_its_layers_but_not_its_raw_input_or_tag_cache()
    {
        var pipeline = new PipelineBuilder()
            .Add(new FakeDocumentStep("clean", [], [Layer.CleanText], d =>
            {
                d.Text = d.Raw.Content.ToUpperInvariant();
                d.PartsOfSpeech[0] = ["NN"];
            }))
            .Build();

        var outcome = pipeline.ProcessDocument(Raw("doc", "<p>some page</p>"));

        Assert.Equal("<P>SOME PAGE</P>", outcome.Document.Text);
        Assert.Equal(string.Empty, outcome.Document.Raw.Content);
        Assert.Equal("doc", outcome.Document.Raw.Id);
        Assert.Empty(outcome.Document.PartsOfSpeech);
    }

    [Fact]
    public void A_step_that_throws_marks_only_its_document_and_skips_its_later_steps()
    {
        var pipeline = new PipelineBuilder()
            .Add(new FakeDocumentStep("explode", [], [Layer.CleanText], d =>
            {
                if (d.Id == "bad")
                {
                    throw new InvalidOperationException("boom");
                }

                d.Text = "fine";
            }))
            .Add(new FakeDocumentStep("after", [Layer.CleanText], [Layer.Sentences], d => d.Sentences = [new Sentence(new TextSpan(0, d.Text.Length))]))
            .Build();

        var result = pipeline.Run([Raw("good"), Raw("bad")], maxParallelism: 1);

        var bad = result.Outcomes.Single(o => o.Document.Id == "bad");
        Assert.Contains("boom", bad.Failure, StringComparison.Ordinal);
        Assert.Empty(bad.Document.Sentences);
        Assert.Contains(bad.Document.Warnings, w => w.Code == DiagnosticCodes.StepFailed);
        var good = result.Outcomes.Single(o => o.Document.Id == "good");
        Assert.Null(good.Failure);
        Assert.Single(good.Document.Sentences);
    }

    [Fact]
    public void Run_propagates_cancellation()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        var pipeline = new PipelineBuilder().Add(new FakeDocumentStep("clean", [], [Layer.CleanText])).Build();

        Assert.ThrowsAny<OperationCanceledException>(() => pipeline.Run([Raw("a")], cancellationToken: cts.Token));
    }
}
