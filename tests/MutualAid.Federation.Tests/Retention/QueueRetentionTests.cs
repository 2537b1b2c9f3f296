using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MutualAid.Core.Federation;
using MutualAid.Federation.Retention;
using MutualAid.Testing.Fediverse;

namespace MutualAid.Federation.Tests.Retention;

/// <summary>Finished queue rows go after their retention, in batches; pending rows and the duplicate window are kept.</summary>
public sealed class QueueRetentionTests : IDisposable
{
    private readonly Fediverse _fediverse = new();

    [Fact]
    public async Task Finished_rows_are_deleted_in_batches_only_after_their_retention()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var instance = _fediverse.Add("a.test", clock, settings: new Dictionary<string, string>
        {
            ["MutualAid:Federation:RunWorkers"] = "false",
            ["MutualAid:Federation:Retention:BatchSize"] = "10",
        });
        var t0 = clock.GetUtcNow();
        await SeedAsync(instance, t0, processed: 25, pending: 3, failed: 2, delivered: 12, gaveUp: 1, pendingJobs: 1);
        var retention = instance.Services.GetRequiredService<QueueRetention>();

        // Inside the window a processed item stays, so a redelivery of it is still recognised as a duplicate.
        clock.Advance(TimeSpan.FromDays(7) - TimeSpan.FromMinutes(1));
        Assert.Equal(new RetentionRun(0, 0, false), await retention.RunOnceAsync(CancellationToken.None));
        Assert.Equal(25, await CountAsync(instance, InboxItemState.Processed));

        clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(new RetentionRun(10, 10, true), await retention.RunOnceAsync(CancellationToken.None));
        Assert.Equal(new RetentionRun(10, 2, true), await retention.RunOnceAsync(CancellationToken.None));
        Assert.Equal(new RetentionRun(5, 0, false), await retention.RunOnceAsync(CancellationToken.None));
        Assert.Equal(0, await CountAsync(instance, InboxItemState.Processed));
        Assert.Equal(3, await CountAsync(instance, InboxItemState.Pending));
        Assert.Equal(2, await CountAsync(instance, InboxItemState.Failed));
        Assert.Equal(2, await instance.InDatabaseAsync(db => db.Set<DeliveryJob>().CountAsync()));
        Assert.Equal(1, await instance.InDatabaseAsync(db => db.Set<OutboxActivity>().CountAsync()));

        clock.Advance(TimeSpan.FromDays(23));
        Assert.Equal(new RetentionRun(2, 1, false), await retention.RunOnceAsync(CancellationToken.None));
        Assert.Equal(3, await CountAsync(instance, InboxItemState.Pending));
        Assert.Equal(DeliveryState.Pending, await instance.InDatabaseAsync(db => db.Set<DeliveryJob>().Select(j => j.State).SingleAsync()));
    }

    [Fact]
    public async Task The_worker_cleans_up_on_its_interval()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var instance = _fediverse.Add("a.test", clock, settings: new Dictionary<string, string> { ["MutualAid:Federation:Retention:Interval"] = "00:10:00" });
        await SeedAsync(instance, clock.GetUtcNow() - TimeSpan.FromDays(8), processed: 4, pending: 0, failed: 0, delivered: 3, gaveUp: 0, pendingJobs: 0);
        await instance.EventuallyAsync(db =>
        {
            clock.Advance(TimeSpan.FromMinutes(10));
            return db.Set<InboxItem>().CountAsync(i => i.ActivityIri.StartsWith("https://remote.example/processed/"));
        }, n => n == 0, "the old inbox items deleted");
        await instance.EventuallyAsync(db => db.Set<DeliveryJob>().CountAsync(), n => n == 0, "the old delivery jobs deleted");
    }

    [Theory]
    [InlineData("ProcessedInboxItems", "12:00:00")]
    [InlineData("FailedInboxItems", "00:30:00")]
    [InlineData("DeliveredJobs", "00:00:00")]
    [InlineData("BatchSize", "0")]
    public void A_retention_that_would_break_duplicate_detection_or_batching_is_refused_at_start(string setting, string value)
    {
        using var instance = new FediverseInstance("a.test", new FediverseRouter(), settings: new Dictionary<string, string> { ["MutualAid:Federation:Retention:" + setting] = value });
        var failure = Assert.ThrowsAny<Exception>(() => instance.Server);
        Assert.Contains(RetentionOptions.SectionName, failure.ToString(), StringComparison.Ordinal);
    }

    public void Dispose() => _fediverse.Dispose();

    private static Task<int> CountAsync(FediverseInstance instance, InboxItemState state) =>
        instance.InDatabaseAsync(db => db.Set<InboxItem>().CountAsync(i => i.State == state));

    private static async Task SeedAsync(FediverseInstance instance, DateTimeOffset at, int processed, int pending, int failed, int delivered, int gaveUp, int pendingJobs)
    {
        await instance.InDatabaseAsync(async db =>
        {
            void Inbox(string kind, int count, InboxItemState state)
            {
                for (var i = 0; i < count; i++)
                {
                    db.Set<InboxItem>().Add(new InboxItem
                    {
                        ActivityIri = $"https://remote.example/{kind}/{i}",
                        ActivityType = "Like",
                        ActorIri = "https://remote.example/users/ana",
                        Document = "{}",
                        State = state,
                        ReceivedAt = at,
                        NextAttemptAt = state == InboxItemState.Pending ? at + TimeSpan.FromDays(365) : at,
                        ProcessedAt = state == InboxItemState.Processed ? at : null,
                    });
                }
            }

            Inbox("processed", processed, InboxItemState.Processed);
            Inbox("pending", pending, InboxItemState.Pending);
            Inbox("failed", failed, InboxItemState.Failed);
            var activity = new OutboxActivity { Iri = "https://a.test/activities/seed", ActorIri = "https://a.test/actors/food-bank", Type = "Create", Document = "{}", CreatedAt = at };
            db.Set<OutboxActivity>().Add(activity);
            var n = 0;
            void Jobs(int count, DeliveryState state)
            {
                for (var i = 0; i < count; i++, n++)
                {
                    db.Set<DeliveryJob>().Add(new DeliveryJob
                    {
                        Activity = activity,
                        InboxUrl = $"https://host{n}.example/inbox",
                        Host = $"host{n}.example",
                        State = state,
                        CreatedAt = at,
                        NextAttemptAt = state == DeliveryState.Pending ? at + TimeSpan.FromDays(365) : at,
                        CompletedAt = state == DeliveryState.Pending ? null : at,
                    });
                }
            }

            Jobs(delivered, DeliveryState.Delivered);
            Jobs(gaveUp, DeliveryState.GaveUp);
            Jobs(pendingJobs, DeliveryState.Pending);
            return await db.SaveChangesAsync();
        });
    }
}
