using Dossier.Core.Analysis;
using Dossier.Core.Pipeline;
using Dossier.Core.Reading;

namespace Dossier.Core.Tests.Analysis;

public sealed class StoredContentTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Inputs_whose_content_is_stored_are_not_analysed_and_are_reported_with_their_stored_id()
    {
        var kim = _dir.File("kim.txt", "Kim meets Putin\n\nKim Jong Un arrived in Vladivostok on Wednesday.\n");
        _dir.File("shoigu.txt", "Shoigu visits Pyongyang\n\nSergei Shoigu arrived in Pyongyang on Tuesday.\n");
        var kimHash = new DocumentReader(ReadingOptions.Default).Read(new InputFile(kim, kim), CancellationToken.None).Documents[0].ContentHash;
        var options = AnalysisOptions.Default with { StoredContent = new Dictionary<string, string> { [kimHash] = "kim-as-stored" } };

        var result = new DossierAnalyzer(DefaultPipeline.Create(), options).Analyze([_dir.Path]);

        Assert.Equal(["shoigu"], result.Corpus.Documents.Select(d => d.Id));
        Assert.Equal(["kim-as-stored"], result.AlreadyStored);
        var kimReport = Assert.Single(result.Report.Inputs, i => i.Source.EndsWith("kim.txt", StringComparison.Ordinal));
        Assert.Equal(InputStatus.Stored, kimReport.Status);
        Assert.Equal(["kim-as-stored"], kimReport.Documents);
        Assert.Empty(kimReport.Problems);
    }
}
