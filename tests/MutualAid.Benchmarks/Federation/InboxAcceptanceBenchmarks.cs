using System.Net;
using System.Text;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;
using MutualAid.Testing.Fediverse;

namespace MutualAid.Benchmarks.Federation;

/// <summary>
/// Inbox acceptance: a Follow signed by a.test's instance actor, POSTed to b.test's shared inbox, verified
/// (RFC 9421, RSA), checked for duplicates and stored; 202. The signing side's cost is included.
/// Both servers run in-process; the network is the in-memory router.
/// </summary>
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 8)]
public class InboxAcceptanceBenchmarks
{
    private Fediverse _fediverse = null!;
    private HttpClient _signed = null!;
    private int _sequence;

    [GlobalSetup]
    public void Setup()
    {
        _fediverse = new Fediverse();
        var a = _fediverse.Add("a.test");
        var b = _fediverse.Add("b.test", settings: new Dictionary<string, string> { ["MutualAid:Federation:RunWorkers"] = "false" });
        b.CreateCollectiveWithAdminAsync("food-bank").GetAwaiter().GetResult();
        _signed = a.Services.GetRequiredService<IHttpClientFactory>().CreateClient("federation");
        // First request: b fetches and caches a's key, as it would once per peer.
        Accept().GetAwaiter().GetResult();
    }

    [Benchmark(Description = "sign + POST + verify + store (one activity)")]
    public async Task Accept()
    {
        var id = Interlocked.Increment(ref _sequence);
        var body = $$"""{"@context":"https://www.w3.org/ns/activitystreams","id":"https://a.test/activities/bench-{{id}}","type":"Follow","actor":"https://a.test/actors/instance_actor","object":"https://b.test/actors/food-bank"}""";
        using var content = new StringContent(body, Encoding.UTF8, "application/activity+json");
        using var response = await _signed.PostAsync("https://b.test/inbox", content);
        if (response.StatusCode != HttpStatusCode.Accepted)
        {
            throw new InvalidOperationException($"The inbox answered {(int)response.StatusCode}.");
        }
    }

    [GlobalCleanup]
    public void Cleanup() => _fediverse.Dispose();
}
