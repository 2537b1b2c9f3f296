namespace MutualAid.Core.Federation;

/// <summary>
/// An activity accepted by an inbox: stored as received (after its signature was verified) before the
/// sender got its 202, then processed by the inbox worker. The activity id is unique, which drops duplicates.
/// </summary>
public sealed class InboxItem
{
    public long Id { get; set; }

    public required string ActivityIri { get; set; }

    public string ActivityType { get; set; } = "";

    public required string ActorIri { get; set; }

    /// <summary>The local actor whose inbox received it; null for the shared inbox.</summary>
    public string? ReceivedBy { get; set; }

    /// <summary>The key or proof method that authenticated it.</summary>
    public string AuthenticatedBy { get; set; } = "";

    public required string Document { get; set; }

    public InboxItemState State { get; set; }

    public int Attempts { get; set; }

    public DateTimeOffset ReceivedAt { get; set; }

    public DateTimeOffset NextAttemptAt { get; set; }

    public DateTimeOffset? ProcessedAt { get; set; }

    public string? Error { get; set; }
}
