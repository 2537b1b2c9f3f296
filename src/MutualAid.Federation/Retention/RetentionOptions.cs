namespace MutualAid.Federation.Retention;

/// <summary>
/// The <c>MutualAid:Federation:Retention</c> section: how long finished queue rows are kept. The inbox drops a
/// duplicate by finding its activity id among stored items, so <see cref="ProcessedInboxItems"/> is also the
/// duplicate-detection window: an activity redelivered within it (counted from when we first received it) is
/// dropped; after it, the handlers' own idempotency (upserts, unique activity ids) is what protects us.
/// </summary>
public sealed class RetentionOptions
{
    public const string SectionName = "MutualAid:Federation:Retention";

    /// <summary>The shortest duplicate window we accept: senders retry failed deliveries for hours to days.</summary>
    public static readonly TimeSpan MinimumDuplicateWindow = TimeSpan.FromDays(1);

    /// <summary>Processed inbox items, counted from receipt (also the duplicate-detection window).</summary>
    public TimeSpan ProcessedInboxItems { get; set; } = TimeSpan.FromDays(7);

    /// <summary>Inbox items that failed for good, kept longer so an operator can see why.</summary>
    public TimeSpan FailedInboxItems { get; set; } = TimeSpan.FromDays(30);

    /// <summary>Delivered jobs, counted from delivery. The activity itself stays (the outbox shows it).</summary>
    public TimeSpan DeliveredJobs { get; set; } = TimeSpan.FromDays(7);

    /// <summary>Jobs given up after the retry window or refused, counted from giving up.</summary>
    public TimeSpan GaveUpJobs { get; set; } = TimeSpan.FromDays(30);

    /// <summary>Rows deleted per statement: small, so each delete holds SQLite's write lock only briefly.</summary>
    public int BatchSize { get; set; } = 500;

    /// <summary>How often the cleanup runs when the previous run found less than a full batch.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(10);

    public void Validate()
    {
        if (ProcessedInboxItems < MinimumDuplicateWindow || FailedInboxItems < MinimumDuplicateWindow)
        {
            throw new InvalidOperationException(
                $"{SectionName}: ProcessedInboxItems and FailedInboxItems must be at least {MinimumDuplicateWindow.TotalHours} hours: they are the window in which duplicate deliveries are dropped.");
        }

        if (DeliveredJobs <= TimeSpan.Zero || GaveUpJobs <= TimeSpan.Zero || Interval <= TimeSpan.Zero)
        {
            throw new InvalidOperationException($"{SectionName}: DeliveredJobs, GaveUpJobs and Interval must be positive.");
        }

        if (BatchSize is < 1 or > 10_000)
        {
            throw new InvalidOperationException($"{SectionName}: BatchSize must be between 1 and 10000.");
        }
    }
}
