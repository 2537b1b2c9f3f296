using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using MutualAid.Core.Federation;
using MutualAid.Testing;
using MutualAid.Testing.Fediverse;

namespace MutualAid.Federation.Tests.Delivery;

public sealed class DeliveryQueueTests : IDisposable
{
    private readonly Fediverse _fediverse = new();
    private readonly TempDirectory _bData = new();

    [Fact]
    public async Task A_failing_inbox_is_retried_with_backoff_and_gets_the_activity_when_it_comes_back()
    {
        var a = _fediverse.Add("a.test");
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var b = _fediverse.Add("b.test", clock);
        var member = await b.CreateCollectiveWithAdminAsync("food-bank");
        await FediverseSteps.FollowAsync(a, b, "food-bank");

        _fediverse.Router.TakeDown("a.test");
        using var client = await FediverseSteps.LoggedInAsync(b, member);
        var id = await FediverseSteps.CreateListingAsync(client, "food-bank", ListingSamples.Offer());
        var job = await b.EventuallyAsync(db => db.Set<DeliveryJob>().AsNoTracking().Where(j => j.Activity!.Type == "Create").SingleOrDefaultAsync(), j => j is { Attempts: >= 1 }, "a failed attempt");
        Assert.Equal(DeliveryState.Pending, job!.State);
        Assert.Equal(503, job.LastStatus);
        Assert.InRange(job.NextAttemptAt - clock.GetUtcNow(), TimeSpan.FromSeconds(20), TimeSpan.FromSeconds(40));

        _fediverse.Router.BringUp("a.test");
        clock.Advance(TimeSpan.FromMinutes(1));
        await b.EventuallyAsync(db => db.Set<DeliveryJob>().Where(j => j.Id == job.Id).Select(j => j.State).SingleAsync(), s => s == DeliveryState.Delivered, "the retried delivery");
        await a.EventuallyAsync(db => db.Listings.CountAsync(l => l.Origin.ObjectIri == $"https://b.test/listings/{id}"), n => n == 1, "the listing on a.test");
    }

    [Fact]
    public async Task Queued_deliveries_survive_a_restart_and_are_sent_once()
    {
        var a = _fediverse.Add("a.test");
        var b = _fediverse.Add("b.test", dataDirectory: _bData.Path);
        var member = await b.CreateCollectiveWithAdminAsync("food-bank");
        await FediverseSteps.FollowAsync(a, b, "food-bank");

        _fediverse.Router.TakeDown("a.test");
        using (var client = await FediverseSteps.LoggedInAsync(b, member))
        {
            await FediverseSteps.CreateListingAsync(client, "food-bank", ListingSamples.Offer());
        }

        await b.EventuallyAsync(db => db.Set<DeliveryJob>().CountAsync(j => j.Activity!.Type == "Create" && j.Attempts >= 1), n => n == 1, "a failed attempt");
        _fediverse.Stop(b);
        _fediverse.Router.BringUp("a.test");

        // Same data directory, clock moved past the retry: the job is still queued and goes out.
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow + TimeSpan.FromMinutes(5));
        var restarted = _fediverse.Add("b.test", clock, _bData.Path);
        await restarted.EventuallyAsync(db => db.Set<DeliveryJob>().CountAsync(j => j.Activity!.Type == "Create" && j.State == DeliveryState.Delivered), n => n == 1, "delivery after restart");
        await a.EventuallyAsync(db => db.Listings.CountAsync(l => l.CollectiveId == null), n => n == 1, "the listing on a.test");
        Assert.Equal(1, await a.InDatabaseAsync(db => db.Set<InboxItem>().CountAsync(i => i.ActivityType == "Create")));
    }

    public void Dispose()
    {
        _fediverse.Dispose();
        _bData.Dispose();
    }
}
