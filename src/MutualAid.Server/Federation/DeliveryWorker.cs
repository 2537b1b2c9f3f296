using Microsoft.Extensions.Options;
using MutualAid.Federation;
using MutualAid.Federation.Delivery;

namespace MutualAid.Server.Federation;

/// <summary>Sends queued deliveries: woken when activities are queued, else polling (retries come due by time).</summary>
internal sealed partial class DeliveryWorker(DeliveryRunner processor, DeliverySignal signal, IOptions<FederationOptions> options, TimeProvider time, ILogger<DeliveryWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.RunWorkers)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (await processor.RunOnceAsync(stoppingToken) == 0)
                {
                    await signal.Signal.WaitAsync(options.Value.WorkerPollInterval, time, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // The database may be briefly locked; the worker must outlive that and try again.
                LogLoopFailed(logger, exception);
                await Task.Delay(options.Value.WorkerPollInterval, time, stoppingToken);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The delivery worker's loop failed; retrying")]
    private static partial void LogLoopFailed(ILogger logger, Exception exception);
}
