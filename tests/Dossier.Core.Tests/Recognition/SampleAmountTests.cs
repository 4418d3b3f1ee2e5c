using Dossier.Core.Analysis;
using Dossier.Core.Model;
using Dossier.Core.Pipeline;

namespace Dossier.Core.Tests.Recognition;

/// <summary>
/// Every amount in the article text of the five sample articles, read by the whole pipeline, with
/// its value, unit, qualifier and kind (listed from a reading of the articles). Durations ("more
/// than 65 years", "the next six or seven months") belong to the timeline, not here.
/// </summary>
public sealed class SampleAmountTests
{
    private static readonly Lazy<Corpus> Analysed = new(() =>
        new DossierAnalyzer(DefaultPipeline.Create(), AnalysisOptions.Default).Analyze([RepositoryPaths.Samples]).Corpus);

    public static TheoryData<string, string, double, string?, string?, AmountKind> Expected { get; } = new()
    {
        { "000", "two leaders", 2, "leaders", null, AmountKind.Count },
        { "000", "two participants", 2, "participants", null, AmountKind.Count },
        { "000", "two countries", 2, "countries", null, AmountKind.Count },
        { "000", "two pivotal countries", 2, "countries", null, AmountKind.Count },
        { "001", "two major issues", 2, "issues", null, AmountKind.Count },
        { "001", "two Korean nations", 2, "nations", null, AmountKind.Count },
        { "001", "two countries", 2, "countries", null, AmountKind.Count },
        { "001", "90 percent", 90, "percent", null, AmountKind.Percent },
        { "001", "one billion U.S. dollars", 1e9, "USD", null, AmountKind.Money },
        { "001", "half a billion U.S. dollars", 5e8, "USD", null, AmountKind.Money },
        { "001", "84 million U.S. dollars", 84e6, "USD", null, AmountKind.Money },
        { "001", "less than one-third", 1d / 3, "fraction", "less than", AmountKind.Count },
        { "001", "three basic objectives", 3, "objectives", null, AmountKind.Count },
        { "002", "four trips", 4, "trips", null, AmountKind.Count },
        { "004", "two urgent concerns", 2, "concerns", null, AmountKind.Count },
        { "004", "Around 10,000 North Korean labourers", 10000, "labourers", "about", AmountKind.Count },
        { "004", "as many as 50,000", 50000, "labourers", "as many as", AmountKind.Count },
        { "004", "more than $500m", 5e8, "USD", "more than", AmountKind.Money },
        { "004", "more than 2,000 tonnes", 2000, "tonne", "more than", AmountKind.Measure },
        { "004", "two leaders", 2, "leaders", null, AmountKind.Count },
        { "004", "$60m", 6e7, "USD", null, AmountKind.Money },
        { "004", "$34m", 3.4e7, "USD", null, AmountKind.Money },
    };

    [Theory]
    [MemberData(nameof(Expected))]
    public void Amount_is_read_with_value_unit_and_qualifier(string doc, string text, double value, string? unit, string? qualifier, AmountKind kind)
    {
        var amounts = Document(doc).Amounts.Where(a => a.Text == text).ToList();

        Assert.NotEmpty(amounts);
        Assert.All(amounts, a => Assert.Equal((value, unit, qualifier, kind), (a.Value, a.Unit, a.Qualifier, a.Kind)));
    }

    [Theory]
    [InlineData("001", "90 percent", "DPRK's debt")]
    [InlineData("001", "less than one-third", "expected number")]
    [InlineData("004", "more than $500m", "foreign exchange")]
    [InlineData("004", "more than 2,000 tonnes", "wheat")]
    [InlineData("004", "Around 10,000 North Korean labourers", "North Korean labourers")]
    public void Amount_says_what_it_is_of(string doc, string text, string about)
    {
        Assert.Equal(about, Assert.Single(Document(doc).Amounts, a => a.Text == text).About);
    }

    [Theory]
    [InlineData("000", 5)]
    [InlineData("001", 9)]
    [InlineData("002", 1)]
    [InlineData("003", 0)]
    [InlineData("004", 8)]
    public void Nothing_else_is_read_as_an_amount(string doc, int count)
    {
        Assert.Equal(count, Document(doc).Amounts.Count);
    }

    private static Document Document(string prefix) =>
        Analysed.Value.Documents.Single(d => d.Id.StartsWith(prefix, StringComparison.Ordinal));
}
