namespace MutualAid.Core.Listings;

public enum OriginKind
{
    /// <summary>Written on this instance.</summary>
    Local,

    /// <summary>Fetched or received from another instance.</summary>
    Remote,
}
