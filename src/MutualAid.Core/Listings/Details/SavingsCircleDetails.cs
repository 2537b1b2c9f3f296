namespace MutualAid.Core.Listings.Details;

/// <summary>A rotating savings and credit association (tanda, susu, stokvel, hui, paluwagan, gam'eya, kye).</summary>
public sealed class SavingsCircleDetails
{
    /// <summary>What the circle is called where it runs, e.g. "tanda".</summary>
    public string LocalName { get; set; } = "";

    public decimal ContributionAmount { get; set; }

    public string Currency { get; set; } = "";

    public int CycleLengthDays { get; set; }

    public int Slots { get; set; }

    public PayoutOrder PayoutOrder { get; set; }

    public int SeatsOpen { get; set; }
}
