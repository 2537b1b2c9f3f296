using System.Net;
using BenchmarkDotNet.Attributes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MutualAid.Core.Data;
using MutualAid.Core.Federation;
using MutualAid.Core.Listings;
using MutualAid.Federation.Delivery;
using MutualAid.Testing;
using MutualAid.Testing.Fediverse;

namespace MutualAid.Benchmarks.Federation;

/// <summary>
/// Delivery fan-out: one listing created by a collective with 2,000 followers on 200 hosts (10 per host,
/// sharing the host's inbox) is queued and delivered: 200 signed POSTs. The hosts are in-memory inboxes
/// that answer 202, so the figure is our cost (queueing, leasing, signing, bookkeeping), not the network's.
/// </summary>
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5, invocationCount: 1)]
public class DeliveryFanOutBenchmarks
{
    private const int Hosts = 200;
    private const int FollowersPerHost = 10;

    private Fediverse _fediverse = null!;
    private FediverseInstance _b = null!;
    private HttpClient _client = null!;
    private int _received;

    [GlobalSetup]
    public void Setup()
    {
        _fediverse = new Fediverse();
        _b = _fediverse.Add("b.test", settings: new Dictionary<string, string> { ["MutualAid:Federation:RunWorkers"] = "false" });
        var member = _b.CreateCollectiveWithAdminAsync("food-bank").GetAwaiter().GetResult();
        for (var h = 0; h < Hosts; h++)
        {
            _fediverse.Router.Register($"host{h}.test", () => new CountingInbox(this));
        }

        _b.InDatabaseAsync(async db =>
        {
            for (var h = 0; h < Hosts; h++)
            {
                for (var f = 0; f < FollowersPerHost; f++)
                {
                    var actor = new RemoteActor
                    {
                        Iri = $"https://host{h}.test/users/u{f}",
                        Domain = $"host{h}.test",
                        InboxUrl = $"https://host{h}.test/users/u{f}/inbox",
                        SharedInboxUrl = $"https://host{h}.test/inbox",
                    };
                    db.Set<RemoteActor>().Add(actor);
                    db.Set<Follower>().Add(new Follower { LocalActorIri = "https://b.test/actors/food-bank", RemoteActor = actor, State = FollowState.Accepted, FollowActivityIri = actor.Iri + "#follow" });
                }
            }

            return await db.SaveChangesAsync();
        }).GetAwaiter().GetResult();
        _client = FediverseClient(member).GetAwaiter().GetResult();
    }

    [Benchmark(Description = "create listing -> 200 deliveries for 2,000 followers")]
    public async Task FanOut()
    {
        _received = 0;
        using var response = await _client.PostAsync("/api/v1/collectives/food-bank/listings",
            new StringContent(ListingSamples.Offer().ToJsonString(), System.Text.Encoding.UTF8, "application/json"));
        response.EnsureSuccessStatusCode();
        var runner = _b.Services.GetRequiredService<DeliveryRunner>();
        while (await runner.RunOnceAsync(CancellationToken.None) > 0)
        {
        }

        if (_received != Hosts)
        {
            throw new InvalidOperationException($"Expected {Hosts} deliveries, got {_received}.");
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _client.Dispose();
        _fediverse.Dispose();
    }

    private async Task<HttpClient> FediverseClient(TestMember member)
    {
        var client = _b.CreateClient();
        await client.LoginAsync(member.Email, member.Password);
        return client;
    }

    private sealed class CountingInbox(DeliveryFanOutBenchmarks owner) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref owner._received);
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.Accepted));
        }
    }
}
