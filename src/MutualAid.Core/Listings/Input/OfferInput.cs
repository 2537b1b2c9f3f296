using MutualAid.Core.Listings.Details;

namespace MutualAid.Core.Listings.Input;

public sealed class OfferInput
{
    public string? What { get; init; }

    public decimal? QuantityAvailable { get; init; }

    public string? Unit { get; init; }

    public string? Conditions { get; init; }

    public HandOver? HandOver { get; init; }
}
