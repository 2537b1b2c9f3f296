using MutualAid.Core.Listings.Details;

namespace MutualAid.Core.Listings.Input;

public sealed class SavingsCircleInput
{
    public string? LocalName { get; init; }

    public decimal? ContributionAmount { get; init; }

    public string? Currency { get; init; }

    public int? CycleLengthDays { get; init; }

    public int? Slots { get; init; }

    public PayoutOrder? PayoutOrder { get; init; }

    public int? SeatsOpen { get; init; }
}
