using MutualAid.Core.Listings.Details;

namespace MutualAid.Core.Listings.Views;

/// <summary>
/// A listing as shown to clients. Built only through <see cref="From"/>, which never copies the exact
/// point, so no endpoint can leak it by accident.
/// </summary>
public sealed record ListingView
{
    public required string Id { get; init; }

    public string? Collective { get; init; }

    public ListingKind Kind { get; init; }

    public required string Title { get; init; }

    public required string Body { get; init; }

    public required string BodyHtml { get; init; }

    public required IReadOnlyList<Category> Categories { get; init; }

    public required IReadOnlyList<string> Tags { get; init; }

    public required string Language { get; init; }

    public ListingStatus Status { get; init; }

    public ListingVisibility Visibility { get; init; }

    public LocationView? Location { get; init; }

    public string? ServiceArea { get; init; }

    public bool Followable { get; init; }

    /// <summary>The listing part of its actor's handle (<c>collective.actorSlug</c>) once it was ever followable.</summary>
    public string? ActorSlug { get; init; }

    public DateTimeOffset PublishedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }

    public DateTimeOffset? ExpiresAt { get; init; }

    public int Version { get; init; }

    public OriginKind Origin { get; init; }

    public OfferDetails? Offer { get; init; }

    public NeedDetails? Need { get; init; }

    public FundDetails? Fund { get; init; }

    public ContactDetails? Contact { get; init; }

    public ServiceDetails? Service { get; init; }

    public SavingsCircleDetails? SavingsCircle { get; init; }

    public static ListingView From(Listing listing, string? collectiveSlug)
    {
        ArgumentNullException.ThrowIfNull(listing);
        return new ListingView
        {
            Id = listing.PublicId,
            Collective = collectiveSlug,
            Kind = listing.Kind,
            Title = listing.Title,
            Body = listing.Body,
            BodyHtml = listing.BodyHtml,
            Categories = listing.Categories,
            Tags = listing.Tags,
            Language = listing.Language,
            Status = listing.Status,
            Visibility = listing.Visibility,
            Location = listing.Location is null ? null : LocationView.From(listing.Location),
            ServiceArea = listing.ServiceArea,
            Followable = listing.Followable,
            ActorSlug = listing.ActorSlug,
            PublishedAt = listing.PublishedAt,
            UpdatedAt = listing.UpdatedAt,
            ExpiresAt = listing.ExpiresAt,
            Version = listing.Version,
            Origin = listing.Origin.Kind,
            Offer = listing.Offer,
            Need = listing.Need,
            Fund = listing.Fund,
            Contact = listing.Contact,
            Service = listing.Service,
            SavingsCircle = listing.SavingsCircle,
        };
    }
}
