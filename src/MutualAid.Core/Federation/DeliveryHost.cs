namespace MutualAid.Core.Federation;

/// <summary>Delivery health of one remote host: the circuit breaker's memory.</summary>
public sealed class DeliveryHost
{
    public required string Host { get; set; }

    public int ConsecutiveFailures { get; set; }

    /// <summary>While in the future, deliveries to the host wait instead of being attempted.</summary>
    public DateTimeOffset? OpenUntil { get; set; }

    public DateTimeOffset? LastFailureAt { get; set; }

    public DateTimeOffset? LastSuccessAt { get; set; }
}
