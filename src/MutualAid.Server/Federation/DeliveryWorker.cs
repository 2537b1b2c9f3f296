using Microsoft.Extensions.Options;
using MutualAid.Federation;
using MutualAid.Federation.Delivery;

namespace MutualAid.Server.Federation;

/// <summary>Sends queued deliveries: woken when activities are queued, else polling (retries come due by time).</summary>
internal sealed class DeliveryWorker(DeliveryRunner runner, DeliverySignal signal, IOptions<FederationOptions> options, TimeProvider time, ILogger<DeliveryWorker> logger)
    : QueueWorker(signal.Signal, options, time, logger)
{
    protected override string QueueName => "delivery";

    protected override Task<int> RunOnceAsync(CancellationToken cancellationToken) => runner.RunOnceAsync(cancellationToken);
}
