using System.Globalization;
using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/Dossier.Bench -- --filter '*'
// dotnet run -c Release --project bench/Dossier.Bench -- corpus [--one-story] [SIZE…]   (corpus steps over analysed documents)
// dotnet run -c Release --project bench/Dossier.Bench -- extraction DIR [ROUNDS]   (see bench/extraction-vs-readability.sh)
// dotnet run -c Release --project bench/Dossier.Bench -- clustering [SIZE…]   (near-copies + story clustering, synthetic corpora)
// dotnet run -c Release --project bench/Dossier.Bench -- e2e --docs N [--threads T] [--source samples|mixed]   (whole pipeline)
if (args is ["e2e", ..])
{
    return Dossier.Bench.EndToEnd.Run(args);
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

BenchmarkSwitcher.FromAssembly(typeof(Dossier.Bench.PipelineBenchmarks).Assembly).Run(args);
return 0;
