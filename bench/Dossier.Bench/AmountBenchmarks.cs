using BenchmarkDotNet.Attributes;
using Dossier.Core.Model;
using Dossier.Core.Recognition;
using Dossier.Core.Recognition.Numbers;
using Dossier.Core.Text;

namespace Dossier.Bench;

/// <summary>
/// The number recognizer and the amount recognizer over whole corpora on one core (the amount
/// recognizer runs on every sentence). Sentences are split once in setup; the Tokens/s column
/// divides the corpus's tokens by the mean time of one pass.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(TokensPerSecondConfig))]
public class AmountBenchmarks
{
    private IReadOnlyList<string> _texts = [];
    private List<Document> _documents = [];

    [ParamsSource(nameof(Corpora))]
    public string Corpus { get; set; } = TextCorpora.Samples;

    public static IEnumerable<string> Corpora() => TextCorpora.Available();

    [GlobalSetup]
    public void Setup()
    {
        _texts = TextCorpora.Load(Corpus);
        TokensPerSecondColumn.Record(Corpus, _texts.Sum(t => Tokenizer.Tokenize(t).Count));
        _documents = [.. _texts.Select((text, i) =>
        {
            var document = new Document(new RawDocument($"d{i}", $"d{i}.txt", "sha256:x", InputFormat.PlainText, text, RecordHints.None, [])) { Text = text };
            var tokens = Tokenizer.Tokenize(text);
            document.Sentences = [.. SentenceSplitter.Default.Split(text, tokens).Select(span => new Sentence(span))];
            return document;
        })];
    }

    [Benchmark]
    public int FindNumbers() => _texts.Sum(t => NumberRecognizer.Find(t).Count);

    [Benchmark]
    public int RecognizeAmounts()
    {
        var count = 0;
        var step = new AmountRecognizer();
        foreach (var document in _documents)
        {
            step.Process(document, CancellationToken.None);
            count += document.Amounts.Count;
        }

        return count;
    }
}
