using MutualAid.Core.Listings.Details;

namespace MutualAid.Core.Listings.Input;

public sealed class NeedInput
{
    public string? What { get; init; }

    public decimal? QuantityNeeded { get; init; }

    public string? Unit { get; init; }

    public Urgency? Urgency { get; init; }

    public DateTimeOffset? Deadline { get; init; }
}
