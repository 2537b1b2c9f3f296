using BenchmarkDotNet.Running;
using MutualAid.Benchmarks.Directory;

// Run with: dotnet run -c Release --project tests/MutualAid.Benchmarks -- --filter '*'
// Directory load test (HTTP latency against the real server): ... -- directory-load [--listings 100000] [--data-dir DIR]
if (args.Length > 0 && args[0] == DirectoryLoad.Verb)
{
    return await DirectoryLoad.RunAsync(args[1..]);
}

// Inbox acceptance under load over loopback HTTP: ... -- inbox-load [--senders 32] [--activities 20000] [--compare]
if (args.Length > 0 && args[0] == MutualAid.Benchmarks.Federation.InboxLoad.Verb)
{
    return await MutualAid.Benchmarks.Federation.InboxLoad.RunAsync(args[1..]);
}

// Delivery fan-out to loopback inboxes over real sockets: ... -- fanout-load [--hosts 200] [--followers 2000] [--rounds 5] [--tls] [--cold]
if (args.Length > 0 && args[0] == MutualAid.Benchmarks.Federation.FanOutLoad.Verb)
{
    return await MutualAid.Benchmarks.Federation.FanOutLoad.RunAsync(args[1..]);
}

// The inbox's durable store alone, commit per activity vs group commit: ... -- inbox-store [--producers 32] [--activities 5000]
if (args.Length > 0 && args[0] == MutualAid.Benchmarks.Federation.InboxStoreLoad.Verb)
{
    return await MutualAid.Benchmarks.Federation.InboxStoreLoad.RunAsync(args[1..]);
}

// Not typeof(Program): the server's Program (via MutualAid.Testing) has the same name.
BenchmarkSwitcher.FromAssembly(typeof(DirectoryLoad).Assembly).Run(args);
return 0;
