using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/Dossier.Bench -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Dossier.Bench.PipelineBenchmarks).Assembly).Run(args);
