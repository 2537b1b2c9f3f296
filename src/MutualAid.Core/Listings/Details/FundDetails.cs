namespace MutualAid.Core.Listings.Details;

public sealed class FundDetails
{
    public FundPurpose Purpose { get; set; }

    public decimal GoalAmount { get; set; }

    public decimal RaisedAmount { get; set; }

    /// <summary>Money the collective has already paid out from this fund, in <see cref="Currency"/>; never more than raised.</summary>
    public decimal DisbursedAmount { get; set; }

    /// <summary>A short public account of the latest payout ("Paid bail for 3 people arrested on 12 Nov"), plain text.</summary>
    public string? LastDisbursement { get; set; }

    /// <summary>ISO 4217 code, upper case.</summary>
    public string Currency { get; set; } = "";

    /// <summary>When set, the fund asks donors to give elsewhere instead.</summary>
    public bool FullyFunded { get; set; }

    public string? GiveElsewhereText { get; set; }

    public string? GiveElsewhereUrl { get; set; }

    public string HowToGive { get; set; } = "";

    /// <summary>
    /// An independent copy (snapshots before an edit, views that blank or clean a field). Cloned rather than listed
    /// field by field: three hand-written copies each had to learn about every new field, such as the disbursements.
    /// </summary>
    public FundDetails Copy() => (FundDetails)MemberwiseClone();
}
