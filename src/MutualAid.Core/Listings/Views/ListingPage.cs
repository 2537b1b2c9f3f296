namespace MutualAid.Core.Listings.Views;

/// <summary>One page of listings; pass <see cref="NextCursor"/> back to get the next page (null at the end).</summary>
public sealed record ListingPage(IReadOnlyList<ListingView> Items, string? NextCursor);
