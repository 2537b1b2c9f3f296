using Microsoft.Extensions.Options;
using MutualAid.Federation;

namespace MutualAid.Server.Federation;

/// <summary>
/// The loop both federation queues share: run a batch; when it found nothing, sleep until woken or the poll interval
/// passes (due retries come by time, not by signal); survive failures such as a briefly locked database.
/// </summary>
internal abstract partial class QueueWorker(WorkSignal signal, IOptions<FederationOptions> options, TimeProvider time, ILogger logger) : BackgroundService
{
    /// <summary>Processes what is due and returns how many items it handled.</summary>
    protected abstract Task<int> RunOnceAsync(CancellationToken cancellationToken);

    /// <summary>Names the queue in log messages.</summary>
    protected abstract string QueueName { get; }

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
                if (await RunOnceAsync(stoppingToken) == 0)
                {
                    await signal.WaitAsync(options.Value.WorkerPollInterval, time, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // The database may be briefly locked; the worker must outlive that and try again.
                LogLoopFailed(logger, QueueName, exception);
                await Task.Delay(options.Value.WorkerPollInterval, time, stoppingToken);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The {Queue} worker's loop failed; retrying")]
    private static partial void LogLoopFailed(ILogger logger, string queue, Exception exception);
}
