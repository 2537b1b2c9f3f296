using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using MutualAid.Core.Federation;
using MutualAid.Testing;

namespace MutualAid.Federation.Tests.Delivery;

/// <summary>
/// A run's results are committed in batches (one transaction each), each host's state applied from all its outcomes in
/// order, and a batch that cannot be committed does not take the other results down with it.
/// </summary>
public sealed class DeliveryRecordingTests
{
    [Fact]
    public async Task A_mixed_run_records_every_result_in_one_commit()
    {
        using var b = new DeliveringInstance();
        using var client = await b.CollectiveFollowedFromAsync("ok1.test", "ok2.test", "ok2.test", "gone.test", "gone.test", "fail.test", "refuse.test", "down.test");
        b.Network.Answer("ok1.test", HttpStatusCode.Accepted);
        b.Network.Answer("ok2.test", HttpStatusCode.OK);
        b.Network.Answer("gone.test", HttpStatusCode.Gone);
        b.Network.Answer("fail.test", HttpStatusCode.InternalServerError);
        b.Network.Answer("refuse.test", HttpStatusCode.NotFound);
        b.Network.Answer("down.test", ScriptedInboxes.NetworkError);
        await FediverseSteps.CreateListingAsync(client, DeliveringInstance.Collective, ListingSamples.Offer());
        var orphan = await OrphanJobAsync(b, "ok1.test");
        var now = b.Clock.GetUtcNow();

        var before = b.Commits.Commits;
        Assert.Equal(7, await b.Runner.RunOnceAsync(CancellationToken.None));
        // The lease and the results: two durable commits for seven jobs (before: nine, a SaveChanges per job and the 410 delete).
        Assert.Equal(2, b.Commits.Commits - before);

        foreach (var host in new[] { "ok1.test", "ok2.test" })
        {
            var job = await b.JobAsync(host);
            Assert.Equal((DeliveryState.Delivered, 1, (int?)(host == "ok1.test" ? 202 : 200), (DateTimeOffset?)now), (job.State, job.Attempts, job.LastStatus, job.CompletedAt));
            var state = await b.HostAsync(host);
            Assert.Equal((0, (DateTimeOffset?)now, (DateTimeOffset?)null), (state!.ConsecutiveFailures, state.LastSuccessAt, state.OpenUntil));
        }

        var gone = await b.JobAsync("gone.test");
        Assert.Equal((DeliveryState.GaveUp, 410), (gone.State, gone.LastStatus));
        Assert.Equal(0, await b.InDatabaseAsync(db => db.Set<Follower>().CountAsync(f => f.RemoteActor!.Domain == "gone.test")));
        Assert.Equal(6, await b.InDatabaseAsync(db => db.Set<Follower>().CountAsync()));

        var refused = await b.JobAsync("refuse.test");
        Assert.Equal((DeliveryState.GaveUp, 404, "Refused with 404."), (refused.State, refused.LastStatus, refused.LastError));

        var failed = await b.JobAsync("fail.test");
        Assert.Equal((DeliveryState.Pending, 1, (int?)500, "HTTP 500", (DateTimeOffset?)null), (failed.State, failed.Attempts, failed.LastStatus, failed.LastError, failed.LeasedUntil));
        Assert.InRange(failed.NextAttemptAt - now, TimeSpan.FromSeconds(24), TimeSpan.FromSeconds(36));
        var down = await b.JobAsync("down.test");
        Assert.Equal((DeliveryState.Pending, 1, (int?)null, "Connection to down.test refused."), (down.State, down.Attempts, down.LastStatus, down.LastError));
        foreach (var host in new[] { "fail.test", "down.test" })
        {
            var state = await b.HostAsync(host);
            Assert.Equal((1, (DateTimeOffset?)now, (DateTimeOffset?)null), (state!.ConsecutiveFailures, state.LastFailureAt, state.OpenUntil));
        }

        var lost = await b.InDatabaseAsync(db => db.Set<DeliveryJob>().AsNoTracking().SingleAsync(j => j.Id == orphan));
        Assert.Equal((DeliveryState.GaveUp, 0, "The sending actor no longer exists."), (lost.State, lost.Attempts, lost.LastError));
        Assert.Equal(1, b.Network.RequestsTo("ok1.test"));

        // Nothing is due until the retries' time; then exactly the two retryable jobs go again.
        Assert.Equal(0, await b.Runner.RunOnceAsync(CancellationToken.None));
        b.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(2, await b.Runner.RunOnceAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Several_failures_of_one_host_in_one_run_all_count_towards_its_circuit()
    {
        using var b = new DeliveringInstance(new Dictionary<string, string>
        {
            ["MutualAid:Federation:CircuitBreakerThreshold"] = "3",
            ["MutualAid:Federation:CircuitBreakerPause"] = "01:00:00",
        });
        using var client = await b.CollectiveFollowedFromAsync("fail.test", "ok.test");
        b.Network.Answer("fail.test", HttpStatusCode.ServiceUnavailable);
        b.Network.Answer("ok.test", HttpStatusCode.Accepted);
        for (var i = 0; i < 4; i++)
        {
            await FediverseSteps.CreateListingAsync(client, DeliveringInstance.Collective, ListingSamples.Offer());
        }

        var now = b.Clock.GetUtcNow();
        Assert.Equal(8, await b.Runner.RunOnceAsync(CancellationToken.None));

        // Four failures from concurrent requests (two at a time to the host), none lost.
        Assert.Equal(4, b.Network.RequestsTo("fail.test"));
        var host = await b.HostAsync("fail.test");
        Assert.Equal((4, (DateTimeOffset?)now, (DateTimeOffset?)(now + TimeSpan.FromHours(1))), (host!.ConsecutiveFailures, host.LastFailureAt, host.OpenUntil));
        Assert.Equal(4, await b.InDatabaseAsync(db => db.Set<DeliveryJob>().CountAsync(j => j.Host == "fail.test" && j.State == DeliveryState.Pending && j.Attempts == 1)));
        Assert.Equal(4, await b.InDatabaseAsync(db => db.Set<DeliveryJob>().CountAsync(j => j.Host == "ok.test" && j.State == DeliveryState.Delivered)));

        // The open circuit defers the host's jobs to its reopening without spending an attempt.
        b.Clock.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal(0, await b.Runner.RunOnceAsync(CancellationToken.None));
        Assert.Equal(4, await b.InDatabaseAsync(db => db.Set<DeliveryJob>().CountAsync(j => j.Host == "fail.test" && j.NextAttemptAt == host.OpenUntil && j.Attempts == 1)));
    }

    [Fact]
    public async Task A_host_outcomes_apply_in_the_order_they_happened()
    {
        using var b = new DeliveringInstance(new Dictionary<string, string>
        {
            ["MutualAid:Federation:DeliveryConcurrency"] = "1",
            ["MutualAid:Federation:CircuitBreakerThreshold"] = "2",
        });
        using var client = await b.CollectiveFollowedFromAsync("flaky.test");
        b.Network.Answer("flaky.test", HttpStatusCode.BadGateway, HttpStatusCode.BadGateway, HttpStatusCode.Accepted, HttpStatusCode.TooManyRequests);
        for (var i = 0; i < 4; i++)
        {
            await FediverseSteps.CreateListingAsync(client, DeliveringInstance.Collective, ListingSamples.Offer());
        }

        var now = b.Clock.GetUtcNow();
        Assert.Equal(4, await b.Runner.RunOnceAsync(CancellationToken.None));

        // 502, 502 (the circuit opens), 202 (closes it, resets the count), 429: one failure since the success.
        var host = await b.HostAsync("flaky.test");
        Assert.Equal((1, (DateTimeOffset?)null, (DateTimeOffset?)now), (host!.ConsecutiveFailures, host.OpenUntil, host.LastSuccessAt));
        var third = await b.JobAsync("flaky.test", nth: 2);
        Assert.Equal(DeliveryState.Delivered, third.State);
        Assert.Equal(429, (await b.JobAsync("flaky.test", nth: 3)).LastStatus);
    }

    [Fact]
    public async Task Results_are_committed_a_batch_at_a_time()
    {
        using var b = new DeliveringInstance(new Dictionary<string, string> { ["MutualAid:Federation:DeliveryRecordBatchSize"] = "3" });
        var hosts = Enumerable.Range(0, 7).Select(i => $"h{i}.test").ToArray();
        using var client = await b.CollectiveFollowedFromAsync(hosts);
        foreach (var host in hosts)
        {
            b.Network.Answer(host, HttpStatusCode.Accepted);
        }

        await FediverseSteps.CreateListingAsync(client, DeliveringInstance.Collective, ListingSamples.Offer());
        var before = b.Commits.Commits;
        Assert.Equal(7, await b.Runner.RunOnceAsync(CancellationToken.None));

        // One lease, then 3 + 3 + the last one.
        Assert.Equal(4, b.Commits.Commits - before);
        Assert.Equal(7, await b.InDatabaseAsync(db => db.Set<DeliveryJob>().CountAsync(j => j.State == DeliveryState.Delivered)));
    }

    [Fact]
    public async Task A_batch_that_cannot_be_committed_still_records_the_other_results()
    {
        using var b = new DeliveringInstance();
        using var client = await b.CollectiveFollowedFromAsync("ok1.test", "bad.test", "ok2.test", "fail.test");
        b.Network.Answer("ok1.test", HttpStatusCode.Accepted);
        b.Network.Answer("bad.test", HttpStatusCode.Accepted);
        b.Network.Answer("ok2.test", HttpStatusCode.Accepted);
        b.Network.Answer("fail.test", HttpStatusCode.InternalServerError);
        await FediverseSteps.CreateListingAsync(client, DeliveringInstance.Collective, ListingSamples.Offer());
        var bad = await b.JobAsync("bad.test");
        // The database refuses to record this one job (the lease, which sets LeasedUntil, still goes through).
        var trigger = string.Create(CultureInfo.InvariantCulture,
            $"CREATE TRIGGER refuse_result BEFORE UPDATE ON DeliveryJob WHEN OLD.Id = {bad.Id} AND NEW.LeasedUntil IS NULL BEGIN SELECT RAISE(ABORT, 'refused by the test'); END;");
        await b.InDatabaseAsync(db => db.Database.ExecuteSqlRawAsync(trigger));

        Assert.Equal(4, await b.Runner.RunOnceAsync(CancellationToken.None));

        Assert.Equal(DeliveryState.Delivered, (await b.JobAsync("ok1.test")).State);
        Assert.Equal(DeliveryState.Delivered, (await b.JobAsync("ok2.test")).State);
        var failed = await b.JobAsync("fail.test");
        Assert.Equal((DeliveryState.Pending, 1, (int?)500), (failed.State, failed.Attempts, failed.LastStatus));
        Assert.Equal(1, (await b.HostAsync("fail.test"))!.ConsecutiveFailures);
        var unrecorded = await b.JobAsync("bad.test");
        Assert.Equal((DeliveryState.Pending, 0), (unrecorded.State, unrecorded.Attempts));
        Assert.NotNull(unrecorded.LeasedUntil);
        Assert.Null(await b.HostAsync("bad.test"));

        // Still leased, so not sent again until the lease runs out; then it is, and (trigger gone) recorded.
        Assert.Equal(0, await b.Runner.RunOnceAsync(CancellationToken.None));
        await b.InDatabaseAsync(db => db.Database.ExecuteSqlRawAsync("DROP TRIGGER refuse_result;"));
        b.Clock.Advance(TimeSpan.FromMinutes(6));
        Assert.Equal(2, await b.Runner.RunOnceAsync(CancellationToken.None));
        var resent = await b.JobAsync("bad.test");
        // At least once: the receiver got it twice and drops the second by its activity id.
        Assert.Equal((DeliveryState.Delivered, 1, 2), (resent.State, resent.Attempts, b.Network.RequestsTo("bad.test")));
    }

    /// <summary>A job whose activity names an actor this instance does not have (deleted since it was queued).</summary>
    private static Task<long> OrphanJobAsync(DeliveringInstance b, string host) => b.InDatabaseAsync(async db =>
    {
        var now = b.Clock.GetUtcNow();
        var activity = new OutboxActivity { Iri = $"https://{DeliveringInstance.Domain}/activities/orphan", ActorIri = $"https://{DeliveringInstance.Domain}/actors/gone-collective", Type = "Update", Document = "{}", CreatedAt = now };
        var job = new DeliveryJob { Activity = activity, InboxUrl = DeliveringInstance.SharedInbox(host), Host = host, CreatedAt = now, NextAttemptAt = now };
        db.Set<DeliveryJob>().Add(job);
        await db.SaveChangesAsync();
        return job.Id;
    });
}
