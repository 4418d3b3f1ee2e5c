using System.Globalization;
using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/Dossier.Bench -- --filter '*'
// dotnet run -c Release --project bench/Dossier.Bench -- corpus [--one-story] [SIZE…]   (corpus steps over analysed documents)
// dotnet run -c Release --project bench/Dossier.Bench -- extraction DIR [ROUNDS]   (see bench/extraction-vs-readability.sh)
// dotnet run -c Release --project bench/Dossier.Bench -- search [--docs 100000] [--db FILE] [--rounds 20]   (store search latency)
// dotnet run -c Release --project bench/Dossier.Bench -- clustering [SIZE…]   (near-copies + story clustering, synthetic corpora)
// dotnet run -c Release --project bench/Dossier.Bench -- recognizers [--seconds S]   (names and dates from raw text; see bench/peers/compare-recognizers.sh)
// dotnet run -c Release --project bench/Dossier.Bench -- tagging   (POS + NER tokens/s, see bench/peers/compare-ner.sh)
// dotnet run -c Release --project bench/Dossier.Bench -- e2e --docs N [--threads T] [--source samples|mixed]   (whole pipeline)
if (args is ["tagging"])
{
    return Dossier.Bench.TaggingThroughput.Run();
}

if (args is ["e2e", ..])
{
    return Dossier.Bench.EndToEnd.Run(args);
}

if (args is ["recognizers", ..])
{
    return Dossier.Bench.RecognizerThroughput.Run([.. args.Skip(1)]);
}

if (args is ["clustering", ..])
{
    return Dossier.Bench.ClusteringScaling.Run(args.Length > 1 ? [.. args.Skip(1).Select(a => int.Parse(a, CultureInfo.InvariantCulture))] : [1000, 10000]);
}

if (args is ["corpus", ..])
{
    return Dossier.Bench.CorpusScaling.Run([.. args.Skip(1)]);
}

if (args is ["extraction", var folder, ..])
{
    return Dossier.Bench.ExtractionThroughput.Run(folder, args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 1);
}

if (args is ["search", ..])
{
    var options = args.Skip(1).Chunk(2).Where(p => p.Length == 2).ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal);
    var documents = int.Parse(options.GetValueOrDefault("--docs", "100000"), CultureInfo.InvariantCulture);
    var database = options.GetValueOrDefault("--db", Path.Combine(Path.GetTempPath(), $"dossier-bench-search-{documents}.db"));
    return await Dossier.Bench.SearchLatency.RunAsync(documents, database, int.Parse(options.GetValueOrDefault("--rounds", "20"), CultureInfo.InvariantCulture));
}

BenchmarkSwitcher.FromAssembly(typeof(Dossier.Bench.PipelineBenchmarks).Assembly).Run(args);
return 0;
