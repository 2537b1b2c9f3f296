using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MutualAid.Core.Data;
using MutualAid.Core.Federation;

namespace MutualAid.Federation.Inbox;

/// <summary>
/// Group commit for the inbox. A durable SQLite commit (WAL, synchronous FULL) costs an fsync, milliseconds on
/// real disks; one commit per activity caps the inbox at a few hundred activities a second. Requests hand their
/// verified activity to this single writer and wait; it takes everything queued so far (a lone request is written
/// at once, no added latency), inserts it in one transaction, drops duplicates by activity id item by item, commits
/// durably, and only then completes each request, so a 202 still means "on disk". The queue is bounded: when full,
/// <see cref="TryEnqueue"/> refuses and the inbox answers 503. <see cref="Complete"/> stops intake; <see cref="RunAsync"/>
/// returns once everything queued is written.
/// </summary>
public sealed partial class InboxWriter
{
    private readonly Channel<PendingInboxItem> _queue;
    private readonly IServiceScopeFactory _scopes;
    private readonly InboxSignal _signal;
    private readonly InboxWriterOptions _options;
    private readonly ILogger<InboxWriter> _logger;
    private int _writing;

    public InboxWriter(IServiceScopeFactory scopes, InboxSignal signal, IOptions<InboxWriterOptions> options, ILogger<InboxWriter> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _scopes = scopes;
        _signal = signal;
        _options = options.Value;
        _logger = logger;
        _queue = Channel.CreateBounded<PendingInboxItem>(new BoundedChannelOptions(_options.Capacity)
        {
            SingleReader = true,
            FullMode = BoundedChannelFullMode.Wait,
        });
    }

    /// <summary>
    /// Queues <paramref name="item"/> for the next commit. False when the queue is full or the writer is shutting down.
    /// Otherwise <paramref name="stored"/> completes after the commit: true if stored, false if the activity id was
    /// already there (a duplicate); it faults with <see cref="InboxStoreException"/> if the write failed.
    /// </summary>
    public bool TryEnqueue(InboxItem item, out Task<bool> stored)
    {
        ArgumentNullException.ThrowIfNull(item);
        var pending = new PendingInboxItem(item);
        stored = pending.Stored;
        return _queue.Writer.TryWrite(pending);
    }

    /// <summary>Activities queued and not yet taken into a batch (for monitoring, and tests that need the queue full).</summary>
    public int Waiting => _queue.Reader.Count;

    /// <summary>Activities in the batch being written now (for monitoring, and tests that hold a batch).</summary>
    public int Writing => Volatile.Read(ref _writing);

    /// <summary>Stops taking activities; <see cref="RunAsync"/> finishes what is queued and returns.</summary>
    public void Complete() => _queue.Writer.TryComplete();

    /// <summary>The writer's loop: runs until <see cref="Complete"/> and the queue is drained.</summary>
    public async Task RunAsync()
    {
        var batch = new List<PendingInboxItem>(_options.MaxBatchSize);
        // Never cancelled: once a request is queued, its activity is written (or its request told it failed).
        while (await _queue.Reader.WaitToReadAsync(CancellationToken.None))
        {
            batch.Clear();
            while (batch.Count < _options.MaxBatchSize && _queue.Reader.TryRead(out var pending))
            {
                batch.Add(pending);
            }

            Volatile.Write(ref _writing, batch.Count);
            await WriteAsync(batch);
            Volatile.Write(ref _writing, 0);
        }
    }

    private async Task WriteAsync(List<PendingInboxItem> batch)
    {
        try
        {
            Complete(batch, await InsertAsync(batch));
        }
        catch (Exception exception)
        {
            // Whatever went wrong goes to the waiting requests (a 5xx each, logged here): an exception escaping would
            // end the loop and leave every later request waiting forever.
            LogBatchFailed(_logger, batch.Count, exception);
            if (batch.Count == 1)
            {
                batch[0].Fail(exception);
                return;
            }

            // The transaction rolled back whole. Retry each activity alone, so one bad item fails only its own request.
            foreach (var pending in batch)
            {
                try
                {
                    Complete([pending], await InsertAsync([pending]));
                }
                catch (Exception single)
                {
                    LogItemFailed(_logger, pending.Item.ActivityIri, single);
                    pending.Fail(single);
                }
            }
        }
    }

    /// <summary>One transaction: which ids exist already, insert the rest (first of equal ids wins), commit.</summary>
    private async Task<bool[]> InsertAsync(List<PendingInboxItem> batch)
    {
        await using var scope = _scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MutualAidDbContext>();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        await using var transaction = await db.BeginDurableTransactionAsync();
        var ids = batch.Select(p => p.Item.ActivityIri).Distinct(StringComparer.Ordinal).ToList();
        var present = new HashSet<string>(
            await db.Set<InboxItem>().AsNoTracking().Where(i => ids.Contains(i.ActivityIri)).Select(i => i.ActivityIri).ToListAsync(),
            StringComparer.Ordinal);
        var stored = new bool[batch.Count];
        for (var i = 0; i < batch.Count; i++)
        {
            if (present.Add(batch[i].Item.ActivityIri))
            {
                // A retry after a rolled-back batch must not reuse the key that batch was given.
                batch[i].Item.Id = 0;
                db.Set<InboxItem>().Add(batch[i].Item);
                stored[i] = true;
            }
        }

        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        return stored;
    }

    private void Complete(List<PendingInboxItem> batch, bool[] stored)
    {
        for (var i = 0; i < batch.Count; i++)
        {
            batch[i].Done(stored[i]);
        }

        if (stored.Any(s => s))
        {
            _signal.Signal.Ring();
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Writing a batch of {Count} inbox activities failed")]
    private static partial void LogBatchFailed(ILogger logger, int count, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Storing inbox activity {ActivityIri} failed; its sender gets a 500 and may retry")]
    private static partial void LogItemFailed(ILogger logger, string activityIri, Exception exception);
}
