using System.Diagnostics;
using System.Globalization;
using System.Net;
using MutualAid.Benchmarks.Directory;
using MutualAid.Benchmarks.Hosting;

namespace MutualAid.Benchmarks.Federation;

/// <summary>
/// Inbox acceptance under load, over real HTTP: a <c>mutualaid serve</c> process on a loopback port (workers off, so
/// only acceptance is measured), remote senders whose keys it has cached, N distinct activities signed in advance
/// (cavage and RFC 9421, RSA-2048) and POSTed to the shared inbox by concurrent senders. Afterwards some are sent
/// again (all must be answered 202 and dropped), the server is killed, and the database must hold every activity
/// exactly once. <c>--compare</c> runs the same load first with a commit per activity (batch size 1), then with group commit.
/// Run: <c>dotnet run -c Release --project tests/MutualAid.Benchmarks -- inbox-load --senders 32 --activities 20000 --compare</c>
/// (<c>taskset -c 1 dotnet run ... -- inbox-load --pin</c>: server on core 0, senders on core 1; <c>--warmup N</c>: activities sent before measuring, 5,000 by default).
/// </summary>
internal static class InboxLoad
{
    public const string Verb = "inbox-load";

    private static int _busyAnswers;

    public static async Task<int> RunAsync(string[] args)
    {
        var senders = Option(args, "--senders", 32);
        var count = Option(args, "--activities", 20_000);
        var actorCount = Option(args, "--actors", 8);
        // A long-running server has finished tiered JIT compilation; 500 activities leave most of the hot path at
        // tier 0, so a short warm-up measures the JIT, not the inbox. --warmup 500 shows the cold figure.
        var warmupCount = Option(args, "--warmup", 5_000);
        // --pin: the server on core 0, the senders (this process, started under `taskset -c 1`) on core 1, so
        // neither takes the other's CPU. Setting this process's affinity from inside would move only the calling thread.
        var pinned = args.Contains("--pin");
        if (pinned && (!OperatingSystem.IsLinux() || (Process.GetCurrentProcess().ProcessorAffinity & 1) != 0))
        {
            Console.Error.WriteLine("--pin keeps core 0 for the server: run the benchmark under `taskset -c 1` (Linux, 2 cores or more).");
            return 2;
        }

        var modes = args.Contains("--compare")
            ? new[] { ("commit per activity (batch size 1)", "1"), ("group commit", "") }
            : new[] { ("as configured", "") };
        var port = ServerProcess.FreePort();
        var inbox = new Uri($"https://127.0.0.1:{port}/inbox");

        using var actors = new InboxLoadSenders(actorCount);
        var clock = Stopwatch.StartNew();
        var warmup = await actors.SignAsync(inbox, warmupCount, "warmup");
        var activities = await actors.SignAsync(inbox, count, "load");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Signed {count + warmup.Length} activities by {actorCount} actors in {clock.Elapsed.TotalSeconds:0.0} s."));

        var results = new List<(string Mode, double Rate, double CpuMs, double SenderCpuMs, LatencySample Sample, string Load)>();
        var failed = false;
        foreach (var (mode, batchSize) in modes)
        {
            var dataDirectory = Path.Combine(Path.GetTempPath(), $"mutualaid-inbox-load-{Guid.NewGuid():N}");
            try
            {
                await actors.SeedAsync(dataDirectory);
                var environment = new Dictionary<string, string> { ["MutualAid__Federation__RunWorkers"] = "false" };
                if (batchSize.Length > 0)
                {
                    environment["MutualAid__Federation__InboxWriter__MaxBatchSize"] = batchSize;
                }

                var (rate, cpuMs, senderCpuMs, sample, statuses, load) = await MeasureAsync(dataDirectory, port, environment, senders, warmup, activities, pinned ? "0" : null);
                var (rows, missing, repeated) = await InboxLoadSenders.CountStoredAsync(dataDirectory, [.. warmup, .. activities]);
                var expected = warmup.Length + activities.Length;
                Console.WriteLine($"{mode}: answers {statuses}; stored rows {rows} (expected {expected}), missing {missing}, stored twice {repeated}");
                failed |= rows != expected || missing != 0 || repeated != 0;
                results.Add((mode, rate, cpuMs, senderCpuMs, sample, load));
            }
            finally
            {
                System.IO.Directory.Delete(dataDirectory, recursive: true);
            }
        }

        Console.WriteLine();
        Console.WriteLine(pinned
            ? $"{count} activities, {senders} concurrent senders; server pinned to core 0, senders to core 1"
            : $"{count} activities, {senders} concurrent senders, {Environment.ProcessorCount} cores shared by the senders and the server");
        Console.WriteLine("| Mode                                | accepted/s | server CPU ms/activity | senders' CPU ms/activity |   p50 ms |   p95 ms |   p99 ms | load average (1/5/15 min) |");
        Console.WriteLine("|-------------------------------------|-----------:|-----------------------:|-------------------------:|---------:|---------:|---------:|---------------------------|");
        foreach (var (mode, rate, cpuMs, senderCpuMs, sample, load) in results)
        {
            Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "| {0,-35} | {1,10:0} | {2,22:0.00} | {3,24:0.00} | {4,8:0.0} | {5,8:0.0} | {6,8:0.0} | {7,-25} |",
                mode, rate, cpuMs, senderCpuMs, sample.Percentile(50), sample.Percentile(95), sample.Percentile(99), load));
        }

        if (results.Count == 2)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Group commit / commit per activity: {results[1].Rate / results[0].Rate:0.0}x the throughput, p50 {results[1].Sample.Percentile(50) / results[0].Sample.Percentile(50):0.00}x"));
        }

        return failed ? 1 : 0;
    }

    private static async Task<(double Rate, double CpuMs, double SenderCpuMs, LatencySample Sample, string Statuses, string Load)> MeasureAsync(
        string dataDirectory, int port, Dictionary<string, string> environment, int senders, SignedActivity[] warmup, SignedActivity[] activities, string? serverCpus)
    {
        await using var server = await ServerProcess.StartAsync(dataDirectory, port, environment, serverCpus);
        using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = senders, UseProxy = false }) { Timeout = TimeSpan.FromMinutes(2) };
        var target = new Uri(server.BaseAddress, "/inbox");
        var statuses = new Dictionary<HttpStatusCode, int>();
        await SendAllAsync(client, target, warmup, senders, new LatencySample("warmup"), statuses);

        var sample = new LatencySample("load");
        var load = File.ReadAllText("/proc/loadavg").Split(' ')[..3];
        var cpu = server.CpuTime;
        var senderCpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        await SendAllAsync(client, target, activities, senders, sample, statuses);
        var rate = activities.Length / clock.Elapsed.TotalSeconds;
        var cpuPerActivity = (server.CpuTime - cpu).TotalMilliseconds / activities.Length;
        var senderCpuPerActivity = (Process.GetCurrentProcess().TotalProcessorTime - senderCpu).TotalMilliseconds / activities.Length;

        // Duplicates: every one answered 202, none stored again (checked by the caller's count).
        await SendAllAsync(client, target, activities[..Math.Min(1000, activities.Length)], senders, new LatencySample("duplicates"), statuses);
        var text = string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{(int)s.Key}: {s.Value}"))
            + $" (503 queue full, retried: {Interlocked.Exchange(ref _busyAnswers, 0)})";
        return (rate, cpuPerActivity, senderCpuPerActivity, sample, text, string.Join(' ', load));
    }

    private static async Task SendAllAsync(HttpClient client, Uri target, SignedActivity[] activities, int senders, LatencySample sample, Dictionary<HttpStatusCode, int> statuses)
    {
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, senders).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < activities.Length)
            {
                var clock = Stopwatch.StartNew();
                var status = await PostAsync(client, target, activities[i]);
                var elapsed = clock.Elapsed;
                lock (sample)
                {
                    sample.Add(elapsed);
                    statuses[status] = statuses.GetValueOrDefault(status) + 1;
                }
            }
        }));
    }

    /// <summary>Posts until the inbox takes it: a 503 (queue full) is retried after its Retry-After, as a remote server would.</summary>
    private static async Task<HttpStatusCode> PostAsync(HttpClient client, Uri target, SignedActivity activity)
    {
        while (true)
        {
            using var request = activity.ToRequest(target);
            using var response = await client.SendAsync(request);
            if (response.StatusCode == HttpStatusCode.ServiceUnavailable)
            {
                Interlocked.Increment(ref _busyAnswers);
                await Task.Delay(response.Headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(1));
                continue;
            }

            if (response.StatusCode != HttpStatusCode.Accepted)
            {
                throw new InvalidOperationException($"The inbox answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
            }

            return response.StatusCode;
        }
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var value = args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
        return value is null ? fallback : int.Parse(value, CultureInfo.InvariantCulture);
    }
}
