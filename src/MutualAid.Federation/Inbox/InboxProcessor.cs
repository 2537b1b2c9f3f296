using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using MutualAid.Core.Data;
using MutualAid.Core.Federation;
using MutualAid.Federation.Conversion;
using MutualAid.Federation.Policy;

namespace MutualAid.Federation.Inbox;

/// <summary>
/// The inbox worker's body: takes stored activities that are due, one scope each, and hands them to their
/// handler. A failing handler is retried with backoff a few times, then the item is marked failed with the reason. An
/// activity from a domain blocked since it arrived is marked failed without being handled.
/// </summary>
public sealed partial class InboxProcessor(IServiceScopeFactory scopes, TimeProvider time, ILogger<InboxProcessor> logger)
{
    public const int MaxAttempts = 5;

    /// <summary>Processes what is due now; returns how many items it took.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        List<long> due;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<MutualAidDbContext>();
            var now = time.GetUtcNow();
            due = await db.Set<InboxItem>().Where(i => i.State == InboxItemState.Pending && i.NextAttemptAt <= now)
                .OrderBy(i => i.Id).Select(i => i.Id).Take(100).ToListAsync(cancellationToken);
        }

        foreach (var id in due)
        {
            await ProcessAsync(id, cancellationToken);
        }

        return due.Count;
    }

    private async Task ProcessAsync(long id, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MutualAidDbContext>();
        var item = await db.Set<InboxItem>().SingleAsync(i => i.Id == id, cancellationToken);
        if (!await scope.ServiceProvider.GetRequiredService<DomainPolicy>().AllowsAsync(item.ActorIri, cancellationToken))
        {
            // Accepted before its domain was blocked: acting on it now would bring back what the block removed.
            item.State = InboxItemState.Failed;
            item.ProcessedAt = time.GetUtcNow();
            item.Error = $"Not processed: this instance no longer federates with {DomainPolicy.HostOf(item.ActorIri)}.";
            await db.SaveChangesAsync(cancellationToken);
            return;
        }

        try
        {
            var document = (JsonObject)JsonNode.Parse(item.Document)!;
            var activity = Expanded.Parse(document) ?? throw new InvalidDataException("The stored activity no longer expands.");
            var context = new InboxContext(item, activity, document);
            var handler = scope.ServiceProvider.GetRequiredService<ActivityHandlerTable>().Find(activity.Type, context.ObjectType);
            if (handler is null)
            {
                LogUnhandled(logger, activity.Type, context.ObjectType, item.ActivityIri);
            }
            else
            {
                await handler.HandleAsync(context, cancellationToken);
            }

            item.State = InboxItemState.Processed;
            item.ProcessedAt = time.GetUtcNow();
            item.Error = null;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // A handler failure must not stop the worker; it is recorded on the item and retried.
            db.ChangeTracker.Clear();
            db.Attach(item);
            item.Attempts++;
            item.Error = exception.Message.Length > 2000 ? exception.Message[..2000] : exception.Message;
            item.State = item.Attempts >= MaxAttempts ? InboxItemState.Failed : InboxItemState.Pending;
            item.NextAttemptAt = time.GetUtcNow() + TimeSpan.FromSeconds(10 * Math.Pow(4, item.Attempts - 1));
            LogFailed(logger, exception, item.ActivityIri, item.Attempts);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "No handler for {ActivityType} of {ObjectType} ({ActivityIri}); ignored")]
    private static partial void LogUnhandled(ILogger logger, string activityType, string objectType, string activityIri);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Processing {ActivityIri} failed (attempt {Attempts})")]
    private static partial void LogFailed(ILogger logger, Exception exception, string activityIri, int attempts);
}
