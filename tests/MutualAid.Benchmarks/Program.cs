using BenchmarkDotNet.Running;

// Run with: dotnet run -c Release --project tests/MutualAid.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(MutualAid.Benchmarks.Federation.InboxAcceptanceBenchmarks).Assembly).Run(args);
