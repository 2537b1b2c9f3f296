using MutualAid.Core.Listings;
using MutualAid.Core.Listings.Views;

namespace MutualAid.Core.Directory;

/// <summary>One search hit: the listing as shown publicly, who published it and where it lives.</summary>
public sealed record DirectoryEntry
{
    public required ListingView Listing { get; init; }

    /// <summary>The local collective's name (null for remote listings).</summary>
    public string? CollectiveName { get; init; }

    /// <summary>The instance it comes from; null for local listings.</summary>
    public string? InstanceDomain { get; init; }

    /// <summary>The remote object's IRI (remote listings only).</summary>
    public string? RemoteObject { get; init; }

    /// <summary>The remote publishing actor's IRI (remote listings only).</summary>
    public string? RemoteActor { get; init; }

    /// <summary>Distance from the searched place to the listing's public (coarsened) point.</summary>
    public double? DistanceKm { get; init; }

    /// <summary>For services and contacts: open at the time of the search.</summary>
    public bool? OpenNow { get; init; }

    /// <summary>Listings past their expiry count as expired even before anyone updates the status.</summary>
    public ListingStatus EffectiveStatus { get; init; }

    public bool IsRemote => Listing.Origin == OriginKind.Remote;

    /// <summary>Set when the listing's instance has not answered since then: the listing may be out of date.</summary>
    public DateTimeOffset? StaleSince { get; init; }

    /// <summary>Whether the listing's instance has stopped answering (then <see cref="StaleSince"/> says since when).</summary>
    public bool Stale => StaleSince is not null;
}
