using MutualAid.Core.Collectives;
using MutualAid.Core.Geography;
using MutualAid.Core.Listings.Views;

namespace MutualAid.Core.Listings;

/// <summary>
/// Reads one listing for its edit form. Only members of the collective see the exact point: they entered
/// it, and the form must send it back unchanged.
/// </summary>
public sealed class FindListingToEdit(CollectiveAccess access, ListingLookup lookup)
{
    public async Task<ListingToEdit> ExecuteAsync(long userId, string collectiveSlug, string publicId, CancellationToken cancellationToken)
    {
        // Editors and admins may both edit listings; RequireMember refuses everyone else.
        var collective = await access.RequireMemberAsync(userId, collectiveSlug, MemberRole.Editor, cancellationToken);
        var listing = await lookup.FindInCollectiveAsync(collective, publicId, cancellationToken);
        var exact = listing.Location is { ExactLatitude: { } latitude, ExactLongitude: { } longitude }
            ? new GeoPoint(latitude, longitude)
            : (GeoPoint?)null;
        return new ListingToEdit(ListingView.From(listing, collective.Slug), exact);
    }
}
