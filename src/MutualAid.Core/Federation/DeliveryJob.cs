namespace MutualAid.Core.Federation;

/// <summary>
/// One POST of one activity to one inbox. Followers sharing an inbox share the job, so a host gets one
/// request per activity. Jobs are leased before sending so two workers never send the same one.
/// </summary>
public sealed class DeliveryJob
{
    public long Id { get; set; }

    public long OutboxActivityId { get; set; }

    public OutboxActivity? Activity { get; set; }

    public required string InboxUrl { get; set; }

    /// <summary>Lower-case host of <see cref="InboxUrl"/>, for per-host limits and the circuit breaker.</summary>
    public required string Host { get; set; }

    public DeliveryState State { get; set; }

    public int Attempts { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset NextAttemptAt { get; set; }

    /// <summary>While set and in the future, a worker owns the job.</summary>
    public DateTimeOffset? LeasedUntil { get; set; }

    public DateTimeOffset? CompletedAt { get; set; }

    public int? LastStatus { get; set; }

    public string? LastError { get; set; }
}
