using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MutualAid.Core.Accounts;
using MutualAid.Core.Collectives;
using MutualAid.Core.Federation;
using MutualAid.Core.Listings;
using MutualAid.Federation.Policy;
using MutualAid.Testing;
using MutualAid.Testing.Fediverse;

namespace MutualAid.Federation.Tests.Discovery;

/// <summary>A domain block cuts the ties already made: followers, follows, listings, likes, queued deliveries and inbox.</summary>
public sealed class DefederationTests : IDisposable
{
    private const string OperatorEmail = "operator@b.test";
    private readonly Fediverse _fediverse = new();
    private readonly TempDirectory _bData = new();

    [Fact]
    public async Task Blocking_a_domain_through_the_api_removes_its_followers_follows_listings_and_likes_and_gives_up_its_deliveries()
    {
        var (a, b, c) = ThreeInstances(new() { ["MutualAid:Federation:Operators:0"] = OperatorEmail });
        var member = await b.CreateCollectiveWithAdminAsync("food-bank");
        await using (var scope = b.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<AddUser>().ExecuteAsync(OperatorEmail, MutualAidAppFactory.Password, "food-bank", MemberRole.Admin, CancellationToken.None);
        }

        await FediverseSteps.FollowAsync(a, b, "food-bank");
        await FediverseSteps.FollowAsync(c, b, "food-bank");
        await StoreListingFromAsync(a, b);
        using var client = await FediverseSteps.LoggedInAsync(b, member);
        var liked = await FediverseSteps.CreateListingAsync(client, "food-bank", ListingSamples.Need());
        await FediverseSteps.ReceiveAuthenticatedAsync(b, Like("https://a.test/activities/like-1", $"https://b.test/listings/{liked}"));
        Assert.Equal(1, await b.InDatabaseAsync(db => db.Set<Interaction>().CountAsync()));

        // a.test is down while b publishes: its delivery waits for a retry (and is the only one waiting for a.test).
        await b.EventuallyAsync(db => db.Set<DeliveryJob>().CountAsync(j => j.Host == "a.test" && j.State == DeliveryState.Pending), n => n == 0, "b's earlier deliveries to a.test");
        _fediverse.Router.TakeDown("a.test");
        var offer = await FediverseSteps.CreateListingAsync(client, "food-bank", ListingSamples.Offer());
        var waiting = await b.EventuallyAsync(
            db => db.Set<DeliveryJob>().AsNoTracking().SingleOrDefaultAsync(j => j.Host == "a.test" && j.Activity!.ObjectIri == $"https://b.test/listings/{offer}"),
            j => j is { Attempts: >= 1 }, "a failed attempt at a.test");
        _fediverse.Router.BringUp("a.test");

        using var operatorClient = b.CreateClient();
        await operatorClient.LoginAsync(OperatorEmail, MutualAidAppFactory.Password);
        using var blocked = await operatorClient.PostAsJsonAsync("/api/v1/admin/federation/domain-blocks", new { domain = "a.test", reason = "fake bail fund" });

        Assert.Equal(HttpStatusCode.Created, blocked.StatusCode);
        var removed = JsonNode.Parse(await blocked.Content.ReadAsStringAsync())!["removed"]!;
        Assert.Equal(
            """{"followers":1,"follows":1,"listings":1,"interactions":1,"deliveryJobs":1}""",
            removed.ToJsonString());
        Assert.Equal(["c.test"], await b.InDatabaseAsync(db => db.Set<Follower>().Select(f => f.RemoteActor!.Domain).ToListAsync()));
        Assert.Equal(0, await b.InDatabaseAsync(db => db.Set<Following>().CountAsync()));
        Assert.Equal(0, await b.InDatabaseAsync(db => db.Listings.CountAsync(l => l.Origin.Kind == OriginKind.Remote)));
        Assert.Equal(0, await b.InDatabaseAsync(db => db.Set<Interaction>().CountAsync()));
        var given = await b.InDatabaseAsync(db => db.Set<DeliveryJob>().AsNoTracking().SingleAsync(j => j.Id == waiting!.Id));
        Assert.Equal(DeliveryState.GaveUp, given.State);
        Assert.Equal("This instance no longer federates with that domain.", given.LastError);
        Assert.Empty(JsonNode.Parse(await client.GetStringAsync("/api/v1/directory/search?q=coats&origin=remote"))!["items"]!.AsArray());

        // What b publishes now goes to c.test only, followers-only listings included.
        var secret = ListingSamples.Offer();
        secret["visibility"] = "followersOnly";
        var secretId = await FediverseSteps.CreateListingAsync(client, "food-bank", secret);
        Assert.Equal(["c.test"], await b.InDatabaseAsync(db => db.Set<DeliveryJob>().Where(j => j.Activity!.ObjectIri == $"https://b.test/listings/{secretId}").Select(j => j.Host).ToListAsync()));

        // An activity a.test's server got accepted just before the block is not acted on.
        var late = await FediverseSteps.ReceiveOnceAsync(b, Like("https://a.test/activities/like-2", $"https://b.test/listings/{liked}"));
        Assert.Equal(InboxItemState.Failed, late.State);
        Assert.Equal("Not processed: this instance no longer federates with a.test.", late.Error);
        Assert.Equal(0, await b.InDatabaseAsync(db => db.Set<Interaction>().CountAsync()));
    }

