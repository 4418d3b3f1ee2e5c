using CsCheck;
using Dossier.Core.Cleaning;
using Dossier.Core.Model;
using Dossier.Core.Pipeline;
using Dossier.Core.Reading;

namespace Dossier.Fuzz;

/// <summary>One thing to fuzz: how its inputs are generated, and what is run on each.</summary>
internal sealed record FuzzTarget(string Name, Gen<byte[]> Inputs, Func<byte[], FuzzOutcome> Run)
{
    // A small limit so that gzip bombs hit it instead of filling memory.
    private static readonly DocumentReader Reader = new(new ReadingOptions { MaxBytes = 1024 * 1024 });

    private static readonly ArticleCleaner Cleaner = new();

    private static readonly DossierPipeline Pipeline = DefaultPipeline.Create();

    public static IReadOnlyList<FuzzTarget> All { get; } =
    [
        new("decode", InputGenerators.Mutated(InputGenerators.Encoded(InputGenerators.Text)), Decode),
        new("text", InputGenerators.Mutated(InputGenerators.Encoded(InputGenerators.Text)), bytes => ReadAndClean("fuzz.txt", bytes)),
        new("html", InputGenerators.Mutated(InputGenerators.Encoded(InputGenerators.Html)), bytes => ReadAndClean("fuzz.html", bytes)),
        new("json", InputGenerators.Mutated(InputGenerators.Encoded(InputGenerators.Json)), bytes => ReadAndClean("fuzz.json", bytes)),
        new("jsonl", InputGenerators.Mutated(InputGenerators.Encoded(InputGenerators.JsonLines)), bytes => ReadAndClean("fuzz.jsonl", bytes)),
        new("gzip", InputGenerators.Mutated(InputGenerators.Gzipped(InputGenerators.Encoded(InputGenerators.JsonLines))), bytes => ReadAndClean("fuzz.jsonl.gz", bytes)),
        new("gzip-html", InputGenerators.Mutated(InputGenerators.Gzipped(InputGenerators.Encoded(InputGenerators.Html))), bytes => ReadAndClean("fuzz.html.gz", bytes)),
        new("sniff", InputGenerators.Mutated(InputGenerators.Encoded(Gen.OneOf(InputGenerators.Html, InputGenerators.Json, InputGenerators.Text))), bytes => ReadAndClean("fuzz.dump", bytes)),
        new("pipeline", InputGenerators.Mutated(InputGenerators.Encoded(Gen.OneOf(InputGenerators.Html, InputGenerators.Text))), bytes => Analyse("fuzz.dump", bytes)),
    ];

    private static FuzzOutcome Decode(byte[] bytes)
    {
        var decoded = TextDecoder.Decode(bytes);
        return new FuzzOutcome(decoded is null ? 0 : 1, []);
    }

    private static FuzzOutcome ReadAndClean(string name, byte[] bytes)
    {
        var result = Reader.Read(new InputFile("/fuzz/" + name, name), bytes);
        foreach (var raw in result.Documents)
        {
            Cleaner.Process(new Document(raw), CancellationToken.None);
        }

        return new FuzzOutcome(result.Documents.Count, []);
    }

    // The whole per-document pipeline: it turns a step's exception into a DSP001 warning, which the fuzzer reports as a step failure.
    private static FuzzOutcome Analyse(string name, byte[] bytes)
    {
        var result = Reader.Read(new InputFile("/fuzz/" + name, name), bytes);
        var failures = new List<string>();
        foreach (var raw in result.Documents)
        {
            var outcome = Pipeline.ProcessDocument(raw);
            if (outcome.Failure is not null)
            {
                failures.Add(outcome.Failure);
            }
        }

        return new FuzzOutcome(result.Documents.Count, failures);
    }
}

/// <summary>What one input gave: documents read, and analysis steps that failed on them.</summary>
internal sealed record FuzzOutcome(int Documents, IReadOnlyList<string> StepFailures);
