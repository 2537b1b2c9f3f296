using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MutualAid.Core.Federation;
using MutualAid.Core.Listings;
using MutualAid.Testing;
using MutualAid.Testing.Fediverse;

namespace MutualAid.Federation.Tests.Expiry;

/// <summary>When a listing's expiry passes, its followers get one Update with listingStatus "expired" (vocabulary section 9).</summary>
public sealed class ListingExpiryTests : IDisposable
{
    private readonly Fediverse _fediverse = new();

    [Fact]
    public async Task A_passed_expiry_reaches_the_follower_once_and_it_stops_showing_the_listing_as_open()
    {
        // One clock for both servers, so signatures stay within the allowed skew when it jumps.
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var a = _fediverse.Add("a.test", clock);
        var b = _fediverse.Add("b.test", clock);
        var admin = await a.CreateCollectiveWithAdminAsync("food-bank");
        await FediverseSteps.FollowAsync(b, a, "food-bank");
        using var client = await FediverseSteps.LoggedInAsync(a, admin);
        var expiring = ListingSamples.Offer();
        expiring["expiresAt"] = (clock.GetUtcNow() + TimeSpan.FromHours(1)).ToString("O", CultureInfo.InvariantCulture);
        var id = await FediverseSteps.CreateListingAsync(client, "food-bank", expiring);
        var lasting = await FediverseSteps.CreateListingAsync(client, "food-bank", ListingSamples.Need());
        var iri = $"https://a.test/listings/{id}";
        Assert.Equal(ListingStatus.Open, await b.EventuallyAsync(db => db.Listings.Where(l => l.Origin.ObjectIri == iri).Select(l => (ListingStatus?)l.Status).SingleOrDefaultAsync(), s => s is not null, "the offer on b.test"));

        clock.Advance(TimeSpan.FromMinutes(59));
        Assert.Equal(0, await ExpireNowAsync(a));
        Assert.Equal(0, await UpdatesAsync(a, iri));

        // The worker runs on the clock: each probe moves it one check interval on.
        await b.EventuallyAsync(db =>
        {
            clock.Advance(TimeSpan.FromMinutes(1));
            return db.Listings.Where(l => l.Origin.ObjectIri == iri).Select(l => l.Status).SingleAsync();
        }, s => s == ListingStatus.Expired, "the expiry on b.test");

        var local = await a.InDatabaseAsync(db => db.Listings.AsNoTracking().SingleAsync(l => l.PublicId == id));
        Assert.Equal(ListingStatus.Expired, local.Status);
        clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(0, await ExpireNowAsync(a));
        Assert.Equal(1, await UpdatesAsync(a, iri));
        Assert.Equal(ListingStatus.Open, await b.InDatabaseAsync(db => db.Listings.Where(l => l.Origin.ObjectIri == $"https://a.test/listings/{lasting}").Select(l => l.Status).SingleAsync()));
    }

    [Fact]
    public async Task Open_and_paused_listings_expire_closed_ones_and_later_expiries_are_left_alone()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var a = _fediverse.Add("a.test", clock, settings: new Dictionary<string, string> { ["MutualAid:Federation:RunWorkers"] = "false" });
        var admin = await a.CreateCollectiveWithAdminAsync("food-bank");
        using var client = await FediverseSteps.LoggedInAsync(a, admin);
        async Task<string> CreateAsync(string status, TimeSpan expiresIn)
        {
            var body = ListingSamples.Offer();
            body["status"] = status;
            body["expiresAt"] = (clock.GetUtcNow() + expiresIn).ToString("O", CultureInfo.InvariantCulture);
            return await FediverseSteps.CreateListingAsync(client, "food-bank", body);
        }

        var open = await CreateAsync("open", TimeSpan.FromHours(1));
        var paused = await CreateAsync("paused", TimeSpan.FromHours(1));
        var closed = await CreateAsync("closed", TimeSpan.FromHours(1));
        var later = await CreateAsync("open", TimeSpan.FromDays(2));

        clock.Advance(TimeSpan.FromHours(2));
        Assert.Equal(2, await ExpireNowAsync(a));
        Assert.Equal(0, await ExpireNowAsync(a));
        var statuses = await a.InDatabaseAsync(db => db.Listings.ToDictionaryAsync(l => l.PublicId, l => l.Status));
        Assert.Equal(ListingStatus.Expired, statuses[open]);
        Assert.Equal(ListingStatus.Expired, statuses[paused]);
        Assert.Equal(ListingStatus.Closed, statuses[closed]);
        Assert.Equal(ListingStatus.Open, statuses[later]);
        Assert.Equal(1, await UpdatesAsync(a, $"https://a.test/listings/{open}"));
        Assert.Equal(0, await UpdatesAsync(a, $"https://a.test/listings/{closed}"));
    }

    public void Dispose() => _fediverse.Dispose();

    private static async Task<int> ExpireNowAsync(FediverseInstance instance)
    {
        await using var scope = instance.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ExpireListings>().ExecuteAsync(CancellationToken.None);
    }

    private static Task<int> UpdatesAsync(FediverseInstance instance, string objectIri) =>
        instance.InDatabaseAsync(db => db.Set<OutboxActivity>().CountAsync(o => o.Type == "Update" && o.ObjectIri == objectIri));
}
