using BenchmarkDotNet.Attributes;
using Dossier.Core.Events;
using Dossier.Core.Models;
using Dossier.Core.Text;

namespace Dossier.Bench;

/// <summary>
/// The event coder with the default (Phoenix) dictionaries over the sentences of the sample
/// articles. Each operation is one sentence, so sentences per second = 1 s / mean. <c>Code</c> is
/// coding alone (words already tagged); <c>TagAndCode</c> includes the part-of-speech tagger.
/// </summary>
[MemoryDiagnoser]
public class EventCodingBenchmarks
{
    private const int Sentences = 2_000;
    private readonly List<(string[] Words, string[] Tags)> _sentences = [];
    private SentenceCoder _coder = null!;

    [GlobalSetup]
    public void Setup()
    {
        var all = new List<(string[], string[])>();
        foreach (var document in SampleCorpus.Load())
        {
            var text = document.Content;
            foreach (var span in SentenceSplitter.Default.Split(text))
            {
                var (words, _) = CodingWords.Split(text, Tokenizer.Tokenize(span.Of(text)).Select(t => t with { Span = new(t.Span.Start + span.Start, t.Span.End + span.Start) }));
                if (words.Length > 0)
                {
                    all.Add((words, BuiltInModels.PartOfSpeech.Tag(words)));
                }
            }
        }

        for (var i = 0; i < Sentences; i++)
        {
            _sentences.Add(all[i % all.Count]);
        }

        _coder = new SentenceCoder(EventDictionaries.Default);
    }

    [Benchmark(OperationsPerInvoke = Sentences)]
    public int Code()
    {
        var events = 0;
        foreach (var (words, tags) in _sentences)
        {
            events += _coder.Code(words, tags, null).Count;
        }

        return events;
    }

    [Benchmark(OperationsPerInvoke = Sentences)]
    public int TagAndCode()
    {
        var events = 0;
        foreach (var (words, _) in _sentences)
        {
            events += _coder.Code(words, BuiltInModels.PartOfSpeech.Tag(words), null).Count;
        }

        return events;
    }
}
