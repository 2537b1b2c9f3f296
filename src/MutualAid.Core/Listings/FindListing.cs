using MutualAid.Core.Collectives;
using MutualAid.Core.Listings.Views;
using MutualAid.Core.Validation;

namespace MutualAid.Core.Listings;

/// <summary>
/// Reads one listing. Public and unlisted listings are readable by anyone with the link;
/// followers-only listings only by members (to everyone else they do not exist).
/// </summary>
public sealed class FindListing(CollectiveAccess access, ListingLookup lookup)
{
    public async Task<ListingView> ExecuteAsync(long? userId, string collectiveSlug, string publicId, CancellationToken cancellationToken)
    {
        var collective = await access.FindAsync(collectiveSlug, cancellationToken);
        var listing = await lookup.FindInCollectiveAsync(collective, publicId, cancellationToken);
        if (listing.Visibility == ListingVisibility.FollowersOnly && !await access.IsMemberAsync(userId, collective.Id, cancellationToken))
        {
            throw new NotFoundException($"Collective '{collectiveSlug}' has no listing {publicId}.");
        }

        return ListingView.From(listing, collective.Slug);
    }
}
