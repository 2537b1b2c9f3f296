namespace MutualAid.Core.Listings.Input;

/// <summary>
/// What a person submits to create or replace a listing (API, web form, CSV/JSON import all produce this).
/// Everything is nullable so validation can say "required" instead of the parser guessing a default.
/// </summary>
public sealed class ListingInput
{
    public ListingKind? Kind { get; init; }

    public string? Title { get; init; }

    /// <summary>Markdown.</summary>
    public string? Body { get; init; }

    public List<Category>? Categories { get; init; }

    public List<string>? Tags { get; init; }

    /// <summary>BCP 47 tag.</summary>
    public string? Language { get; init; }

    public ListingStatus? Status { get; init; }

    public ListingVisibility? Visibility { get; init; }

    public LocationInput? Location { get; init; }

    public string? ServiceArea { get; init; }

    public DateTimeOffset? ExpiresAt { get; init; }

    public bool? Followable { get; init; }

    /// <summary>The listing part of the actor handle (<c>a-z 0-9 _ -</c>); derived from the title when not given.</summary>
    public string? ActorSlug { get; init; }

    /// <summary>On update: the version the editor started from (alternatively sent as If-Match).</summary>
    public int? Version { get; init; }

    public OfferInput? Offer { get; init; }

    public NeedInput? Need { get; init; }

    public FundInput? Fund { get; init; }

    public ContactInput? Contact { get; init; }

    public ServiceInput? Service { get; init; }

    public SavingsCircleInput? SavingsCircle { get; init; }
}
