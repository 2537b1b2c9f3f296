namespace MutualAid.Core.Listings.Details;

public sealed class FundDetails
{
    public FundPurpose Purpose { get; set; }

    public decimal GoalAmount { get; set; }

    public decimal RaisedAmount { get; set; }

    /// <summary>ISO 4217 code, upper case.</summary>
    public string Currency { get; set; } = "";

    /// <summary>When set, the fund asks donors to give elsewhere instead.</summary>
    public bool FullyFunded { get; set; }

    public string? GiveElsewhereText { get; set; }

    public string? GiveElsewhereUrl { get; set; }

    public string HowToGive { get; set; } = "";
}
