using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MutualAid.Core.Federation;
using MutualAid.Core.Listings.Actors;
using MutualAid.Testing.Fediverse;

namespace MutualAid.Federation.Tests.ListingActors;

/// <summary>Issue 7 "done when": following a fund actor on another instance, its news, and its Delete.</summary>
public sealed class ListingActorFederationTests : IDisposable
{
    private const string FundActor = "https://b.test/actors/tenants.rent-fund";
    private readonly Fediverse _fediverse = new();

    [Fact]
    public async Task A_fund_follower_gets_its_news_and_its_Delete_while_collective_followers_get_neither()
    {
        var a = _fediverse.Add("a.test");
        var b = _fediverse.Add("b.test");
        var c = _fediverse.Add("c.test");
        var member = await b.CreateCollectiveWithAdminAsync("tenants");
        using var client = await FediverseSteps.LoggedInAsync(b, member);
        var body = ListingActorSteps.Fund();
        var id = await FediverseSteps.CreateListingAsync(client, "tenants", body);
        var noteIri = $"https://b.test/listings/{id}";

        await ListingActorSteps.FollowHandleAsync(a, "@tenants.rent-fund@b.test", FundActor);
        await FediverseSteps.FollowAsync(c, b, "tenants");
        Assert.Equal(1, await b.InDatabaseAsync(db => db.Set<Follower>().CountAsync(f => f.LocalActorIri == FundActor && f.State == FollowState.Accepted)));
        var view = await b.InDatabaseAsync(db => new FindListingActor(db).ExecuteAsync("tenants", id, CancellationToken.None));
        Assert.Equal(new ListingActorView { Followable = true, Username = "tenants.rent-fund", Handle = "tenants.rent-fund@b.test", ActorIri = FundActor, Followers = 1 }, view);

        // More money raised: the fund's followers read it; the listing's Update reaches both.
        await ListingActorSteps.EditAsync(client, "tenants", id, body, 1, f => f["fund"]!["raisedAmount"] = 2500);
        var news = await a.EventuallyAsync(_ => ListingActorSteps.ReceivedAsync(a, FundActor, "Create"), n => n.Count == 1, "the raised-amount news");
        var text = ListingActorSteps.NoteText(news[0]);
        Assert.Contains("Raised: 2,500.00 EUR of 5,000.25 EUR (49%) (1,300.00 EUR more)", text, StringComparison.Ordinal);
        var note = JsonNode.Parse(news[0])!["object"]!;
        Assert.Equal(FundActor, note["attributedTo"]!.GetValue<string>());
        Assert.Equal(FundActor + "/followers", note["cc"]![0]!.GetValue<string>());
        Assert.Null(note["listingKind"]);

        // The fund's profile fields (Raised) follow the edit: its followers' servers get an Update of the actor.
        var profile = await a.EventuallyAsync(_ => ListingActorSteps.ReceivedAsync(a, FundActor, "Update"), n => n.Count == 1, "the Update of the fund actor");
        Assert.Contains("2,500.00 EUR (49%)", JsonNode.Parse(profile[0])!["object"]!["attachment"]![1]!["value"]!.GetValue<string>(), StringComparison.Ordinal);

        // Fully funded: give elsewhere.
        await ListingActorSteps.EditAsync(client, "tenants", id, body, 2, f =>
        {
            f["fund"]!["fullyFunded"] = true;
            f["fund"]!["giveElsewhereUrl"] = "https://other.example/fund";
        });
        news = await a.EventuallyAsync(_ => ListingActorSteps.ReceivedAsync(a, FundActor, "Create"), n => n.Count == 2, "the fully-funded news");
        Assert.Contains("Fully funded: please give elsewhere: other.example/fund", ListingActorSteps.NoteText(news[1]), StringComparison.Ordinal);
        Assert.Contains("href=\"https://other.example/fund\"", JsonNode.Parse(news[1])!["object"]!["content"]!.GetValue<string>(), StringComparison.Ordinal);

        // The fund follower also stored the listing (its Updates cc the fund's followers) and linked it to the fund actor.
        var stored = await a.EventuallyAsync(
            db => db.Listings.AsNoTracking().SingleOrDefaultAsync(l => l.Origin.ObjectIri == noteIri),
            l => l is { Fund.FullyFunded: true, Origin.ListingActorIri: not null }, "the listing linked to its fund actor");
        Assert.Equal(FundActor, stored!.Origin.ListingActorIri);
        Assert.Equal("tenants.rent-fund@b.test", stored.Origin.ListingActorHandle);
        Assert.Equal(1, stored.Origin.ListingActorFollowers);

        // The collective's follower got the listing's Updates, but none of the fund's news.
        await c.EventuallyAsync(db => db.Listings.AsNoTracking().Where(l => l.Origin.ObjectIri == noteIri).Select(l => l.Fund!.FullyFunded).SingleOrDefaultAsync(), f => f, "the fully-funded Update");
        Assert.Empty(await ListingActorSteps.ReceivedAsync(c, FundActor, "Create"));
        Assert.Equal(0, await b.InDatabaseAsync(db => db.Set<DeliveryJob>().CountAsync(j => j.Activity!.ActorIri == FundActor && j.Host == "c.test")));

        // Following turned off: the fund actor deletes itself to its followers and leaves a tombstone.
        await ListingActorSteps.EditAsync(client, "tenants", id, body, 3, f => f["followable"] = false);
        await a.EventuallyAsync(db => db.Set<Following>().CountAsync(f => f.RemoteActorIri == FundActor), n => n == 0, "the Delete of the fund actor");
        Assert.NotNull(await a.InDatabaseAsync(db => db.Set<RemoteActor>().Where(r => r.Iri == FundActor).Select(r => r.DeletedAt).SingleAsync()));
        await a.EventuallyAsync(db => db.Listings.AsNoTracking().Where(l => l.Origin.ObjectIri == noteIri).Select(l => l.Origin.ListingActorIri).SingleAsync(), iri => iri is null, "the unlinked listing");
        Assert.Empty(await ListingActorSteps.ReceivedAsync(c, FundActor, "Delete"));

        using var reader = ListingActorSteps.ActivityPubClient(b);
        using var gone = await reader.GetAsync("/actors/tenants.rent-fund");
        Assert.Equal(HttpStatusCode.Gone, gone.StatusCode);
        var tombstone = JsonNode.Parse(await gone.Content.ReadAsStringAsync())!;
        Assert.Equal("Tombstone", tombstone["type"]!.GetValue<string>());
        Assert.Equal(FundActor, tombstone["id"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Gone, (await reader.GetAsync("/.well-known/webfinger?resource=acct:tenants.rent-fund@b.test")).StatusCode);
        Assert.Equal(0, await b.InDatabaseAsync(db => db.Set<Follower>().CountAsync(f => f.LocalActorIri == FundActor)));
        Assert.False((await b.InDatabaseAsync(db => new FindListingActor(db).ExecuteAsync("tenants", id, CancellationToken.None))).Followable);
    }

    [Fact]
    public async Task Deleting_a_followable_listing_deletes_its_actor_and_the_handle_stays_retired()
    {
        var a = _fediverse.Add("a.test");
        var b = _fediverse.Add("b.test");
        var member = await b.CreateCollectiveWithAdminAsync("tenants");
        using var client = await FediverseSteps.LoggedInAsync(b, member);
        var id = await FediverseSteps.CreateListingAsync(client, "tenants", ListingActorSteps.Fund());
        await ListingActorSteps.FollowHandleAsync(a, "@tenants.rent-fund@b.test", FundActor);

        (await client.DeleteAsync($"/api/v1/collectives/tenants/listings/{id}")).EnsureSuccessStatusCode();
        await a.EventuallyAsync(db => db.Set<Following>().CountAsync(f => f.RemoteActorIri == FundActor), n => n == 0, "the Delete of the fund actor");
        using var reader = ListingActorSteps.ActivityPubClient(b);
        Assert.Equal(HttpStatusCode.Gone, (await reader.GetAsync("/actors/tenants.rent-fund")).StatusCode);

        // Another listing cannot take the retired handle: remote servers still remember it.
        using var taken = await client.PostAsJsonAsync("/api/v1/collectives/tenants/listings", ListingActorSteps.Fund());
        Assert.Equal(HttpStatusCode.BadRequest, taken.StatusCode);
        Assert.Contains("actorSlug", await taken.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    public void Dispose() => _fediverse.Dispose();
}
