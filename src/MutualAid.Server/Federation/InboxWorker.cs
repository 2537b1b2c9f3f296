using Microsoft.Extensions.Options;
using MutualAid.Federation;
using MutualAid.Federation.Inbox;

namespace MutualAid.Server.Federation;

/// <summary>Processes stored inbox activities: woken by the inbox, else polling.</summary>
internal sealed class InboxWorker(InboxProcessor processor, InboxSignal signal, IOptions<FederationOptions> options, TimeProvider time, ILogger<InboxWorker> logger)
    : QueueWorker(signal.Signal, options, time, logger)
{
    protected override string QueueName => "inbox";

    protected override Task<int> RunOnceAsync(CancellationToken cancellationToken) => processor.RunOnceAsync(cancellationToken);
}
