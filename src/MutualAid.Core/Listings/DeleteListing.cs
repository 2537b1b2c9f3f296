using MutualAid.Core.Collectives;
using MutualAid.Core.Data;
using MutualAid.Core.Federation;

namespace MutualAid.Core.Listings;

/// <summary>A member deletes a listing; a tombstone keeps its id, kind and deletion time for federation.</summary>
public sealed class DeleteListing(MutualAidDbContext db, CollectiveAccess access, ListingLookup lookup, IListingPublisher publisher, TimeProvider time)
{
    public async Task<ListingTombstone> ExecuteAsync(long userId, string collectiveSlug, string publicId, CancellationToken cancellationToken)
    {
        var collective = await access.RequireMemberAsync(userId, collectiveSlug, MemberRole.Editor, cancellationToken);
        var listing = await lookup.FindInCollectiveAsync(collective, publicId, cancellationToken);
        var tombstone = new ListingTombstone
        {
            PublicId = listing.PublicId,
            CollectiveId = listing.CollectiveId,
            FormerKind = listing.Kind,
            DeletedAt = time.GetUtcNow(),
            Origin = new Origin
            {
                Kind = listing.Origin.Kind,
                ObjectIri = listing.Origin.ObjectIri,
                ActorIri = listing.Origin.ActorIri,
                InstanceDomain = listing.Origin.InstanceDomain,
                FetchedAt = listing.Origin.FetchedAt,
                RemoteUpdatedAt = listing.Origin.RemoteUpdatedAt,
            },
        };
        db.Listings.Remove(listing);
        db.ListingTombstones.Add(tombstone);
        await publisher.ListingDeletedAsync(listing, tombstone, collective, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return tombstone;
    }
}
