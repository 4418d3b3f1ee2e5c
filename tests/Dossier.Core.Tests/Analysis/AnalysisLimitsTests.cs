using Dossier.Core.Analysis;
using Dossier.Core.Model;
using Dossier.Core.Pipeline;

namespace Dossier.Core.Tests.Analysis;

public sealed class AnalysisLimitsTests : IDisposable
{
    private readonly TempDirectory _dir = new();
    private readonly ManualResetEventSlim _release = new();

    public void Dispose()
    {
        _release.Set();
        _release.Dispose();
        _dir.Dispose();
    }

    /// <summary>A step that waits on the document whose raw text contains "slow": for the token, or (stubborn) for the test to end.</summary>
    private sealed class SlowStep(bool stubborn, ManualResetEventSlim release) : IDocumentStep
    {
        public string Name => "slow";

        public IReadOnlySet<Layer> Requires { get; } = Layers.Of();

        public IReadOnlySet<Layer> Produces { get; } = Layers.Of();

        public void Process(Document document, CancellationToken cancellationToken)
        {
            if (!document.Raw.Content.Contains("slow", StringComparison.Ordinal))
            {
                return;
            }

            if (stubborn)
            {
                release.Wait(CancellationToken.None);
                return;
            }

            cancellationToken.WaitHandle.WaitOne();
            cancellationToken.ThrowIfCancellationRequested();
        }
    }

    private AnalysisResult Analyze(AnalysisOptions options, DossierPipeline? pipeline = null) =>
        new DossierAnalyzer(pipeline ?? DefaultPipeline.Create(), options).Analyze([_dir.Path]);

    [Fact]
    public void Files_after_the_document_limit_are_not_read_and_are_reported_as_skipped()
    {
        _dir.File("a.txt", "Alpha said the talks went well.");
        _dir.File("b.txt", "Bravo said the talks went badly.");
        _dir.File("c.txt", [0, 1, 2, 3, 0, 0, 0]);

        var result = Analyze(new AnalysisOptions { MaxDocuments = 2 });

        Assert.Equal(["a", "b"], result.Corpus.Documents.Select(d => d.Id));
        var skipped = Assert.Single(result.Report.Inputs, i => i.Source.EndsWith("c.txt", StringComparison.Ordinal));
        Assert.Equal(InputStatus.Skipped, skipped.Status);
        var problem = Assert.Single(skipped.Problems);
        Assert.Equal(DiagnosticCodes.TooManyDocuments, problem.Code);
        Assert.Contains("--max-documents", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Records_after_the_document_limit_are_reported_one_by_one()
    {
        _dir.File("feed.jsonl", """
            {"text": "First record about the summit."}
            {"text": "Second record about the summit."}
            {"text": "Third record about the summit."}
            """);

        var result = Analyze(new AnalysisOptions { MaxDocuments = 2 });

        Assert.Equal(2, result.Corpus.Documents.Count);
        var input = Assert.Single(result.Report.Inputs);
        Assert.Equal(InputStatus.Partial, input.Status);
        var problem = Assert.Single(input.Problems);
        Assert.Equal(DiagnosticCodes.TooManyDocuments, problem.Code);
        Assert.EndsWith("feed.jsonl#3", problem.Source, StringComparison.Ordinal);
    }

    [Fact]
    public void Duplicates_do_not_count_against_the_document_limit()
    {
        _dir.File("a.txt", "Alpha said the talks went well.");
        _dir.File("b.txt", "Alpha said the talks went well.");
        _dir.File("c.txt", "Charlie said nothing at all.");

        var result = Analyze(new AnalysisOptions { MaxDocuments = 2 });

        Assert.Equal(["a", "c"], result.Corpus.Documents.Select(d => d.Id));
        Assert.Equal(0, result.Report.Count(InputStatus.Skipped));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_document_over_the_time_limit_is_left_out_and_reported_while_the_others_are_analysed(bool stubborn)
    {
        _dir.File("fast.txt", "A quick article.");
        _dir.File("slow.txt", "A slow article.");
        var pipeline = DefaultPipeline.CreateBuilder().Add(new SlowStep(stubborn, _release)).Build();

        var result = Analyze(new AnalysisOptions { DocumentTimeLimit = TimeSpan.FromMilliseconds(300) }, pipeline);

        Assert.Equal(["fast"], result.Corpus.Documents.Select(d => d.Id));
        var slow = Assert.Single(result.Report.Inputs, i => i.Source.EndsWith("slow.txt", StringComparison.Ordinal));
        Assert.Equal(InputStatus.Failed, slow.Status);
        Assert.Empty(slow.Documents);
        var problem = Assert.Single(slow.Problems);
        Assert.Equal(DiagnosticCodes.TimeLimit, problem.Code);
        Assert.Contains("--max-seconds", problem.Message, StringComparison.Ordinal);
        Assert.Equal(InputStatus.Analysed, Assert.Single(result.Report.Inputs, i => i.Source.EndsWith("fast.txt", StringComparison.Ordinal)).Status);
    }

    [Fact]
    public void Without_a_time_limit_documents_are_processed_inline()
    {
        _dir.File("a.txt", "Alpha said the talks went well.");

        var result = Analyze(new AnalysisOptions { DocumentTimeLimit = Timeout.InfiniteTimeSpan });

        Assert.Equal(InputStatus.Analysed, Assert.Single(result.Report.Inputs).Status);
    }

    [Fact]
    public void The_defaults_bound_every_run()
    {
        var defaults = AnalysisOptions.Default;

        Assert.Equal(100_000, defaults.MaxDocuments);
        Assert.Equal(TimeSpan.FromSeconds(60), defaults.DocumentTimeLimit);
        Assert.Equal(64L * 1024 * 1024, defaults.Reading.MaxBytes);
    }
}