    [Fact]
    public async Task A_block_from_configuration_applies_to_what_was_stored_before_the_restart()
    {
        var a = _fediverse.Add("a.test");
        var b = _fediverse.Add("b.test", dataDirectory: _bData.Path);
        await b.CreateCollectiveWithAdminAsync("food-bank");
        await FediverseSteps.FollowAsync(a, b, "food-bank");
        await StoreListingFromAsync(a, b);
        _fediverse.Stop(b);

        var restarted = _fediverse.Add("b.test", dataDirectory: _bData.Path, settings: new Dictionary<string, string> { ["MutualAid:Federation:BlockedDomains:0"] = "a.test" });

        await restarted.EventuallyAsync(db => db.Listings.CountAsync(l => l.Origin.Kind == OriginKind.Remote), n => n == 0, "a.test's listing removed");
        Assert.Equal(0, await restarted.InDatabaseAsync(db => db.Set<Follower>().CountAsync()));
        Assert.Equal(0, await restarted.InDatabaseAsync(db => db.Set<Following>().CountAsync()));
    }

    [Fact]
    public async Task A_job_queued_for_a_host_blocked_since_is_given_up_when_its_turn_comes_and_never_sent()
    {
        // An hour between chores: only the delivery worker's own check can stop this job.
        var (a, b, _) = ThreeInstances(new() { ["MutualAid:Federation:DomainRulesRefresh"] = "01:00:00" });
        var member = await b.CreateCollectiveWithAdminAsync("food-bank");
        await FediverseSteps.FollowAsync(a, b, "food-bank");
        await b.InDatabaseAsync(async db =>
        {
            db.Set<DomainBlock>().Add(new DomainBlock { Domain = "a.test", Reason = "written by another process", CreatedAt = DateTimeOffset.UtcNow });
            return await db.SaveChangesAsync();
        });
        b.Services.GetRequiredService<DomainRules>().Invalidate();

        using var client = await FediverseSteps.LoggedInAsync(b, member);
        var id = await FediverseSteps.CreateListingAsync(client, "food-bank", ListingSamples.Offer());

        var job = await b.EventuallyAsync(db => db.Set<DeliveryJob>().AsNoTracking().SingleOrDefaultAsync(j => j.Host == "a.test" && j.Activity!.ObjectIri == $"https://b.test/listings/{id}"),
            j => j is { State: not DeliveryState.Pending }, "the job's turn");
        Assert.Equal(DeliveryState.GaveUp, job!.State);
        Assert.Equal(0, job.Attempts);
        Assert.Equal("This instance no longer federates with a.test.", job.LastError);
        Assert.Equal(0, await a.InDatabaseAsync(db => db.Listings.CountAsync(l => l.Origin.Kind == OriginKind.Remote)));
    }

    public void Dispose()
    {
        _fediverse.Dispose();
        _bData.Dispose();
    }

    private (FediverseInstance A, FediverseInstance B, FediverseInstance C) ThreeInstances(Dictionary<string, string> bSettings) =>
        (_fediverse.Add("a.test"), _fediverse.Add("b.test", settings: bSettings), _fediverse.Add("c.test"));

    /// <summary>b's instance actor follows a collective on a, which publishes an offer that b stores.</summary>
    private static async Task StoreListingFromAsync(FediverseInstance a, FediverseInstance b)
    {
        var member = await a.CreateCollectiveWithAdminAsync("tenants");
        await FediverseSteps.FollowAsync(b, a, "tenants");
        using var client = await FediverseSteps.LoggedInAsync(a, member);
        await FediverseSteps.CreateListingAsync(client, "tenants", ListingSamples.Offer());
        await b.EventuallyAsync(db => db.Listings.CountAsync(l => l.Origin.InstanceDomain == "a.test"), n => n == 1, "a.test's listing on b.test");
    }

    private static JsonObject Like(string id, string listing) => new()
    {
        ["@context"] = "https://www.w3.org/ns/activitystreams",
        ["id"] = id,
        ["type"] = "Like",
        ["actor"] = "https://a.test/actors/tenants",
        ["object"] = listing,
    };
}
