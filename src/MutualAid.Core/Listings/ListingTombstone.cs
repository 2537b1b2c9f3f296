namespace MutualAid.Core.Listings;

/// <summary>What is left of a deleted listing: enough to answer 410 Gone and to federate a Delete.</summary>
public sealed class ListingTombstone
{
    public long Id { get; set; }

    public required string PublicId { get; set; }

    public long? CollectiveId { get; set; }

    public ListingKind FormerKind { get; set; }

    public DateTimeOffset DeletedAt { get; set; }

    public Origin Origin { get; set; } = new();
}
