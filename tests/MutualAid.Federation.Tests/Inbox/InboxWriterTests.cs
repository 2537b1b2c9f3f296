using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using MutualAid.Core.Federation;
using MutualAid.Data.Sqlite;
using MutualAid.Federation.Inbox;
using MutualAid.Testing.Fediverse;

namespace MutualAid.Federation.Tests.Inbox;

/// <summary>Group commit: what a 202 promises (stored once, durably) must hold for every request in a batch.</summary>
public sealed class InboxWriterTests : IDisposable
{
    private static readonly Dictionary<string, string> WorkersOff = new() { ["MutualAid:Federation:RunWorkers"] = "false" };

    private readonly Fediverse _fediverse = new();

    private static JsonObject Follow(string id) => new()
    {
        ["@context"] = "https://www.w3.org/ns/activitystreams",
        ["id"] = id,
        ["type"] = "Follow",
        ["actor"] = "https://a.test/actors/instance_actor",
        ["object"] = "https://b.test/actors/clinic",
    };

    [Fact]
    public async Task Concurrent_posts_are_all_answered_202_and_stored_exactly_once()
    {
        var (a, b) = await PairAsync(WorkersOff);
        // 60 distinct activities, the first 20 sent twice, all at once: batches form under the concurrency.
        var ids = Enumerable.Range(0, 60).Select(i => $"https://a.test/activities/burst-{i}").ToList();
        var statuses = await Task.WhenAll(ids.Concat(ids.Take(20)).Select(id => PostAsync(a, Follow(id))));

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.Accepted, s));
        var stored = await b.InDatabaseAsync(db => db.Set<InboxItem>().Select(i => i.ActivityIri).ToListAsync());
        Assert.Equal(ids.Order(StringComparer.Ordinal), stored.Where(s => s.Contains("burst", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Duplicates_in_one_batch_and_across_batches_are_dropped()
    {
        var (_, b) = await PairAsync(WorkersOff);
        var first = Writer(b);
        // Queued before the writer runs, so the three are one batch.
        Assert.True(first.TryEnqueue(Item("https://a.test/activities/x"), out var x1));
        Assert.True(first.TryEnqueue(Item("https://a.test/activities/x"), out var x2));
        Assert.True(first.TryEnqueue(Item("https://a.test/activities/y"), out var y));
        first.Complete();
        await first.RunAsync();
        var outcomes = await Task.WhenAll(x1, x2, y);
        Assert.Equal(new[] { true, false, true }, outcomes);

        var second = Writer(b);
        Assert.True(second.TryEnqueue(Item("https://a.test/activities/x"), out var again));
        second.Complete();
        await second.RunAsync();
        Assert.False(await again);
        Assert.Equal(2, await b.InDatabaseAsync(db => db.Set<InboxItem>().CountAsync(i => i.ActivityIri == "https://a.test/activities/x" || i.ActivityIri == "https://a.test/activities/y")));
    }

    [Fact]
    public async Task A_batch_that_fails_to_store_fails_only_its_bad_request_and_writes_nothing_of_it()
    {
        var (a, b) = await PairAsync(WorkersOff);
        // A storage failure for one activity (as a full disk or a constraint would raise), through the whole stack.
        await using (var connection = new SqliteConnection(SqliteStorage.ConnectionStringFor(b.DataPath)))
        {
            await connection.OpenAsync();
            await using var trigger = connection.CreateCommand();
            trigger.CommandText = "CREATE TRIGGER refuse_poison BEFORE INSERT ON InboxItem WHEN NEW.ActivityIri LIKE '%poison%' BEGIN SELECT RAISE(ABORT, 'simulated storage failure'); END;";
            await trigger.ExecuteNonQueryAsync();
        }

        var ids = Enumerable.Range(0, 20).Select(i => $"https://a.test/activities/good-{i}").Append("https://a.test/activities/poison").ToList();
        var statuses = await Task.WhenAll(ids.Select(id => PostAsync(a, Follow(id))));

        Assert.Equal(HttpStatusCode.InternalServerError, statuses[^1]);
        Assert.All(statuses[..^1], s => Assert.Equal(HttpStatusCode.Accepted, s));
        var stored = await b.InDatabaseAsync(db => db.Set<InboxItem>().Select(i => i.ActivityIri).ToListAsync());
        Assert.DoesNotContain("https://a.test/activities/poison", stored);
        Assert.Equal(20, stored.Count(s => s.Contains("/good-", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_batch_that_fails_as_a_whole_stores_none_of_it()
    {
        var (_, b) = await PairAsync(WorkersOff);
        var writer = Writer(b);
        // Document is required: the database refuses the row, the transaction rolls back whole.
        var bad = Item("https://a.test/activities/bad");
        bad.Document = null!;
        Assert.True(writer.TryEnqueue(bad, out var failed));
        writer.Complete();
        await writer.RunAsync();

        var exception = await Assert.ThrowsAsync<InboxStoreException>(() => failed);
        Assert.Contains("https://a.test/activities/bad", exception.Message, StringComparison.Ordinal);
        Assert.Equal(0, await b.InDatabaseAsync(db => db.Set<InboxItem>().CountAsync(i => i.ActivityIri == "https://a.test/activities/bad")));
    }

    [Fact]
    public async Task A_full_queue_answers_503_with_retry_after_and_takes_the_rest_once_the_disk_is_free()
    {
        var (a, b) = await PairAsync(new(WorkersOff)
        {
            ["MutualAid:Federation:InboxWriter:Capacity"] = "1",
            ["MutualAid:Federation:InboxWriter:RetryAfter"] = "00:00:07",
        });
        // Another connection holds the write lock: the writer waits on it, so the queue fills up.
        await using var blocker = await HoldWriteLockAsync(b);
        using var client = FediverseSteps.SignedClient(a);
        var posts = Enumerable.Range(0, 6).Select(i => client.PostAsync("https://b.test/inbox", ListingFederationTests.Json(Follow($"https://a.test/activities/busy-{i}")))).ToList();
        // At most one activity is being written and one waits in the queue: the others are refused straight away.
        // (Which ones depends on when the writer takes the first from the queue, so count instead of naming them.)
        var early = new List<HttpResponseMessage>();
        while (early.Count < 4)
        {
            var done = await Task.WhenAny(posts);
            posts.Remove(done);
            early.Add(await done);
        }

        Assert.All(early, r => Assert.Equal(HttpStatusCode.ServiceUnavailable, r.StatusCode));
        Assert.All(early, r => Assert.Equal(TimeSpan.FromSeconds(7), r.Headers.RetryAfter?.Delta));

        await ReleaseAsync(blocker);
        var late = await Task.WhenAll(posts);
        var refused = early.Concat(late.Where(r => r.StatusCode == HttpStatusCode.ServiceUnavailable)).ToList();
        var accepted = late.Where(r => r.StatusCode != HttpStatusCode.ServiceUnavailable).ToList();
        Assert.NotEmpty(accepted);
        Assert.All(accepted, r => Assert.Equal(HttpStatusCode.Accepted, r.StatusCode));
        Assert.Equal(6, refused.Count + accepted.Count);
        // Exactly the accepted ones are stored: nothing refused slipped in, nothing accepted was lost.
        Assert.Equal(accepted.Count, await b.InDatabaseAsync(db => db.Set<InboxItem>().CountAsync(i => i.ActivityIri.Contains("/busy-"))));
        foreach (var response in refused.Concat(accepted))
        {
            response.Dispose();
        }
    }

    [Fact]
    public async Task Shutting_down_writes_everything_queued_and_refuses_new_activities_with_503()
    {
        var (a, b) = await PairAsync(WorkersOff);
        var writer = Writer(b);
        var queued = Enumerable.Range(0, 5).Select(i =>
        {
            Assert.True(writer.TryEnqueue(Item($"https://a.test/activities/drain-{i}"), out var stored));
            return stored;
        }).ToList();
        writer.Complete();
        Assert.False(writer.TryEnqueue(Item("https://a.test/activities/late"), out _));
        await writer.RunAsync();
        Assert.All(await Task.WhenAll(queued), Assert.True);
        Assert.Equal(5, await b.InDatabaseAsync(db => db.Set<InboxItem>().CountAsync(i => i.ActivityIri.Contains("/drain-"))));

        // The server's own writer, stopped as on shutdown: the inbox tells senders to come back.
        b.Services.GetRequiredService<InboxWriter>().Complete();
        using var response = await FediverseSteps.SignedClient(a).PostAsync("https://b.test/inbox", ListingFederationTests.Json(Follow("https://a.test/activities/after-stop")));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.NotNull(response.Headers.RetryAfter);
    }

    [Fact]
    public async Task Stopping_the_host_answers_requests_already_queued_with_202_after_storing_them()
    {
        // Batches of one, so exactly one activity is in the blocked batch and the others visibly wait.
        var (a, b) = await PairAsync(new(WorkersOff) { ["MutualAid:Federation:InboxWriter:MaxBatchSize"] = "1" });
        var writer = b.Services.GetRequiredService<InboxWriter>();
        await using var blocker = await HoldWriteLockAsync(b);
        using var client = FediverseSteps.SignedClient(a);
        var posts = Enumerable.Range(0, 3).Select(i => client.PostAsync("https://b.test/inbox", ListingFederationTests.Json(Follow($"https://a.test/activities/stop-{i}")))).ToList();
        // One is in the writer's blocked batch, two wait in the queue.
        // Waiting alone is not enough: under load two can be queued before the writer takes the first.
        await EventuallyAsync(() => writer.Writing == 1 && writer.Waiting == 2, "one activity in the blocked batch, two queued");

        var service = b.Services.GetServices<IHostedService>().Single(s => s.GetType().Name == "InboxWriterService");
        var stopping = service.StopAsync(CancellationToken.None);
        using (var late = await client.PostAsync("https://b.test/inbox", ListingFederationTests.Json(Follow("https://a.test/activities/stop-late"))))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, late.StatusCode);
        }

        Assert.False(stopping.IsCompleted);
        await ReleaseAsync(blocker);
        await stopping;
        foreach (var response in await Task.WhenAll(posts))
        {
            Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
            response.Dispose();
        }

        Assert.Equal(3, await b.InDatabaseAsync(db => db.Set<InboxItem>().CountAsync(i => i.ActivityIri.Contains("/stop-"))));
    }

    public void Dispose() => _fediverse.Dispose();

    private static async Task<SqliteConnection> HoldWriteLockAsync(FediverseInstance instance)
    {
        var connection = new SqliteConnection(SqliteStorage.ConnectionStringFor(instance.DataPath));
        await connection.OpenAsync();
        await using var begin = connection.CreateCommand();
        begin.CommandText = "BEGIN IMMEDIATE;";
        await begin.ExecuteNonQueryAsync();
        return connection;
    }

    private static async Task ReleaseAsync(SqliteConnection connection)
    {
        await using var rollback = connection.CreateCommand();
        rollback.CommandText = "ROLLBACK;";
        await rollback.ExecuteNonQueryAsync();
    }

    private static async Task EventuallyAsync(Func<bool> condition, string what)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), "Timed out waiting for " + what);
            await Task.Delay(20);
        }
    }

    private async Task<(FediverseInstance A, FediverseInstance B)> PairAsync(Dictionary<string, string> settings)
    {
        var a = _fediverse.Add("a.test");
        var b = _fediverse.Add("b.test", settings: settings);
        await b.CreateCollectiveWithAdminAsync("clinic");
        // The first request makes b fetch and cache a's key, so the measured requests only verify.
        Assert.Equal(HttpStatusCode.Accepted, await PostAsync(a, Follow("https://a.test/activities/hello")));
        return (a, b);
    }

    private static async Task<HttpStatusCode> PostAsync(FediverseInstance signer, JsonObject activity)
    {
        using var response = await FediverseSteps.SignedClient(signer).PostAsync("https://b.test/inbox", ListingFederationTests.Json(activity));
        return response.StatusCode;
    }

    /// <summary>A second writer on b's database, not running yet: what is queued before <see cref="InboxWriter.RunAsync"/> is one batch.</summary>
    private static InboxWriter Writer(FediverseInstance instance) =>
        new(instance.Services.GetRequiredService<IServiceScopeFactory>(), new InboxSignal(), Options.Create(new InboxWriterOptions()), NullLogger<InboxWriter>.Instance);

    private static InboxItem Item(string activityIri) => new()
    {
        ActivityIri = activityIri,
        ActivityType = "Follow",
        ActorIri = "https://a.test/actors/instance_actor",
        Document = Follow(activityIri).ToJsonString(),
        State = InboxItemState.Pending,
        ReceivedAt = DateTimeOffset.UnixEpoch,
        NextAttemptAt = DateTimeOffset.UnixEpoch,
    };
}
