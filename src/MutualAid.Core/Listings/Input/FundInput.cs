using MutualAid.Core.Listings.Details;

namespace MutualAid.Core.Listings.Input;

public sealed class FundInput
{
    public FundPurpose? Purpose { get; init; }

    public decimal? GoalAmount { get; init; }

    public decimal? RaisedAmount { get; init; }

    public decimal? DisbursedAmount { get; init; }

    public string? LastDisbursement { get; init; }

    /// <summary>ISO 4217 code.</summary>
    public string? Currency { get; init; }

    public bool? FullyFunded { get; init; }

    public string? GiveElsewhereText { get; init; }

    public string? GiveElsewhereUrl { get; init; }

    public string? HowToGive { get; init; }
}
