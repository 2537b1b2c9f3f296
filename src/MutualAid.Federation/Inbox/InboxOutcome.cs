namespace MutualAid.Federation.Inbox;

public enum InboxOutcome
{
    /// <summary>Stored for processing: answer 202.</summary>
    Accepted,

    /// <summary>Seen before (same activity id): answer 202 and do nothing.</summary>
    Duplicate,

    /// <summary>Not JSON, or no id/type/actor: 400.</summary>
    Malformed,

    /// <summary>No valid signature or proof by the activity's actor: 401.</summary>
    Unauthenticated,

    /// <summary>The sender's domain is blocked or not allowed: 403.</summary>
    Forbidden,

    /// <summary>Verified, but the writer's queue is full or the server is stopping: 503 with Retry-After.</summary>
    Busy,
}
