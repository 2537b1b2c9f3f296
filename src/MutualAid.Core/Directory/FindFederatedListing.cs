using Microsoft.EntityFrameworkCore;
using MutualAid.Core.Data;
using MutualAid.Core.Listings;
using MutualAid.Core.Validation;

namespace MutualAid.Core.Directory;

/// <summary>
/// Reads one listing that federated in from another instance, for its page here. Public and unlisted
/// ones are readable by link; followers-only ones were addressed to someone, not to the web.
/// </summary>
public sealed class FindFederatedListing(MutualAidDbContext db, TimeProvider time)
{
    public async Task<DirectoryEntry> ExecuteAsync(string publicId, CancellationToken cancellationToken)
    {
        var listing = await db.Listings.AsNoTracking()
            .SingleOrDefaultAsync(l => l.PublicId == publicId && l.Origin.Kind == OriginKind.Remote && l.Visibility != ListingVisibility.FollowersOnly, cancellationToken)
            ?? throw new NotFoundException($"There is no federated listing {publicId}.");
        return new DirectoryEntry
        {
            Listing = SearchDirectory.PublicView(listing, null),
            InstanceDomain = listing.Origin.InstanceDomain,
            RemoteObject = listing.Origin.ObjectIri,
            RemoteActor = listing.Origin.ActorIri,
            StaleSince = listing.Origin.StaleSince,
            EffectiveStatus = SearchDirectory.EffectiveStatus(listing, time.GetUtcNow()),
        }.WithActor(listing, null);
    }
}
