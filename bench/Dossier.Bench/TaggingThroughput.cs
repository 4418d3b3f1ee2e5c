using System.Diagnostics;
using System.Globalization;
using Dossier.Core.Models;
using Dossier.Core.Text;

namespace Dossier.Bench;

/// <summary>
/// <c>bench -- tagging</c>: tokens per second of the built-in part-of-speech and entity models on
/// one thread, over the texts bench/peers/wink/bench-ner.js gives wink-nlp (the sample articles,
/// the ScrapingHub bodies), timed the same way: three warm-up passes, then at least five passes and
/// three seconds, median rate. Each article is one document; the first line times tokenising,
/// sentence cutting and both models (what wink's pipeline does), the second the models alone.
/// </summary>
internal static class TaggingThroughput
{
    public static int Run()
    {
        _ = BuiltInModels.PartOfSpeech;
        _ = BuiltInModels.Entity;
        foreach (var corpus in TextCorpora.Available())
        {
            var texts = TextCorpora.Load(corpus);
            var documents = texts.Select(Sentences).ToList();
            var tokens = documents.Sum(d => d.Sum(s => s.Count));
            Report("tokenize+pos+ner", corpus, tokens, () => texts.Sum(t => Tag(Sentences(t))));
            Report("pos+ner", corpus, tokens, () => documents.Sum(Tag));
            Report("pos", corpus, tokens, () => documents.Sum(d => BuiltInModels.PartOfSpeech.TagDocument(d).Length));
            Report("ner", corpus, tokens, () => documents.Sum(d => BuiltInModels.Entity.TagDocument(d).Length));
        }

        return 0;
    }

    private static int Tag(IReadOnlyList<IReadOnlyList<string>> document) =>
        BuiltInModels.PartOfSpeech.TagDocument(document).Length + BuiltInModels.Entity.TagDocument(document).Length;

    /// <summary>The words of a text cut into sentences after ".", "?", "!" and at line breaks.</summary>
    private static List<IReadOnlyList<string>> Sentences(string text)
    {
        var sentences = new List<IReadOnlyList<string>>();
        var sentence = new List<string>();
        var lineEnd = text.IndexOf('\n', StringComparison.Ordinal);
        foreach (var token in Tokenizer.Tokenize(text))
        {
            while (lineEnd >= 0 && token.Span.Start > lineEnd)
            {
                Flush();
                lineEnd = text.IndexOf('\n', lineEnd + 1);
            }

            var word = token.Span.Of(text);
            sentence.Add(word);
            if (word is "." or "?" or "!")
            {
                Flush();
            }
        }

        Flush();
        return sentences;

        void Flush()
        {
            if (sentence.Count > 0)
            {
                sentences.Add([.. sentence]);
                sentence = [];
            }
        }
    }

    private static void Report(string name, string corpus, int tokens, Func<int> pass)
    {
        for (var i = 0; i < 3; i++)
        {
            pass();
        }

        var rates = new List<double>();
        var cpuRates = new List<double>();
        var clock = Stopwatch.StartNew();
        while (rates.Count < 5 || clock.Elapsed.TotalSeconds < 3)
        {
            var start = clock.Elapsed.TotalSeconds;
            var cpuStart = ThreadCpuTime.NowNanoseconds();
            pass();
            cpuRates.Add(tokens / ((ThreadCpuTime.NowNanoseconds() - cpuStart) / 1e9));
            rates.Add(tokens / (clock.Elapsed.TotalSeconds - start));
        }

        rates.Sort();
        cpuRates.Sort();

        // On a shared machine the wall-clock rate counts the time other work held the core; the
        // rate per second of this thread's processor time does not (it still pays for a shared cache).
        var cpu = ThreadCpuTime.Available ? string.Create(CultureInfo.InvariantCulture, $"  (per CPU second {cpuRates[cpuRates.Count / 2],11:N0})") : "";
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"dossier {name,-17} {corpus,-12} tokens {tokens,8}  median {rates[rates.Count / 2],11:N0} tokens/s over {rates.Count} passes{cpu}"));
    }
}
