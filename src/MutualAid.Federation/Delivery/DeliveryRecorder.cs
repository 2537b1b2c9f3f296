using System.Globalization;
using System.Net;
using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MutualAid.Core.Data;
using MutualAid.Core.Federation;

namespace MutualAid.Federation.Delivery;

/// <summary>
/// Group commit for delivery results. A durable SQLite commit (WAL, synchronous FULL) is an fsync; one per job made a
/// fan-out to 200 hosts wait on 200 of them, one after the other behind SQLite's write lock. The runner hands each
/// outcome to <see cref="RecordAsync"/> as its request finishes; every <see cref="FederationOptions.DeliveryRecordBatchSize"/>
/// outcomes (and whatever is left when the run's sends are done) are written in one transaction, from one context, so
/// each host's row is read once and updated from all its outcomes in the order they happened (no lost updates of the
/// circuit breaker between concurrent contexts).
/// <para>
/// Delivery stays at least once: a crash between a POST and the commit of its batch loses the result, the job's lease
/// runs out and the activity is sent again; receivers drop it as a duplicate by its activity id. Holding a batch in
/// memory widens that window from one request to one batch, which is the price of not paying an fsync per request.
/// </para>
/// </summary>
public sealed partial class DeliveryRecorder(
    IServiceScopeFactory scopes,
    IOptions<FederationOptions> options,
    TimeProvider time,
    Random random,
    ILogger<DeliveryRecorder> logger)
{
    /// <summary>Records everything <paramref name="outcomes"/> yields until it is completed, a batch at a time.</summary>
    public async Task RecordAsync(ChannelReader<DeliveryOutcome> outcomes)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        var size = options.Value.DeliveryRecordBatchSize;
        var batch = new List<DeliveryOutcome>(size);
        // Never cancelled: the requests went out, so their results are written even while the worker stops.
        await foreach (var outcome in outcomes.ReadAllAsync(CancellationToken.None))
        {
            batch.Add(outcome);
            if (batch.Count >= size)
            {
                await WriteAsync(batch);
                batch.Clear();
            }
        }

        if (batch.Count > 0)
        {
            await WriteAsync(batch);
        }
    }

    private async Task WriteAsync(List<DeliveryOutcome> batch)
    {
        try
        {
            await ApplyAsync(batch);
        }
        catch (Exception exception)
        {
            // An exception escaping would lose every other result of the batch (and of the run). The transaction
            // rolled back whole: write each outcome alone, so one bad row keeps only its own job leased.
            LogBatchFailed(logger, batch.Count, exception);
            if (batch.Count == 1)
            {
                LogOutcomeFailed(logger, batch[0].JobId, batch[0].InboxUrl, exception);
                return;
            }

            foreach (var outcome in batch)
            {
                try
                {
                    await ApplyAsync([outcome]);
                }
                catch (Exception single)
                {
                    // Left leased: when the lease runs out the job is sent again, the receiver drops the duplicate.
                    LogOutcomeFailed(logger, outcome.JobId, outcome.InboxUrl, single);
                }
            }
        }
    }

    /// <summary>One transaction: the batch's jobs and hosts read once, every outcome applied in order, one commit.</summary>
    private async Task ApplyAsync(IReadOnlyList<DeliveryOutcome> batch)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MutualAidDbContext>();
        await using var transaction = await db.BeginDurableTransactionAsync();
        var ids = batch.Select(o => o.JobId).ToList();
        var jobs = await db.Set<DeliveryJob>().Where(j => ids.Contains(j.Id)).ToDictionaryAsync(j => j.Id);
        var names = batch.Select(o => o.Host).Distinct(StringComparer.Ordinal).ToList();
        var hosts = await db.Set<DeliveryHost>().Where(h => names.Contains(h.Host)).ToDictionaryAsync(h => h.Host, StringComparer.Ordinal);
        foreach (var outcome in batch)
        {
            if (!jobs.TryGetValue(outcome.JobId, out var job))
            {
                // Deleted while in flight (its activity was purged): there is nothing left to record on.
                LogJobVanished(logger, outcome.JobId);
                continue;
            }

            if (outcome.NotSent is { } reason)
            {
                Finish(job, DeliveryState.GaveUp, null, reason);
                continue;
            }

            if (!hosts.TryGetValue(outcome.Host, out var host))
            {
                host = new DeliveryHost { Host = outcome.Host };
                db.Set<DeliveryHost>().Add(host);
                hosts.Add(outcome.Host, host);
            }

            await ApplyAsync(db, job, host, outcome);
        }

        await db.SaveChangesAsync();
        await transaction.CommitAsync();
    }

    private async Task ApplyAsync(MutualAidDbContext db, DeliveryJob job, DeliveryHost host, DeliveryOutcome outcome)
    {
        var now = time.GetUtcNow();
        var settings = options.Value;
        var code = (int?)outcome.Status;
        job.Attempts++;
        job.LastStatus = code;
        if (code is >= 200 and < 300)
        {
            Finish(job, DeliveryState.Delivered, null, null);
            host.ConsecutiveFailures = 0;
            host.OpenUntil = null;
            host.LastSuccessAt = now;
        }
        else if (outcome.Status == HttpStatusCode.Gone)
        {
            // The inbox is gone for good: so are the followers behind it.
            await db.Set<Follower>().Where(f => f.RemoteActor!.InboxUrl == job.InboxUrl || f.RemoteActor.SharedInboxUrl == job.InboxUrl).ExecuteDeleteAsync();
            Finish(job, DeliveryState.GaveUp, code, "410 Gone: followers behind this inbox removed.");
        }
        else if (code is >= 400 and < 500 && code is not 408 and not 429)
        {
            Finish(job, DeliveryState.GaveUp, code, $"Refused with {code}.");
        }
        else
        {
            host.ConsecutiveFailures++;
            host.LastFailureAt = now;
            if (host.ConsecutiveFailures >= settings.CircuitBreakerThreshold)
            {
                host.OpenUntil = now + settings.CircuitBreakerPause;
            }

            var next = now + DeliveryBackoff.Delay(job.Attempts, settings.DeliveryFirstRetry, random);
            if (next > job.CreatedAt + settings.DeliveryRetryWindow)
            {
                Finish(job, DeliveryState.GaveUp, code, $"Gave up after {job.Attempts} attempts: {outcome.Error ?? code?.ToString(CultureInfo.InvariantCulture)}");
                LogGaveUp(logger, outcome.ActivityIri, job.InboxUrl, job.Attempts);
            }
            else
            {
                job.NextAttemptAt = next;
                job.LeasedUntil = null;
                job.LastError = Truncate(outcome.Error ?? $"HTTP {code}");
            }
        }
    }

    private void Finish(DeliveryJob job, DeliveryState state, int? status, string? error)
    {
        job.State = state;
        job.CompletedAt = time.GetUtcNow();
        job.LeasedUntil = null;
        job.LastStatus = status ?? job.LastStatus;
        job.LastError = error is null ? null : Truncate(error);
    }

    private static string Truncate(string text) => text.Length > 2000 ? text[..2000] : text;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Gave up delivering {ActivityIri} to {Inbox} after {Attempts} attempts")]
    private static partial void LogGaveUp(ILogger logger, string activityIri, string inbox, int attempts);

    [LoggerMessage(Level = LogLevel.Error, Message = "Recording a batch of {Count} delivery results failed; recording them one by one")]
    private static partial void LogBatchFailed(ILogger logger, int count, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Recording the result of delivery job {JobId} to {Inbox} failed; it stays leased and is sent again when the lease runs out")]
    private static partial void LogOutcomeFailed(ILogger logger, long jobId, string inbox, Exception exception);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Delivery job {JobId} was deleted while it was being sent")]
    private static partial void LogJobVanished(ILogger logger, long jobId);
}
