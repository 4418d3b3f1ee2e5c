using System.Text.Json.Nodes;
using CsCheck;
using Dossier.Core.Analysis;
using Dossier.Core.Model;
using Dossier.Core.Output;
using Dossier.Core.Pipeline;

namespace Dossier.Core.Tests.Properties;

/// <summary>
/// Invariants of the whole pipeline (DefaultPipeline, DossierAnalyzer) on generated articles; the
/// runs are bounded so that the suite stays fast. A failure prints the smallest corpus CsCheck
/// shrank it to, with the seed to replay it.
/// </summary>
public sealed class PipelineInvariantTests
{
    // Small by default so that dotnet test stays fast; DOSSIER_PROPERTY_ITERATIONS=1000 for a long search.
    private static readonly int Iterations =
        int.TryParse(Environment.GetEnvironmentVariable("DOSSIER_PROPERTY_ITERATIONS"), System.Globalization.CultureInfo.InvariantCulture, out var n) && n > 0 ? n : 12;

    private static readonly DossierPipeline Pipeline = DefaultPipeline.Create();

    private static PipelineResult Run(RawDocument[] documents, int parallelism = 1) => Pipeline.Run(documents, parallelism);

    private static string Json(Corpus corpus) => DossierJsonWriter.Serialize(DossierJsonMapper.Map(corpus, "0.1.0"));

    [Fact]
    public void No_step_fails_on_a_news_like_article() =>
        ArticleGenerators.Corpus.Sample(
            documents => Assert.All(Run(documents).Outcomes, o => Assert.Null(o.Failure)),
            iter: Iterations,
            threads: 1);

    [Fact]
    public void Every_span_lies_inside_its_document_and_on_token_boundaries() =>
        ArticleGenerators.Corpus.Sample(
            documents =>
            {
                foreach (var document in Run(documents).Corpus.Documents)
                {
                    var tokens = document.Tokens;
                    foreach (var (what, span) in Spans(document))
                    {
                        AssertInside(document, what, span);
                        AssertOnTokens(document, tokens, what, span);
                    }
                }
            },
            iter: Iterations,
            threads: 1);

    // Cases the properties once found: a mention ending inside the token "No.", a reported quote
    // whose trimmed full stop cut the period of "U.S.".
    [Theory]
    [InlineData("Deal no ) İstanbul No. 3 collapsed ( no — complete yes.")]
    [InlineData("Trump said that U.S. officials said sanctions officials U.S..")]
    [InlineData("Trump said that officials met in the U.S..")]
    public void Spans_end_on_token_boundaries_in_cases_the_properties_found(string text)
    {
        var raw = new RawDocument("d", "d.txt", "sha256:00", InputFormat.PlainText, text, RecordHints.None, []);

        var document = Assert.Single(Run([raw]).Corpus.Documents);
        var tokens = document.Tokens;

        foreach (var (what, span) in document.Mentions.Select(m => ("mention", m.Span)).Concat(document.Quotes.Select(q => ("quote", q.Span))))
        {
            AssertOnTokens(document, tokens, what, span);
        }
    }

    [Fact]
    public void Sentences_are_sorted_and_do_not_overlap() =>
        ArticleGenerators.Corpus.Sample(
            documents =>
            {
                foreach (var document in Run(documents).Corpus.Documents)
                {
                    for (var i = 1; i < document.Sentences.Count; i++)
                    {
                        Assert.True(document.Sentences[i - 1].Span.End <= document.Sentences[i].Span.Start, $"{document.Id}: sentence {i - 1} {document.Sentences[i - 1].Span} runs into sentence {i} {document.Sentences[i].Span}");
                    }

                    // Every token of the text belongs to a sentence: none is lost between them.
                    Assert.All(document.Tokens, t => Assert.True(document.SentenceAt(t.Span.Start) >= 0, $"{document.Id}: token {t.Span} '{document.TextOf(t.Span)}' is in no sentence"));
                }
            },
            iter: Iterations,
            threads: 1);

