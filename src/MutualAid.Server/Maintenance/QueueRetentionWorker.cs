using Microsoft.Extensions.Options;
using MutualAid.Federation;
using MutualAid.Federation.Retention;

namespace MutualAid.Server.Maintenance;

/// <summary>Runs <see cref="QueueRetention"/> every <see cref="RetentionOptions.Interval"/>, batch after batch while rows are due.</summary>
internal sealed partial class QueueRetentionWorker(
    QueueRetention retention,
    IOptions<RetentionOptions> options,
    IOptions<FederationOptions> federation,
    TimeProvider time,
    ILogger<QueueRetentionWorker> logger) : PeriodicWorker(federation, time, logger)
{
    protected override string ChoreName => "queue retention";

    protected override TimeSpan Interval => options.Value.Interval;

    protected override async Task<bool> RunOnceAsync(CancellationToken cancellationToken)
    {
        var run = await retention.RunOnceAsync(cancellationToken);
        if (run.InboxItems + run.DeliveryJobs > 0)
        {
            LogDeleted(logger, run.InboxItems, run.DeliveryJobs);
        }

        return run.MoreDue;
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Retention deleted {InboxItems} inbox items and {DeliveryJobs} delivery jobs")]
    private static partial void LogDeleted(ILogger logger, int inboxItems, int deliveryJobs);
}
