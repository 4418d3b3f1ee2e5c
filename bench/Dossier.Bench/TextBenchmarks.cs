using BenchmarkDotNet.Attributes;
using Dossier.Core.Model;
using Dossier.Core.Text;

namespace Dossier.Bench;

/// <summary>
/// Tokenizer and sentence splitter over whole corpora on one core. The Tokens/s column divides the
/// tokens the tokenizer makes of the corpus by the mean time of one pass.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(TokensPerSecondConfig))]
public class TextBenchmarks
{
    private IReadOnlyList<string> _texts = [];
    private readonly List<Token> _tokens = new(1 << 16);

    [ParamsSource(nameof(Corpora))]
    public string Corpus { get; set; } = TextCorpora.Samples;

    public static IEnumerable<string> Corpora() => TextCorpora.Available();

    [GlobalSetup]
    public void Setup()
    {
        _texts = TextCorpora.Load(Corpus);
        TokensPerSecondColumn.Record(Corpus, _texts.Sum(t => Tokenizer.Tokenize(t).Count));
    }

    [Benchmark]
    public int Tokenize()
    {
        var count = 0;
        foreach (var text in _texts)
        {
            _tokens.Clear();
            Tokenizer.Tokenize(text, 0, _tokens);
            count += _tokens.Count;
        }

        return count;
    }

    [Benchmark]
    public int TokenizeAndSplit()
    {
        var count = 0;
        foreach (var text in _texts)
        {
            _tokens.Clear();
            Tokenizer.Tokenize(text, 0, _tokens);
            count += SentenceSplitter.Default.Split(text, _tokens).Count;
        }

        return count;
    }
}
