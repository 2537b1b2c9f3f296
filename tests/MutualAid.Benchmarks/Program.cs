using BenchmarkDotNet.Running;
using MutualAid.Benchmarks.Directory;

// Run with: dotnet run -c Release --project tests/MutualAid.Benchmarks -- --filter '*'
// Directory load test (HTTP latency against the real server): ... -- directory-load [--listings 100000] [--data-dir DIR]
if (args.Length > 0 && args[0] == DirectoryLoad.Verb)
{
    return await DirectoryLoad.RunAsync(args[1..]);
}

BenchmarkSwitcher.FromAssembly(typeof(MutualAid.Benchmarks.Federation.InboxAcceptanceBenchmarks).Assembly).Run(args);
return 0;
