using MutualAid.Federation.Inbox;

namespace MutualAid.Server.Federation;

/// <summary>
/// Runs the inbox's group-commit writer for the life of the host. It runs even when the workers are off (CLI
/// processes, some tests): accepting is not processing. On stop it refuses new activities (503) and writes
/// everything already queued before returning, so no request that was promised a commit is dropped.
/// </summary>
internal sealed partial class InboxWriterService(InboxWriter writer, ILogger<InboxWriterService> logger) : IHostedService
{
    private Task? _loop;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _loop = Task.Run(writer.RunAsync, CancellationToken.None);
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        writer.Complete();
        if (_loop is not null)
        {
            await _loop.WaitAsync(cancellationToken);
            LogDrained(logger);
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Inbox writer stopped: every queued activity was written")]
    private static partial void LogDrained(ILogger logger);
}
