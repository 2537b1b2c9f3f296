using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using MutualAid.Core.Federation;
using MutualAid.Testing;
using MutualAid.Testing.Fediverse;

namespace MutualAid.Federation.Tests.Inbox;

/// <summary>FEP-8b32: an activity relayed by another server is accepted on the strength of its author's proof, and only then.</summary>
public sealed class ObjectProofTests : IDisposable
{
    private readonly Fediverse _fediverse = new();

    [Fact]
    public async Task A_relayed_activity_with_its_authors_proof_is_accepted_and_a_tampered_one_is_not()
    {
        var a = _fediverse.Add("a.test");
        var b = _fediverse.Add("b.test");
        var relay = _fediverse.Add("relay.test");
        var member = await b.CreateCollectiveWithAdminAsync("food-bank");
        using var client = await FediverseSteps.LoggedInAsync(b, member);
        await FediverseSteps.CreateListingAsync(client, "food-bank", ListingSamples.Offer());
        var create = JsonNode.Parse(await b.InDatabaseAsync(db => db.Set<OutboxActivity>().Where(o => o.Type == "Create").Select(o => o.Document).SingleAsync()))!.AsObject();
        Assert.Equal("eddsa-jcs-2022", create["proof"]!["cryptosuite"]!.GetValue<string>());
        Assert.Null(create["proof"]!["@context"]);

        var tampered = create.DeepClone().AsObject();
        tampered["id"] = create["id"]!.GetValue<string>() + "-changed";
        tampered["object"]!["name"] = "Something else entirely";
        using (var refused = await FediverseSteps.SignedClient(relay).PostAsync("https://a.test/inbox", ListingFederationTests.Json(tampered)))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        }

        using var accepted = await FediverseSteps.SignedClient(relay).PostAsync("https://a.test/inbox", ListingFederationTests.Json(create));
        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        var item = await a.InDatabaseAsync(db => db.Set<InboxItem>().SingleAsync());
        Assert.Equal("https://b.test/actors/food-bank#ed25519-key", item.AuthenticatedBy);
        await a.EventuallyAsync(db => db.Listings.CountAsync(l => l.CollectiveId == null), n => n == 1, "the relayed listing stored");
    }

    public void Dispose() => _fediverse.Dispose();
}
