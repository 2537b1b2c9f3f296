using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using MutualAid.Core.Federation;
using MutualAid.Testing.Fediverse;

namespace MutualAid.Federation.Tests.ListingActors;

/// <summary>Issue 7: a disbursement made public by the collective is news for the fund actor's followers only, and rebuilds losslessly on our instances.</summary>
public sealed class FundDisbursementNewsTests : IDisposable
{
    private const string FundActor = "https://b.test/actors/tenants.rent-fund";
    private readonly Fediverse _fediverse = new();

    [Fact]
    public async Task A_disbursement_reaches_the_fund_followers_as_news_and_every_follower_stores_it()
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

        await ListingActorSteps.EditAsync(client, "tenants", id, body, 1, f =>
        {
            f["fund"]!["disbursedAmount"] = 1000;
            f["fund"]!["lastDisbursement"] = "Paid bail for 3 people arrested on 12 Nov";
        });

        var news = await a.EventuallyAsync(_ => ListingActorSteps.ReceivedAsync(a, FundActor, "Create"), n => n.Count == 1, "the disbursement news");
        Assert.Contains("💸 1,000.00 EUR disbursed: Paid bail for 3 people arrested on 12 Nov", ListingActorSteps.NoteText(news[0]), StringComparison.Ordinal);
        Assert.Equal(FundActor + "/followers", JsonNode.Parse(news[0])!["object"]!["cc"]![0]!.GetValue<string>());

        // Both followers' copies of the listing carry the disbursement, read back from the Note's structured data.
        foreach (var instance in new[] { a, c })
        {
            var stored = await instance.EventuallyAsync(
                db => db.Listings.AsNoTracking().SingleOrDefaultAsync(l => l.Origin.ObjectIri == noteIri),
                l => l is { Fund.DisbursedAmount: > 0 }, "the listing with its disbursement");
            Assert.Equal(1000m, stored!.Fund!.DisbursedAmount);
            Assert.Equal("Paid bail for 3 people arrested on 12 Nov", stored.Fund.LastDisbursement);
        }

        // The collective's follower is not a fund follower: no news for it.
        Assert.Empty(await ListingActorSteps.ReceivedAsync(c, FundActor, "Create"));
        Assert.Equal(0, await b.InDatabaseAsync(db => db.Set<DeliveryJob>().CountAsync(j => j.Activity!.ActorIri == FundActor && j.Host == "c.test")));
    }

    public void Dispose() => _fediverse.Dispose();
}
