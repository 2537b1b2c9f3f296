namespace MutualAid.Federation.Retention;

/// <summary>What one cleanup run deleted; <paramref name="MoreDue"/> when a batch was full and more rows may be waiting.</summary>
public sealed record RetentionRun(int InboxItems, int DeliveryJobs, bool MoreDue);
