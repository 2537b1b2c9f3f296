using MutualAid.Core.Listings;
using MutualAid.Core.Listings.Actors;
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

    /// <summary>
    /// Whether the listing is an actor of its own that people can follow (a fund, line or service): here, because
    /// its collective made it followable; from elsewhere, because a listing actor announced it.
    /// </summary>
    public bool Followable { get; init; }

    /// <summary>The listing actor's handle, <c>user@host</c> (no leading '@'), when <see cref="Followable"/>.</summary>
    public string? ActorHandle { get; init; }

    /// <summary>
    /// How many follow the listing actor: counted here for local listings, as its server last reported for
    /// remote ones (null when that server does not say).
    /// </summary>
    public int? ActorFollowers { get; init; }

    /// <summary>The remote listing actor's IRI (remote followable listings only), for following it by URL when no handle is known.</summary>
    public string? RemoteListingActor { get; init; }

    public bool IsRemote => Listing.Origin == OriginKind.Remote;

    /// <summary>Set when the listing's instance has not answered since then: the listing may be out of date.</summary>
    public DateTimeOffset? StaleSince { get; init; }

    /// <summary>Whether the listing's instance has stopped answering (then <see cref="StaleSince"/> says since when).</summary>
    public bool Stale => StaleSince is not null;

    /// <summary>This entry with its listing actor: from the stored origin when remote, from <paramref name="localActor"/> when local.</summary>
    internal DirectoryEntry WithActor(Listing listing, ListingActorView? localActor)
    {
        if (listing.Origin.Kind == OriginKind.Remote)
        {
            return listing.Origin.ListingActorIri is { } iri
                ? this with { Followable = true, ActorHandle = listing.Origin.ListingActorHandle, ActorFollowers = listing.Origin.ListingActorFollowers, RemoteListingActor = iri }
                : this;
        }

        return localActor is { Followable: true, Handle: { } handle }
            ? this with { Followable = true, ActorHandle = handle, ActorFollowers = localActor.Followers }
            : this;
    }
}
