using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using MutualAid.Core.Federation;
using MutualAid.Testing;
using MutualAid.Testing.Fediverse;

namespace MutualAid.Federation.Tests.Delivery;

public sealed class CircuitBreakerTests : IDisposable
{
    private readonly Fediverse _fediverse = new();

    [Fact]
    public async Task A_host_that_keeps_failing_is_paused_without_spending_attempts()
    {
        var a = _fediverse.Add("a.test");
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var b = _fediverse.Add("b.test", clock, settings: new Dictionary<string, string>
        {
            ["MutualAid:Federation:CircuitBreakerThreshold"] = "1",
            ["MutualAid:Federation:CircuitBreakerPause"] = "01:00:00",
        });
        var member = await b.CreateCollectiveWithAdminAsync("food-bank");
        await FediverseSteps.FollowAsync(a, b, "food-bank");
        _fediverse.Router.TakeDown("a.test");
        using var client = await FediverseSteps.LoggedInAsync(b, member);
        await FediverseSteps.CreateListingAsync(client, "food-bank", ListingSamples.Offer());
        var host = await b.EventuallyAsync(db => db.Set<DeliveryHost>().AsNoTracking().SingleOrDefaultAsync(h => h.Host == "a.test"), h => h?.OpenUntil is not null, "the circuit to open");
        Assert.Equal(clock.GetUtcNow() + TimeSpan.FromHours(1), host!.OpenUntil);

        await FediverseSteps.CreateListingAsync(client, "food-bank", ListingSamples.Need());
        var second = await b.EventuallyAsync(
            db => db.Set<DeliveryJob>().AsNoTracking().OrderBy(j => j.Id).LastAsync(),
            j => j.NextAttemptAt == host.OpenUntil, "the second job deferred to the circuit's reopening");
        Assert.Equal(0, second.Attempts);

        _fediverse.Router.BringUp("a.test");
        clock.Advance(TimeSpan.FromHours(1) + TimeSpan.FromSeconds(1));
        await b.EventuallyAsync(db => db.Set<DeliveryJob>().CountAsync(j => j.State == DeliveryState.Delivered && j.Activity!.Type == "Create"), n => n == 2, "both delivered");
    }

    public void Dispose() => _fediverse.Dispose();
}
