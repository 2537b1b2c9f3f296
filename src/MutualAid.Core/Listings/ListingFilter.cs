namespace MutualAid.Core.Listings;

/// <summary>Filters and paging for listing queries; all filters are optional and combine with AND.</summary>
public sealed record ListingFilter
{
    public const int DefaultLimit = 20;
    public const int MaxLimit = 100;

    public ListingKind? Kind { get; init; }

    public ListingStatus? Status { get; init; }

    public Category? Category { get; init; }

    public string? Language { get; init; }

    /// <summary>Free text matched against title and body.</summary>
    public string? Query { get; init; }

    public int Limit { get; init; } = DefaultLimit;

    public string? Cursor { get; init; }
}