    [Fact]
    public void Dossier_json_is_valid_against_the_contract_and_every_citation_resolves() =>
        ArticleGenerators.Corpus.Sample(
            documents =>
            {
                var violations = DossierContract.Violations(JsonNode.Parse(Json(Run(documents).Corpus))!);
                Assert.True(violations.Count == 0, string.Join('\n', violations));
            },
            iter: Iterations,
            threads: 1);

    [Fact]
    public void Sentence_indexes_in_each_layer_point_at_the_sentence_holding_the_span() =>
        ArticleGenerators.Corpus.Sample(
            documents =>
            {
                foreach (var document in Run(documents).Corpus.Documents)
                {
                    var indexed = document.Mentions.Select(m => (m.Span, m.Sentence))
                        .Concat(document.Times.Select(t => (t.Span, t.Sentence)))
                        .Concat(document.Amounts.Select(a => (a.Span, a.Sentence)))
                        .Concat(document.Quotes.Select(q => (q.Span, q.Sentence)));
                    foreach (var (span, sentence) in indexed)
                    {
                        Assert.True(sentence >= 0 && sentence < document.Sentences.Count && document.Sentences[sentence].Span.Contains(new TextSpan(span.Start, span.Start)), $"{document.Id}: span {span} '{document.TextOf(span)}' says sentence {sentence}");
                    }
                }
            },
            iter: Iterations,
            threads: 1);

    [Fact]
    public void The_same_input_gives_the_same_bytes_whatever_the_parallelism() =>
        ArticleGenerators.Corpus.Sample(
            documents => Assert.Equal(Json(Run(documents, 1).Corpus), Json(DefaultPipeline.Create().Run(documents, 3).Corpus)),
            iter: Iterations / 2,
            threads: 1);

    [Fact]
    public void Analysing_the_same_files_twice_gives_the_same_dossier_and_report()
    {
        ArticleGenerators.Corpus.Sample(
            documents =>
            {
                using var dir = new TempDirectory();
                foreach (var document in documents)
                {
                    dir.File(document.Id + (document.Format == InputFormat.Html ? ".html" : ".txt"), document.Content);
                }

                string Analyse(int parallelism)
                {
                    var result = new DossierAnalyzer(DefaultPipeline.Create(), new AnalysisOptions { MaxParallelism = parallelism }).Analyze([dir.Path]);
                    var inputs = result.Report.Inputs.Select(i => $"{i.Status} {string.Join(',', i.Documents)} {string.Join(',', i.Problems.Select(p => p.Code))}");
                    return Json(result.Corpus) + string.Join('\n', inputs);
                }

                Assert.Equal(Analyse(1), Analyse(2));
            },
            iter: Math.Max(1, Iterations / 4),
            threads: 1);
    }

    private static void AssertInside(Document document, string what, TextSpan span) =>
        Assert.True(span.Start >= 0 && span.Start < span.End && span.End <= document.Text.Length, $"{document.Id}: {what} {span} lies outside a text of {document.Text.Length} chars");

    // A processed document makes its tokens again from the text on every read: read them once.
    private static void AssertOnTokens(Document document, IReadOnlyList<Token> tokens, string what, TextSpan span) =>
        Assert.True(
            tokens.Any(t => t.Span.Start == span.Start) && tokens.Any(t => t.Span.End == span.End),
            $"{document.Id}: {what} {span} '{document.TextOf(span)}' is not on token boundaries in: {document.Text}");

    private static IEnumerable<(string What, TextSpan Span)> Spans(Document document) =>
        document.Sentences.Select(s => ("sentence", s.Span))
            .Concat(document.Mentions.Select(m => ("mention", m.Span)))
            .Concat(document.Quotes.Select(q => ("quote", q.Span)))
            .Concat(document.Times.Select(t => ("time", t.Span)))
            .Concat(document.Amounts.Select(a => ("amount", a.Span)))
            .Concat(document.Quotes.Where(q => q.Speaker?.Span is not null).Select(q => ("speaker", q.Speaker!.Span!.Value)));
}
