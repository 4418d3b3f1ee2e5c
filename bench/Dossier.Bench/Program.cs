using System.Globalization;
using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/Dossier.Bench -- --filter '*'
// dotnet run -c Release --project bench/Dossier.Bench -- extraction DIR [ROUNDS]   (see bench/extraction-vs-readability.sh)
if (args is ["extraction", var folder, ..])
{
    return Dossier.Bench.ExtractionThroughput.Run(folder, args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 1);
}

BenchmarkSwitcher.FromAssembly(typeof(Dossier.Bench.PipelineBenchmarks).Assembly).Run(args);
return 0;
