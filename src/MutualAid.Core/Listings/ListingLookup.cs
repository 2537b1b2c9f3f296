using Microsoft.EntityFrameworkCore;
using MutualAid.Core.Collectives;
using MutualAid.Core.Data;
using MutualAid.Core.Validation;

namespace MutualAid.Core.Listings;

/// <summary>Finds one listing of a collective, telling "never existed" (404) from "deleted" (410).</summary>
public sealed class ListingLookup(MutualAidDbContext db)
{
    public async Task<Listing> FindInCollectiveAsync(Collective collective, string publicId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(collective);
        var listing = await db.Listings.SingleOrDefaultAsync(l => l.PublicId == publicId && l.CollectiveId == collective.Id, cancellationToken);
        if (listing is not null)
        {
            return listing;
        }

        var tombstone = await db.ListingTombstones.AsNoTracking()
            .SingleOrDefaultAsync(t => t.PublicId == publicId && t.CollectiveId == collective.Id, cancellationToken);
        if (tombstone is not null)
        {
            throw new GoneException($"Listing {publicId} was deleted.", tombstone.DeletedAt);
        }

        throw new NotFoundException($"Collective '{collective.Slug}' has no listing {publicId}.");
    }
}
