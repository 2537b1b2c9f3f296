using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using MutualAid.Core.Federation;
using MutualAid.Testing;
using MutualAid.Testing.Fediverse;

namespace MutualAid.Federation.Tests.Inbox;

/// <summary>
/// Announces of remote listings by an actor we follow: the Note is taken from its origin (a.test) unless the
/// embedded copy comes from the announcer's own origin; announces by actors nobody here follows are ignored.
/// </summary>
public sealed class AnnounceTests : IDisposable
{
    private readonly Fediverse _fediverse = new();
    private int _sequence;

    [Fact]
    public async Task An_announce_by_iri_is_fetched_from_the_origin_and_stored_as_a_remote_listing()
    {
        var (a, b, _, iri) = await ThreeServersAsync();
        await FediverseSteps.ReceiveAuthenticatedAsync(b, Announce("https://c.test/actors/relay", JsonValue.Create(iri)));

        var stored = await b.InDatabaseAsync(db => db.Listings.AsNoTracking().SingleAsync(l => l.Origin.ObjectIri == iri));
        Assert.Equal("https://a.test/actors/food-bank", stored.Origin.ActorIri);
        Assert.Equal("Spare winter coats", stored.Title);
        var announce = await b.InDatabaseAsync(db => db.Set<Interaction>().SingleAsync());
        Assert.Equal((InteractionKind.Announce, "https://c.test/actors/relay", iri), (announce.Kind, announce.ActorIri, announce.ObjectIri));
        Assert.Equal(1, await a.InDatabaseAsync(db => db.Listings.CountAsync()));
    }

    [Fact]
    public async Task A_forged_copy_embedded_by_another_origin_is_not_trusted_the_origin_is_asked()
    {
        var (_, b, _, iri) = await ThreeServersAsync();
        var forged = await NoteAsync(b, iri);
        forged["name"] = "Forged: send money here";
        forged["nameMap"] = new JsonObject { ["en"] = "Forged: send money here" };
        await FediverseSteps.ReceiveAuthenticatedAsync(b, Announce("https://c.test/actors/relay", forged));

        Assert.Equal("Spare winter coats", await b.InDatabaseAsync(db => db.Listings.Where(l => l.Origin.ObjectIri == iri).Select(l => l.Title).SingleAsync()));
    }

    [Fact]
    public async Task A_copy_embedded_by_its_own_origin_is_stored_without_a_fetch()
    {
        var (_, b, c, _) = await ThreeServersAsync();
        var admin = await c.AddMemberAsync("relay", Core.Collectives.MemberRole.Admin);
        using var client = await FediverseSteps.LoggedInAsync(c, admin);
        var own = $"https://c.test/listings/{await FediverseSteps.CreateListingAsync(client, "relay", ListingSamples.Need())}";
        var note = await NoteAsync(b, own);
        await b.EventuallyAsync(db => db.Listings.CountAsync(l => l.Origin.ObjectIri == own), n => n == 1, "the Create from c.test");
        await b.InDatabaseAsync(db => db.Listings.Where(l => l.Origin.ObjectIri == own).ExecuteDeleteAsync());

        _fediverse.Router.TakeDown("c.test");
        await FediverseSteps.ReceiveAuthenticatedAsync(b, Announce("https://c.test/actors/relay", note));
        Assert.Equal("Necesitamos pañales", await b.InDatabaseAsync(db => db.Listings.Where(l => l.Origin.ObjectIri == own).Select(l => l.Title).SingleAsync()));
    }

    [Fact]
    public async Task An_announce_by_an_actor_nobody_here_follows_is_ignored()
    {
        var (_, b, _, iri) = await ThreeServersAsync();
        await FediverseSteps.ReceiveAuthenticatedAsync(b, Announce("https://c.test/actors/stranger", JsonValue.Create(iri)));

        Assert.Equal(0, await b.InDatabaseAsync(db => db.Listings.CountAsync(l => l.Origin.ObjectIri == iri)));
        Assert.Equal(0, await b.InDatabaseAsync(db => db.Set<Interaction>().CountAsync()));
    }

    [Fact]
    public async Task A_boosted_plain_post_is_neither_stored_nor_recorded()
    {
        var (_, b, _, _) = await ThreeServersAsync();
        var post = new JsonObject
        {
            ["id"] = "https://c.test/notes/1",
            ["type"] = "Note",
            ["attributedTo"] = "https://c.test/actors/relay",
            ["content"] = "<p>Good morning</p>",
        };
        await FediverseSteps.ReceiveAuthenticatedAsync(b, Announce("https://c.test/actors/relay", post));

        Assert.Equal(0, await b.InDatabaseAsync(db => db.Listings.CountAsync(l => l.Origin.ObjectIri == "https://c.test/notes/1")));
        Assert.Equal(0, await b.InDatabaseAsync(db => db.Set<Interaction>().CountAsync()));
    }

    public void Dispose() => _fediverse.Dispose();

    /// <summary>a.test publishes an offer; b.test's instance actor follows c.test's relay collective, which announces.</summary>
    private async Task<(FediverseInstance A, FediverseInstance B, FediverseInstance C, string ListingIri)> ThreeServersAsync()
    {
        var a = _fediverse.Add("a.test");
        var b = _fediverse.Add("b.test");
        var c = _fediverse.Add("c.test");
        var admin = await a.CreateCollectiveWithAdminAsync("food-bank");
        await c.CreateCollectiveWithAdminAsync("relay");
        await FediverseSteps.FollowAsync(b, c, "relay");
        using var client = await FediverseSteps.LoggedInAsync(a, admin);
        var id = await FediverseSteps.CreateListingAsync(client, "food-bank", ListingSamples.Offer());
        return (a, b, c, $"https://a.test/listings/{id}");
    }

    private JsonObject Announce(string actor, JsonNode @object) => new()
    {
        ["@context"] = "https://www.w3.org/ns/activitystreams",
        ["id"] = $"{actor}/announces/{Interlocked.Increment(ref _sequence)}",
        ["type"] = "Announce",
        ["actor"] = actor,
        ["to"] = new JsonArray("https://www.w3.org/ns/activitystreams#Public"),
        ["object"] = @object,
    };

    /// <summary>The Note as its origin serves it, fetched signed by <paramref name="signer"/>.</summary>
    private static async Task<JsonObject> NoteAsync(FediverseInstance signer, string iri)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, iri);
        request.Headers.Accept.ParseAdd("application/activity+json");
        using var response = await FediverseSteps.SignedClient(signer).SendAsync(request);
        response.EnsureSuccessStatusCode();
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
    }
}
