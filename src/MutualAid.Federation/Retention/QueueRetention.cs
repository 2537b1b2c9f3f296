using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MutualAid.Core.Data;
using MutualAid.Core.Federation;

namespace MutualAid.Federation.Retention;

/// <summary>
/// Deletes finished inbox items and delivery jobs older than <see cref="RetentionOptions"/>, one small batch per
/// table per run, each its own short statement, so the inbox and delivery writers never wait long for SQLite's
/// lock. Pending rows are never touched.
/// </summary>
public sealed class QueueRetention(IServiceScopeFactory scopes, IOptions<RetentionOptions> options, TimeProvider time)
{
    /// <summary>Deletes at most one batch from each kind of finished row; returns how many rows it deleted.</summary>
    public async Task<RetentionRun> RunOnceAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var now = time.GetUtcNow();
        var processed = await DeleteInboxAsync(InboxItemState.Processed, now - settings.ProcessedInboxItems, settings.BatchSize, cancellationToken);
        var failed = await DeleteInboxAsync(InboxItemState.Failed, now - settings.FailedInboxItems, settings.BatchSize, cancellationToken);
        var delivered = await DeleteJobsAsync(DeliveryState.Delivered, now - settings.DeliveredJobs, settings.BatchSize, cancellationToken);
        var gaveUp = await DeleteJobsAsync(DeliveryState.GaveUp, now - settings.GaveUpJobs, settings.BatchSize, cancellationToken);
        return new RetentionRun(processed + failed, delivered + gaveUp,
            MoreDue: new[] { processed, failed, delivered, gaveUp }.Any(n => n == settings.BatchSize));
    }

    private async Task<int> DeleteInboxAsync(InboxItemState state, DateTimeOffset receivedBefore, int batch, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MutualAidDbContext>();
        // Counted from receipt, not processing: a duplicate is dropped for the whole window after the first copy arrived.
        var ids = await db.Set<InboxItem>().AsNoTracking()
            .Where(i => i.State == state && i.ReceivedAt < receivedBefore)
            .OrderBy(i => i.Id).Select(i => i.Id).Take(batch).ToListAsync(cancellationToken);
        return ids.Count == 0 ? 0 : await db.Set<InboxItem>().Where(i => ids.Contains(i.Id) && i.State == state).ExecuteDeleteAsync(cancellationToken);
    }

    private async Task<int> DeleteJobsAsync(DeliveryState state, DateTimeOffset completedBefore, int batch, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MutualAidDbContext>();
        var ids = await db.Set<DeliveryJob>().AsNoTracking()
            .Where(j => j.State == state && j.CompletedAt != null && j.CompletedAt < completedBefore)
            .OrderBy(j => j.Id).Select(j => j.Id).Take(batch).ToListAsync(cancellationToken);
        return ids.Count == 0 ? 0 : await db.Set<DeliveryJob>().Where(j => ids.Contains(j.Id) && j.State == state).ExecuteDeleteAsync(cancellationToken);
    }
}
