using MutualAid.Core.Listings.Details;

namespace MutualAid.Core.Listings;

/// <summary>
/// A listing as it was before an edit, so the publisher can say what changed ("raised €500 more",
/// "now open Saturdays") and notice followable being turned on or off. Details are copied, not shared.
/// </summary>
public sealed record ListingSnapshot
{
    public required string Title { get; init; }

    public ListingStatus Status { get; init; }

    public ListingVisibility Visibility { get; init; }

    public bool Followable { get; init; }

    public string? ActorSlug { get; init; }

    public string? PlaceName { get; init; }

    public string? ServiceArea { get; init; }

    public FundDetails? Fund { get; init; }

    public ContactDetails? Contact { get; init; }

    public ServiceDetails? Service { get; init; }

    public static ListingSnapshot Of(Listing listing)
    {
        ArgumentNullException.ThrowIfNull(listing);
        return new ListingSnapshot
        {
            Title = listing.Title,
            Status = listing.Status,
            Visibility = listing.Visibility,
            Followable = listing.Followable,
            ActorSlug = listing.ActorSlug,
            PlaceName = listing.Location?.PlaceName,
            ServiceArea = listing.ServiceArea,
            Fund = listing.Fund?.Copy(),
            Contact = listing.Contact?.Copy(),
            Service = listing.Service?.Copy(),
        };
    }
}
