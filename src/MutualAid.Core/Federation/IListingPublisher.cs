using MutualAid.Core.Collectives;
using MutualAid.Core.Listings;

namespace MutualAid.Core.Federation;

/// <summary>
/// Told by the listing use cases about every change, before they save, so whatever it records (the
/// federation outbox and delivery queue) commits in the same transaction as the change itself. The API,
/// the CLI import and the web pages all go through the use cases, so all of them federate the same way.
/// </summary>
public interface IListingPublisher
{
    Task ListingCreatedAsync(Listing listing, Collective collective, CancellationToken cancellationToken);

    /// <summary><paramref name="before"/> is the listing as it was, so updates can say what changed.</summary>
    Task ListingUpdatedAsync(Listing listing, ListingSnapshot before, Collective collective, CancellationToken cancellationToken);

    /// <summary><paramref name="listing"/> is the row being removed (its visibility decides who hears of the deletion).</summary>
    Task ListingDeletedAsync(Listing listing, ListingTombstone tombstone, Collective collective, CancellationToken cancellationToken);

    Task CollectiveProfileUpdatedAsync(Collective collective, CancellationToken cancellationToken);
}
