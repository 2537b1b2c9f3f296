using System.Diagnostics;
using System.Globalization;
using System.Net;
using MutualAid.Benchmarks.Hosting;

namespace MutualAid.Benchmarks.Directory;

/// <summary>
/// Directory search latency over HTTP against the real server process: seeds N listings (local and
/// federated, five languages), starts <c>mutualaid serve</c> on a free loopback port, replays typical
/// searches and pages, and reports p50/p95/p99 per request kind plus the server's resident memory.
/// Run: <c>dotnet run -c Release --project tests/MutualAid.Benchmarks -- directory-load --listings 100000</c>
/// </summary>
internal static class DirectoryLoad
{
    public const string Verb = "directory-load";

    private static readonly (string Name, string Path)[] Requests =
    [
        ("API: newest open (no filter)", "/api/v1/directory/search"),
        ("API: q=rice", "/api/v1/directory/search?q=rice"),
        ("API: q=arroz kind=need language=es", "/api/v1/directory/search?q=arroz&kind=need&language=es"),
        ("API: q=clinic category=medical", "/api/v1/directory/search?q=clinic&category=medical"),
        ("API: q=法律援助 (trigram)", "/api/v1/directory/search?q=%E6%B3%95%E5%BE%8B%E6%8F%B4%E5%8A%A9"),
        ("API: category=food sort=urgent", "/api/v1/directory/search?category=food&sort=urgent"),
        ("API: kind=need urgency=high origin=remote", "/api/v1/directory/search?kind=need&urgency=high&origin=remote"),
        ("API: near Lavapiés 5 km, nearest", "/api/v1/directory/search?lat=40.4085&lon=-3.7012&radius=5&sort=nearest"),
        ("API: place=Pilsen 10 km, q=rice, nearest", "/api/v1/directory/search?place=Pilsen&radius=10&q=rice&sort=nearest"),
        ("API: open now, near Lavapiés 3 km", "/api/v1/directory/search?open=now&lat=40.4085&lon=-3.7012&radius=3"),
        ("API: q=rice page 5 (cursor)", "/api/v1/directory/search?q=rice&cursor=ZDo4MA"),
        ("HTML: home", "/"),
        ("HTML: search q=bread kind=offer", "/search?q=bread&kind=offer"),
        ("HTML: listing page", "/@collective-1/listings/bench00000001"),
        ("HTML: collective page", "/@collective-2"),
        ("Atom: q=rice", "/search.atom?q=rice"),
    ];

    public static async Task<int> RunAsync(string[] args)
    {
        var listings = Option(args, "--listings", 100_000);
        var iterations = Option(args, "--iterations", 200);
        var dataDirectory = args.SkipWhile(a => a != "--data-dir").Skip(1).FirstOrDefault()
            ?? Path.Combine(Path.GetTempPath(), $"mutualaid-directory-load-{listings}");
        var output = Console.Out;

        var seedClock = Stopwatch.StartNew();
        await output.WriteLineAsync($"Seeding {listings} listings into {dataDirectory} ...");
        await DirectorySeeder.SeedAsync(dataDirectory, listings, output);
        await output.WriteLineAsync($"Seeded in {seedClock.Elapsed.TotalSeconds:0.0} s.");

        await using var server = await ServerProcess.StartAsync(dataDirectory, ServerProcess.FreePort(), new Dictionary<string, string>());
        using var client = new HttpClient { BaseAddress = server.BaseAddress };
        foreach (var (_, path) in Requests)
        {
            for (var i = 0; i < 20; i++)
            {
                await GetAsync(client, path);
            }
        }

        var samples = new List<LatencySample>();
        foreach (var (name, path) in Requests)
        {
            var sample = new LatencySample(name);
            for (var i = 0; i < iterations; i++)
            {
                var clock = Stopwatch.StartNew();
                await GetAsync(client, path);
                sample.Add(clock.Elapsed);
            }

            samples.Add(sample);
        }

        var (throughput, concurrentSample) = await ConcurrentAsync(client, iterations);
        await output.WriteLineAsync();
        await output.WriteLineAsync($"{listings} listings, {Environment.ProcessorCount} cores, {iterations} sequential requests per row (client-measured over loopback HTTP, ms)");
        await output.WriteLineAsync("| Request                                                    |     n |     p50 |     p95 |     p99 |");
        await output.WriteLineAsync("|------------------------------------------------------------|-------|---------|---------|---------|");
        foreach (var sample in samples.Append(concurrentSample))
        {
            await output.WriteLineAsync(sample.Row());
        }

        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"Mixed API searches, 4 concurrent clients: {throughput:0} requests/s"));
        await output.WriteLineAsync($"Server resident memory: {Memory(server.ProcessId, "VmRSS")} (peak {Memory(server.ProcessId, "VmHWM")})");
        return 0;
    }

    private static async Task<(double PerSecond, LatencySample Sample)> ConcurrentAsync(HttpClient client, int iterations)
    {
        var api = Requests.Where(r => r.Path.StartsWith("/api/", StringComparison.Ordinal)).Select(r => r.Path).ToArray();
        var sample = new LatencySample("API mix, 4 concurrent clients");
        var total = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, 4).Select(async worker =>
        {
            for (var i = 0; i < iterations; i++)
            {
                var clock = Stopwatch.StartNew();
                await GetAsync(client, api[(i + worker) % api.Length]);
                lock (sample)
                {
                    sample.Add(clock.Elapsed);
                }
            }
        }));
        return (4 * iterations / total.Elapsed.TotalSeconds, sample);
    }

    private static async Task GetAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"GET {path} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }

        await response.Content.ReadAsByteArrayAsync();
    }

    private static string Memory(int pid, string field)
    {
        var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith(field + ":", StringComparison.Ordinal));
        return line is null ? "unknown" : line[(field.Length + 1)..].Trim();
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var value = args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
        return value is null ? fallback : int.Parse(value, CultureInfo.InvariantCulture);
    }
}
