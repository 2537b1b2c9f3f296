using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MutualAid.Core.Federation;
using MutualAid.Federation.Actors;
using MutualAid.Federation.Publishing;
using MutualAid.Testing;
using MutualAid.Testing.Fediverse;

namespace MutualAid.Federation.Tests;

public sealed class ThreeInstanceTests : IDisposable
{
    private readonly Fediverse _fediverse = new();

    [Fact]
    public async Task Followers_on_one_server_share_its_inbox_so_each_server_gets_one_request_per_activity()
    {
        var a = _fediverse.Add("a.test");
        var b = _fediverse.Add("b.test");
        var c = _fediverse.Add("c.test");
        var member = await b.CreateCollectiveWithAdminAsync("food-bank");
        await a.CreateCollectiveWithAdminAsync("tenants");
        await FediverseSteps.FollowAsync(a, b, "food-bank");
        await FediverseSteps.FollowAsync(c, b, "food-bank");
        await using (var scope = a.Services.CreateAsyncScope())
        {
            var tenants = await scope.ServiceProvider.GetRequiredService<LocalActorDirectory>().FindByUsernameAsync("tenants", CancellationToken.None);
            await scope.ServiceProvider.GetRequiredService<FollowRemoteActor>().ExecuteAsync("https://b.test/actors/food-bank", tenants, CancellationToken.None);
        }

        await b.EventuallyAsync(db => db.Set<Follower>().CountAsync(f => f.State == FollowState.Accepted), n => n == 3, "three followers");
        using var client = await FediverseSteps.LoggedInAsync(b, member);
        var id = await FediverseSteps.CreateListingAsync(client, "food-bank", ListingSamples.Fund());

        var inboxes = await b.InDatabaseAsync(db => db.Set<DeliveryJob>().Where(j => j.Activity!.Type == "Create").Select(j => j.InboxUrl).OrderBy(i => i).ToListAsync());
        Assert.Equal(["https://a.test/inbox", "https://c.test/inbox"], inboxes);
        await a.EventuallyAsync(db => db.Listings.CountAsync(l => l.Origin.ObjectIri == $"https://b.test/listings/{id}"), n => n == 1, "the fund on a.test");
        await c.EventuallyAsync(db => db.Listings.CountAsync(l => l.Origin.ObjectIri == $"https://b.test/listings/{id}"), n => n == 1, "the fund on c.test");
    }

    [Fact]
    public async Task A_profile_edit_reaches_followers_as_an_update_of_the_actor()
    {
        var a = _fediverse.Add("a.test");
        var b = _fediverse.Add("b.test");
        var member = await b.CreateCollectiveWithAdminAsync("food-bank");
        await FediverseSteps.FollowAsync(a, b, "food-bank");
        using var client = await FediverseSteps.LoggedInAsync(b, member);
        using var response = await client.PutAsJsonAsync("/api/v1/collectives/food-bank", new { name = "Eastside Food Bank", summary = "Food for all.", languages = new[] { "en" } });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await a.EventuallyAsync(db => db.Set<RemoteActor>().Where(r => r.Iri == "https://b.test/actors/food-bank").Select(r => r.Name).SingleAsync(), n => n == "Eastside Food Bank", "the new name");
    }

    [Fact]
    public async Task An_inbox_answering_410_loses_its_followers()
    {
        var a = _fediverse.Add("a.test");
        var b = _fediverse.Add("b.test");
        var member = await b.CreateCollectiveWithAdminAsync("food-bank");
        await FediverseSteps.FollowAsync(a, b, "food-bank");
        _fediverse.Router.TakeDown("a.test", HttpStatusCode.Gone);
        using var client = await FediverseSteps.LoggedInAsync(b, member);
        await FediverseSteps.CreateListingAsync(client, "food-bank", ListingSamples.Offer());
        await b.EventuallyAsync(db => db.Set<Follower>().CountAsync(), n => n == 0, "the follower removed");
        Assert.Equal(DeliveryState.GaveUp, await b.InDatabaseAsync(db => db.Set<DeliveryJob>().Where(j => j.Activity!.Type == "Create").Select(j => j.State).SingleAsync()));
    }

    [Fact]
    public async Task With_authorized_fetch_listings_need_a_signature_from_an_allowed_server()
    {
        var a = _fediverse.Add("a.test");
        var c = _fediverse.Add("c.test");
        var b = _fediverse.Add("b.test", settings: new Dictionary<string, string>
        {
            ["MutualAid:Federation:AuthorizedFetch"] = "true",
            ["MutualAid:Federation:BlockedDomains:0"] = "c.test",
        });
        var member = await b.CreateCollectiveWithAdminAsync("food-bank");
        using var client = await FediverseSteps.LoggedInAsync(b, member);
        var id = await FediverseSteps.CreateListingAsync(client, "food-bank", ListingSamples.Offer());

        using var anonymous = b.CreateClient();
        anonymous.DefaultRequestHeaders.Accept.ParseAdd("application/activity+json");
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync($"/listings/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/actors/food-bank")).StatusCode);

        using var signed = new HttpRequestMessage(HttpMethod.Get, $"https://b.test/listings/{id}");
        signed.Headers.Accept.ParseAdd("application/activity+json");
        using var answer = await FediverseSteps.SignedClient(a).SendAsync(signed);
        Assert.True(answer.StatusCode == HttpStatusCode.OK, $"{answer.StatusCode}: {await answer.Content.ReadAsStringAsync()} {answer.RequestMessage?.RequestUri}");
        using var blocked = new HttpRequestMessage(HttpMethod.Get, $"https://b.test/listings/{id}");
        blocked.Headers.Accept.ParseAdd("application/activity+json");
        Assert.Equal(HttpStatusCode.Forbidden, (await FediverseSteps.SignedClient(c).SendAsync(blocked)).StatusCode);
    }

    [Fact]
    public async Task A_collective_rotating_its_key_tells_followers_and_its_next_delivery_is_accepted()
    {
        var a = _fediverse.Add("a.test");
        var b = _fediverse.Add("b.test");
        var member = await b.CreateCollectiveWithAdminAsync("food-bank");
        await FediverseSteps.FollowAsync(a, b, "food-bank");
        const string keyId = "https://b.test/actors/food-bank#main-key";
        var before = await a.InDatabaseAsync(db => db.ActorKeys.Where(k => k.KeyId == keyId).Select(k => k.PublicKeyPem).SingleAsync());

        await using (var scope = b.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<RotateActorKey>().ExecuteAsync("food-bank", CancellationToken.None);
        }

        await a.EventuallyAsync(db => db.ActorKeys.Where(k => k.KeyId == keyId).Select(k => k.PublicKeyPem).SingleAsync(), pem => pem != before, "the new key on a.test");
        using var client = await FediverseSteps.LoggedInAsync(b, member);
        var id = await FediverseSteps.CreateListingAsync(client, "food-bank", ListingSamples.Offer());
        await a.EventuallyAsync(db => db.Listings.CountAsync(l => l.Origin.ObjectIri == $"https://b.test/listings/{id}"), n => n == 1, "the listing signed with the new key");
    }

    public void Dispose() => _fediverse.Dispose();
}
