namespace MutualAid.Core.Listings;

public enum ListingVisibility
{
    /// <summary>Shown in the directory and federated publicly.</summary>
    Public,

    /// <summary>Reachable by link, never listed in the directory.</summary>
    Unlisted,

    /// <summary>Delivered only to followers of the collective.</summary>
    FollowersOnly,
}
