using Microsoft.Extensions.Options;
using MutualAid.Federation;
using MutualAid.Federation.Instances;

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
    ILogger<InstanceWatchWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!federation.Value.RunWorkers)
        {
            return;
        }

        var wait = options.Value.FirstCheckDelay;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(wait, time, stoppingToken);
                wait = options.Value.CheckInterval;
                await using var scope = scopes.CreateAsyncScope();
                var report = await scope.ServiceProvider.GetRequiredService<WatchKnownInstances>().RunOnceAsync(stoppingToken);
                LogRound(logger, report.Known, report.Probed, report.Answered, report.Stale);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // A locked database or a bug in one round must not end the watch for the life of the process.
                LogRoundFailed(logger, exception);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Instance watch: {Known} known, {Probed} probed, {Answered} answered, {Stale} stale")]
    private static partial void LogRound(ILogger logger, int known, int probed, int answered, int stale);

    [LoggerMessage(Level = LogLevel.Error, Message = "The instance watch round failed; the next one runs as planned")]
    private static partial void LogRoundFailed(ILogger logger, Exception exception);
}
