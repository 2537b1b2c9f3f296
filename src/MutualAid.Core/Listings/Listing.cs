using MutualAid.Core.Collectives;
using MutualAid.Core.Listings.Details;

namespace MutualAid.Core.Listings;

/// <summary>
/// One listing of any kind. Exactly one of the detail parts (matching <see cref="Kind"/>) is set; the
/// others stay null, which keeps one table that maps the same way on SQLite and PostgreSQL.
/// </summary>
public sealed class Listing
{
    public long Id { get; set; }

    /// <summary>Stable id used in URLs and federation (see <see cref="PublicIds"/>).</summary>
    public required string PublicId { get; set; }

    /// <summary>The owning local collective; null for listings federated in from elsewhere.</summary>
    public long? CollectiveId { get; set; }

    public Collective? Collective { get; set; }

    public ListingKind Kind { get; set; }

    public string Title { get; set; } = "";

    /// <summary>Markdown as written.</summary>
    public string Body { get; set; } = "";

    /// <summary>Sanitized HTML rendered from <see cref="Body"/> on every save.</summary>
    public string BodyHtml { get; set; } = "";

    public List<Category> Categories { get; set; } = [];

    public List<string> Tags { get; set; } = [];

    /// <summary>BCP 47 language tag of the title and body.</summary>
    public string Language { get; set; } = "en";

    public ListingStatus Status { get; set; } = ListingStatus.Open;

    public ListingVisibility Visibility { get; set; } = ListingVisibility.Public;

    public Location? Location { get; set; }

    public string? ServiceArea { get; set; }

    /// <summary>Fund, Contact and Service listings may become followable actors with their own handle.</summary>
    public bool Followable { get; set; }

    /// <summary>
    /// The listing part of its actor's handle (<c>{collective}.{ActorSlug}</c>): null until the listing is first
    /// made followable, unique within the collective, and fixed once given so the actor id stays stable.
    /// </summary>
    public string? ActorSlug { get; set; }

    public DateTimeOffset PublishedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public DateTimeOffset? ExpiresAt { get; set; }

    /// <summary>Optimistic concurrency: bumped on every change; an edit based on an older version is refused.</summary>
    public int Version { get; set; } = 1;

    public Origin Origin { get; set; } = new();

    public OfferDetails? Offer { get; set; }

    public NeedDetails? Need { get; set; }

    public FundDetails? Fund { get; set; }

    public ContactDetails? Contact { get; set; }

    public ServiceDetails? Service { get; set; }

    public SavingsCircleDetails? SavingsCircle { get; set; }
}
