using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using MutualAid.Core.Federation;
using MutualAid.Core.Listings;
using MutualAid.Testing;
using MutualAid.Testing.Fediverse;

namespace MutualAid.Federation.Tests;

public sealed class ListingFederationTests : IDisposable
{
    private readonly Fediverse _fediverse = new();

    [Fact]
    public async Task Create_update_and_delete_of_a_listing_reach_a_following_instance()
    {
        var a = _fediverse.Add("a.test");
        var b = _fediverse.Add("b.test");
        var member = await b.CreateCollectiveWithAdminAsync("food-bank");
        await FediverseSteps.FollowAsync(a, b, "food-bank");
        Assert.Equal(1, await b.InDatabaseAsync(db => db.Set<Follower>().CountAsync(f => f.State == FollowState.Accepted)));

        using var client = await FediverseSteps.LoggedInAsync(b, member);
        var id = await FediverseSteps.CreateListingAsync(client, "food-bank", ListingSamples.Offer());
        var noteIri = $"https://b.test/listings/{id}";
        var stored = await a.EventuallyAsync(db => db.Listings.AsNoTracking().SingleOrDefaultAsync(l => l.Origin.ObjectIri == noteIri), l => l is not null, "the federated listing");
        Assert.Equal("Spare winter coats", stored!.Title);
        Assert.Equal(ListingKind.Offer, stored.Kind);
        Assert.Equal(12m, stored.Offer!.QuantityAvailable);
        Assert.Null(stored.CollectiveId);
        Assert.DoesNotContain("<script", stored.BodyHtml, StringComparison.Ordinal);
        Assert.Equal(LocationPrecision.Neighbourhood, stored.Location!.Precision);
        Assert.Equal("Lavapiés", stored.Location.PlaceName);

        var edit = ListingSamples.Offer();
        edit["title"] = "Winter coats, a few left";
        edit["status"] = "paused";
        edit["version"] = 1;
        (await client.PutAsJsonAsync($"/api/v1/collectives/food-bank/listings/{id}", edit)).EnsureSuccessStatusCode();
        await a.EventuallyAsync(db => db.Listings.AsNoTracking().Where(l => l.Origin.ObjectIri == noteIri).Select(l => l.Title).SingleAsync(), t => t == "Winter coats, a few left", "the update");

        (await client.DeleteAsync($"/api/v1/collectives/food-bank/listings/{id}")).EnsureSuccessStatusCode();
        await a.EventuallyAsync(db => db.ListingTombstones.CountAsync(t => t.Origin.ObjectIri == noteIri), n => n == 1, "the delete");
        Assert.Equal(0, await a.InDatabaseAsync(db => db.Listings.CountAsync(l => l.Origin.ObjectIri == noteIri)));

        using var reader = b.CreateClient();
        reader.DefaultRequestHeaders.Accept.ParseAdd("application/activity+json");
        using var gone = await reader.GetAsync($"/listings/{id}");
        Assert.Equal(HttpStatusCode.Gone, gone.StatusCode);
        Assert.Equal("Tombstone", JsonNode.Parse(await gone.Content.ReadAsStringAsync())!["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task Followers_only_listings_reach_followers_but_are_hidden_from_unsigned_fetches_and_the_outbox()
    {
        var a = _fediverse.Add("a.test");
        var b = _fediverse.Add("b.test");
        var member = await b.CreateCollectiveWithAdminAsync("bail-fund");
        await FediverseSteps.FollowAsync(a, b, "bail-fund");
        using var client = await FediverseSteps.LoggedInAsync(b, member);
        var body = ListingSamples.Need();
        body["visibility"] = "followersOnly";
        var id = await FediverseSteps.CreateListingAsync(client, "bail-fund", body);

        var stored = await a.EventuallyAsync(db => db.Listings.AsNoTracking().SingleOrDefaultAsync(l => l.Origin.ObjectIri == $"https://b.test/listings/{id}"), l => l is not null, "the followers-only listing");
        Assert.Equal(ListingVisibility.FollowersOnly, stored!.Visibility);

        using var anonymous = b.CreateClient();
        anonymous.DefaultRequestHeaders.Accept.ParseAdd("application/activity+json");
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/listings/{id}")).StatusCode);
        var page = JsonNode.Parse(await anonymous.GetStringAsync("/actors/bail-fund/outbox?page=1"))!;
        Assert.Empty(page["orderedItems"]!.AsArray());

        var publicId = await FediverseSteps.CreateListingAsync(client, "bail-fund", ListingSamples.Offer());
        var note = JsonNode.Parse(await anonymous.GetStringAsync($"/listings/{publicId}"))!;
        Assert.Equal("Note", note["type"]!.GetValue<string>());
        Assert.Equal("offer", note["listingKind"]!.GetValue<string>());
        Assert.Equal("https://www.w3.org/ns/activitystreams#Public", note["to"]![0]!.GetValue<string>());
        var outbox = JsonNode.Parse(await anonymous.GetStringAsync("/actors/bail-fund/outbox?page=1"))!;
        Assert.Single(outbox["orderedItems"]!.AsArray());
    }

    [Fact]
    public async Task Unfollowing_stops_deliveries()
    {
        var a = _fediverse.Add("a.test");
        var b = _fediverse.Add("b.test");
        await b.CreateCollectiveWithAdminAsync("clinic");
        await FediverseSteps.FollowAsync(a, b, "clinic");
        var followId = await a.InDatabaseAsync(db => db.Set<Following>().Select(f => f.FollowActivityIri).SingleAsync());

        var undo = new JsonObject
        {
            ["@context"] = "https://www.w3.org/ns/activitystreams",
            ["id"] = "https://a.test/activities/undo-1",
            ["type"] = "Undo",
            ["actor"] = "https://a.test/actors/instance_actor",
            ["object"] = new JsonObject { ["id"] = followId, ["type"] = "Follow", ["actor"] = "https://a.test/actors/instance_actor", ["object"] = "https://b.test/actors/clinic" },
        };
        using var response = await FediverseSteps.SignedClient(a).PostAsync("https://b.test/actors/clinic/inbox", Json(undo));
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        await b.EventuallyAsync(db => db.Set<Follower>().CountAsync(), n => n == 0, "the unfollow");
    }

    internal static StringContent Json(JsonNode node) =>
        new(node.ToJsonString(), System.Text.Encoding.UTF8, "application/activity+json");

    public void Dispose() => _fediverse.Dispose();
}
