using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MutualAid.Core.Federation;
using MutualAid.Core.Listings.Actors;
using MutualAid.Federation.Policy;
using MutualAid.Testing;
using MutualAid.Testing.Fediverse;

namespace MutualAid.Federation.Tests.ListingActors;

/// <summary>Following turned on after creation, off, and on again, on one instance.</summary>
public sealed class ListingActorLifecycleTests : IDisposable
{
    private readonly Fediverse _fediverse = new();

    [Fact]
    public async Task Turning_following_on_announces_the_listing_and_turning_it_on_again_revives_the_same_actor()
    {
        var b = _fediverse.Add("b.test");
        var member = await b.CreateCollectiveWithAdminAsync("tenants");
        using var client = await FediverseSteps.LoggedInAsync(b, member);
        var body = ListingSamples.Contact();
        body["followable"] = false;
        var id = await FediverseSteps.CreateListingAsync(client, "tenants", body);
        using var reader = ListingActorSteps.ActivityPubClient(b);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync("/actors/tenants.legal-hotline")).StatusCode);
        Assert.Null(await b.InDatabaseAsync(db => db.Listings.Where(l => l.PublicId == id).Select(l => l.ActorSlug).SingleAsync()));

        await ListingActorSteps.EditAsync(client, "tenants", id, body, 1, l => l["followable"] = true);
        var view = JsonNode.Parse(await client.GetStringAsync($"/api/v1/collectives/tenants/listings/{id}"))!;
        Assert.Equal("legal-hotline", view["actorSlug"]!.GetValue<string>());
        const string actor = "https://b.test/actors/tenants.legal-hotline";
        var announce = await b.InDatabaseAsync(db => db.Set<OutboxActivity>().SingleAsync(a => a.ActorIri == actor && a.Type == "Announce"));
        Assert.Equal($"https://b.test/listings/{id}", announce.ObjectIri);
        Assert.True(announce.Listed);
        var outbox = JsonNode.Parse(await reader.GetStringAsync("/actors/tenants.legal-hotline/outbox?page=1"))!;
        Assert.Equal("Announce", outbox["orderedItems"]![0]!["type"]!.GetValue<string>());
        var keyBefore = JsonNode.Parse(await reader.GetStringAsync("/actors/tenants.legal-hotline"))!["publicKey"]!["publicKeyPem"]!.GetValue<string>();

        await ListingActorSteps.EditAsync(client, "tenants", id, body, 2, l => l["followable"] = false);
        Assert.Equal(HttpStatusCode.Gone, (await reader.GetAsync("/actors/tenants.legal-hotline")).StatusCode);
        Assert.Equal(1, await b.InDatabaseAsync(db => db.Set<OutboxActivity>().CountAsync(a => a.ActorIri == actor && a.Type == "Delete" && a.ObjectIri == actor)));

        await ListingActorSteps.EditAsync(client, "tenants", id, body, 3, l => l["followable"] = true);
        using var back = await reader.GetAsync("/actors/tenants.legal-hotline");
        Assert.Equal(HttpStatusCode.OK, back.StatusCode);
        Assert.Equal(keyBefore, JsonNode.Parse(await back.Content.ReadAsStringAsync())!["publicKey"]!["publicKeyPem"]!.GetValue<string>());
        Assert.Equal(0, await b.InDatabaseAsync(db => db.Set<ListingActorTombstone>().CountAsync()));

        // A new phone number is news; the news Note can be fetched by its id, as Mastodon does for a link to it.
        await ListingActorSteps.EditAsync(client, "tenants", id, body, 4, l => l["contact"]!["phone"] = "+1 555 010 0000");
        var news = await b.InDatabaseAsync(db => db.Set<OutboxActivity>().SingleAsync(a => a.ActorIri == actor && a.Type == "Create"));
        Assert.StartsWith("https://b.test/notes/", news.ObjectIri, StringComparison.Ordinal);
        var fetched = JsonNode.Parse(await reader.GetStringAsync(new Uri(news.ObjectIri!).AbsolutePath))!;
        Assert.Equal(actor, fetched["attributedTo"]!.GetValue<string>());
        Assert.Contains("New phone: +1 555 010 0000 (was +1 555 010 9999).", fetched["content"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync("/notes/01jd0000000000000000000000")).StatusCode);
    }

    [Fact]
    public async Task Domain_blocks_apply_to_listing_actors_as_to_collectives()
    {
        var a = _fediverse.Add("a.test");
        var b = _fediverse.Add("b.test");
        var c = _fediverse.Add("c.test");
        var member = await b.CreateCollectiveWithAdminAsync("tenants");
        using var client = await FediverseSteps.LoggedInAsync(b, member);
        await FediverseSteps.CreateListingAsync(client, "tenants", ListingActorSteps.Fund());
        await b.InDatabaseAsync(db =>
        {
            db.Set<DomainBlock>().Add(new DomainBlock { Domain = "a.test", Reason = "harassment", CreatedAt = DateTimeOffset.UtcNow });
            return db.SaveChangesAsync();
        });
        b.Services.GetRequiredService<DomainRules>().Invalidate();

        static JsonObject Follow(string host) => new()
        {
            ["@context"] = "https://www.w3.org/ns/activitystreams",
            ["id"] = $"https://{host}/activities/follow-fund",
            ["type"] = "Follow",
            ["actor"] = $"https://{host}/actors/instance_actor",
            ["object"] = "https://b.test/actors/tenants.rent-fund",
        };
        using var refused = await FediverseSteps.SignedClient(a).PostAsync("https://b.test/actors/tenants.rent-fund/inbox", ListingFederationTests.Json(Follow("a.test")));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        using var accepted = await FediverseSteps.SignedClient(c).PostAsync("https://b.test/actors/tenants.rent-fund/inbox", ListingFederationTests.Json(Follow("c.test")));
        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        await b.EventuallyAsync(db => db.Set<Follower>().Where(f => f.LocalActorIri == "https://b.test/actors/tenants.rent-fund").Select(f => f.RemoteActor!.Domain).ToListAsync(),
            domains => domains.SequenceEqual(["c.test"]), "the follow from c.test only");
    }

    public void Dispose() => _fediverse.Dispose();
}
