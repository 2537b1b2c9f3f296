using Microsoft.Extensions.Options;
using MutualAid.Federation;

namespace MutualAid.Server.Maintenance;

/// <summary>
/// A background chore on <see cref="TimeProvider"/>'s clock: run once (after <see cref="FirstDelay"/>); run again at once while it reports more
/// due work (each run is one small batch); otherwise wait <see cref="Interval"/>. Failures are logged and retried
/// after the interval. Off where the federation workers are off (<c>RunWorkers=false</c>).
/// </summary>
internal abstract partial class PeriodicWorker(IOptions<FederationOptions> federation, TimeProvider time, ILogger logger) : BackgroundService
{
    protected abstract string ChoreName { get; }

    protected FederationOptions Federation => federation.Value;

    protected abstract TimeSpan Interval { get; }

    /// <summary>How long after start the first run waits (none by default).</summary>
    protected virtual TimeSpan FirstDelay => TimeSpan.Zero;

    /// <summary>Runs one batch; returns true when more work is already due.</summary>
    protected abstract Task<bool> RunOnceAsync(CancellationToken cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!federation.Value.RunWorkers)
        {
            return;
        }

        try
        {
            if (FirstDelay > TimeSpan.Zero)
            {
                await Task.Delay(FirstDelay, time, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (await RunOnceAsync(stoppingToken))
                {
                    // Let the writers in between two batches.
                    await Task.Yield();
                    continue;
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // The database may be briefly locked; the chore must outlive that and try again next time.
                LogFailed(logger, ChoreName, exception);
            }

            try
            {
                await Task.Delay(Interval, time, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The {Chore} run failed; retrying after the interval")]
    private static partial void LogFailed(ILogger logger, string chore, Exception exception);
}
