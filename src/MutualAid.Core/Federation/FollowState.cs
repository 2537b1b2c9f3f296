namespace MutualAid.Core.Federation;

public enum FollowState
{
    /// <summary>Asked, not yet answered (the followed actor approves followers by hand).</summary>
    Pending,

    Accepted,

    Rejected,
}
