using MutualAid.Core.Collectives;
using MutualAid.Core.Listings;

namespace MutualAid.Core.Federation;

/// <summary>The publisher of an instance without the federation module (Core alone, or tools): changes stay local.</summary>
public sealed class UnfederatedPublisher : IListingPublisher
{
    public Task ListingCreatedAsync(Listing listing, Collective collective, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task ListingUpdatedAsync(Listing listing, ListingSnapshot before, Collective collective, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task ListingDeletedAsync(Listing listing, ListingTombstone tombstone, Collective collective, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task CollectiveProfileUpdatedAsync(Collective collective, CancellationToken cancellationToken) => Task.CompletedTask;
}
