using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using MutualAid.Core.Federation;
using Microsoft.Extensions.DependencyInjection;
using MutualAid.Testing.Fediverse;

namespace MutualAid.Federation.Tests.Inbox;

public sealed class InboxReceiverTests : IDisposable
{
    private readonly Fediverse _fediverse = new();

    private static JsonObject Follow(string id, string target) => new()
    {
        ["@context"] = "https://www.w3.org/ns/activitystreams",
        ["id"] = id,
        ["type"] = "Follow",
        ["actor"] = "https://a.test/actors/instance_actor",
        ["object"] = target,
    };

    [Fact]
    public async Task An_unsigned_activity_is_refused_and_a_forged_actor_too()
    {
        var a = _fediverse.Add("a.test");
        var b = _fediverse.Add("b.test");
        await b.CreateCollectiveWithAdminAsync("clinic");
        using var plain = b.CreateClient();
        using var unsigned = await plain.PostAsync("/inbox", ListingFederationTests.Json(Follow("https://a.test/activities/1", "https://b.test/actors/clinic")));
        Assert.Equal(HttpStatusCode.Unauthorized, unsigned.StatusCode);

        // Signed by a.test's instance actor, but claiming to be someone else.
        var forged = Follow("https://a.test/activities/2", "https://b.test/actors/clinic");
        forged["actor"] = "https://a.test/actors/someone-else";
        using var response = await FediverseSteps.SignedClient(a).PostAsync("https://b.test/inbox", ListingFederationTests.Json(forged));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, await b.InDatabaseAsync(db => db.Set<InboxItem>().CountAsync()));
    }

    [Fact]
    public async Task The_same_activity_delivered_twice_is_stored_once()
    {
        var a = _fediverse.Add("a.test");
        var b = _fediverse.Add("b.test");
        await b.CreateCollectiveWithAdminAsync("clinic");
        var follow = Follow("https://a.test/activities/dup", "https://b.test/actors/clinic");
        for (var i = 0; i < 2; i++)
        {
            using var response = await FediverseSteps.SignedClient(a).PostAsync("https://b.test/actors/clinic/inbox", ListingFederationTests.Json(follow));
            Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        }

        Assert.Equal(1, await b.InDatabaseAsync(db => db.Set<InboxItem>().CountAsync(i => i.ActivityIri == "https://a.test/activities/dup")));
        await b.EventuallyAsync(db => db.Set<Follower>().CountAsync(f => f.State == FollowState.Accepted), n => n == 1, "one follower");
        // One Accept went back to a.test, not two.
        await b.EventuallyAsync(db => db.Set<DeliveryJob>().CountAsync(j => j.State == DeliveryState.Delivered), n => n == 1, "the Accept delivered");
        Assert.Equal(1, await b.InDatabaseAsync(db => db.Set<OutboxActivity>().CountAsync(o => o.Type == "Accept")));
    }

    [Fact]
    public async Task A_blocked_domain_is_refused_before_anything_is_fetched_or_stored()
    {
        var a = _fediverse.Add("a.test");
        var b = _fediverse.Add("b.test", settings: new Dictionary<string, string> { ["MutualAid:Federation:BlockedDomains:0"] = "a.test" });
        await b.CreateCollectiveWithAdminAsync("clinic");
        var before = _fediverse.Router.RequestCount;
        using var response = await FediverseSteps.SignedClient(a).PostAsync("https://b.test/inbox", ListingFederationTests.Json(Follow("https://a.test/activities/3", "https://b.test/actors/clinic")));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(0, await b.InDatabaseAsync(db => db.Set<RemoteActor>().CountAsync()));
        // The double-knock retried once with the other scheme; b never called back to a.
        Assert.Equal(2, _fediverse.Router.RequestCount - before);
    }

    [Fact]
    public async Task A_rotated_key_is_picked_up_by_refetching_the_actor()
    {
        var a = _fediverse.Add("a.test");
        var b = _fediverse.Add("b.test");
        await b.CreateCollectiveWithAdminAsync("clinic");
        using (var first = await FediverseSteps.SignedClient(a).PostAsync("https://b.test/inbox", ListingFederationTests.Json(Follow("https://a.test/activities/k1", "https://b.test/actors/clinic"))))
        {
            Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        }

        var oldPem = await b.InDatabaseAsync(db => db.ActorKeys.Where(k => k.KeyId == "https://a.test/actors/instance_actor#main-key").Select(k => k.PublicKeyPem).SingleAsync());
        await using (var scope = a.Services.CreateAsyncScope())
        {
            var keys = scope.ServiceProvider.GetRequiredService<MutualAid.Federation.Actors.LocalActorKeys>();
            await keys.RotateRsaAsync(scope.ServiceProvider.GetRequiredService<MutualAid.Federation.Actors.LocalActorDirectory>().Instance, CancellationToken.None);
        }

        // A new HttpClient picks up the rotated instance key.
        using var second = await FediverseSteps.SignedClient(a).PostAsync("https://b.test/inbox", ListingFederationTests.Json(Follow("https://a.test/activities/k2", "https://b.test/actors/clinic")));
        Assert.Equal(HttpStatusCode.Accepted, second.StatusCode);
        var newPem = await b.InDatabaseAsync(db => db.ActorKeys.Where(k => k.KeyId == "https://a.test/actors/instance_actor#main-key").Select(k => k.PublicKeyPem).SingleAsync());
        Assert.NotEqual(oldPem, newPem);
    }

    public void Dispose() => _fediverse.Dispose();
}
