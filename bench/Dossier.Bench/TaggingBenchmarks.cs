using BenchmarkDotNet.Attributes;
using Dossier.Core.Models;
using Dossier.Core.Text;

namespace Dossier.Bench;

/// <summary>
/// The built-in part-of-speech and entity models over sentences of the sample articles, cycled to
/// exactly <see cref="Tokens"/> tokens in documents of 40 sentences. Each operation is one token,
/// so the reported mean is the time per token: tokens per second = 1 s / mean.
/// </summary>
[MemoryDiagnoser]
public class TaggingBenchmarks
{
    private const int Tokens = 20_000;
    private readonly List<IReadOnlyList<IReadOnlyList<string>>> _documents = [];

    [GlobalSetup]
    public void Setup()
    {
        var sentences = new List<string[]>();
        foreach (var document in SampleCorpus.Load())
        {
            var text = document.Content;
            var sentence = new List<string>();
            foreach (var token in Tokenizer.Tokenize(text))
            {
                var word = token.Span.Of(text);
                sentence.Add(word);
                if (word is "." or "?" or "!")
                {
                    sentences.Add([.. sentence]);
                    sentence.Clear();
                }
            }
        }

        var count = 0;
        var current = new List<IReadOnlyList<string>>();
        for (var i = 0; count < Tokens; i++)
        {
            var next = sentences[i % sentences.Count];
            var taken = next.Take(Tokens - count).ToArray();
            current.Add(taken);
            count += taken.Length;
            if (current.Count == 40)
            {
                _documents.Add(current);
                current = [];
            }
        }

        if (current.Count > 0)
        {
            _documents.Add(current);
        }

        _ = BuiltInModels.PartOfSpeech;
        _ = BuiltInModels.Entity;
    }

    [Benchmark(OperationsPerInvoke = Tokens)]
    public int PartOfSpeech() => _documents.Sum(d => BuiltInModels.PartOfSpeech.TagDocument(d).Length);

    [Benchmark(OperationsPerInvoke = Tokens)]
    public int Entities() => _documents.Sum(d => BuiltInModels.Entity.TagDocument(d).Length);

    [Benchmark(OperationsPerInvoke = Tokens)]
    public int PartOfSpeechAndEntities() => PartOfSpeech() + Entities();
}
