namespace MutualAid.Federation.Inbox;

/// <summary>
/// The <c>MutualAid:Federation:InboxWriter</c> section: how accepted activities are committed. Requests hand their
/// verified activity to one writer, which commits whatever has queued up in one transaction (group commit), so the
/// cost of a durable commit is shared by every request waiting for it.
/// </summary>
public sealed class InboxWriterOptions
{
    public const string SectionName = "MutualAid:Federation:InboxWriter";

    /// <summary>Most activities committed in one transaction; 1 commits each on its own (the behaviour before group commit).</summary>
    public int MaxBatchSize { get; set; } = 256;

    /// <summary>Activities that may wait for the writer; beyond that the inbox answers 503 with <see cref="RetryAfter"/>.</summary>
    public int Capacity { get; set; } = 4096;

    /// <summary>What a 503 (queue full, or shutting down) tells the sender to wait before trying again.</summary>
    public TimeSpan RetryAfter { get; set; } = TimeSpan.FromSeconds(10);

    public void Validate()
    {
        if (MaxBatchSize < 1 || Capacity < 1)
        {
            throw new InvalidOperationException("MutualAid:Federation:InboxWriter: MaxBatchSize and Capacity must be at least 1.");
        }

        if (RetryAfter < TimeSpan.FromSeconds(1))
        {
            throw new InvalidOperationException("MutualAid:Federation:InboxWriter: RetryAfter must be at least one second.");
        }
    }
}
