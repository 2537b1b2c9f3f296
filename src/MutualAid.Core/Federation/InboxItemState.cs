namespace MutualAid.Core.Federation;

public enum InboxItemState
{
    Pending,
    Processed,

    /// <summary>Processing failed for good (after retries, or the activity is malformed); <see cref="InboxItem.Error"/> says why.</summary>
    Failed,
}
