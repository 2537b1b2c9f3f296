using Microsoft.Extensions.Options;
using MutualAid.Federation;
using MutualAid.Federation.Instances;
using MutualAid.Server.Maintenance;

namespace MutualAid.Server.Federation;

/// <summary>
/// Runs the instance watch (<see cref="WatchKnownInstances"/>) every <see cref="InstanceWatchOptions.CheckInterval"/>
/// on the injected clock, so tests move it with a fake one. A failed round is logged and the next one runs as planned.
/// </summary>
internal sealed partial class InstanceWatchWorker(
    IServiceScopeFactory scopes,
    IOptions<InstanceWatchOptions> options,
    IOptions<FederationOptions> federation,
    TimeProvider time,
    ILogger<InstanceWatchWorker> logger) : PeriodicWorker(federation, time, logger)
{
    protected override string ChoreName => "instance watch";

    protected override TimeSpan Interval => options.Value.CheckInterval;

    protected override TimeSpan FirstDelay => options.Value.FirstCheckDelay;

    protected override async Task<bool> RunOnceAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var report = await scope.ServiceProvider.GetRequiredService<WatchKnownInstances>().RunOnceAsync(cancellationToken);
        LogRound(logger, report.Known, report.Probed, report.Answered, report.Stale);
        return false;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Instance watch: {Known} known, {Probed} probed, {Answered} answered, {Stale} stale")]
    private static partial void LogRound(ILogger logger, int known, int probed, int answered, int stale);
}
