namespace MutualAid.Core.Listings.Details;

public sealed class NeedDetails
{
    public string What { get; set; } = "";

    public decimal QuantityNeeded { get; set; }

    public string Unit { get; set; } = "";

    public Urgency Urgency { get; set; } = Urgency.Medium;

    public DateTimeOffset? Deadline { get; set; }

    /// <summary>Sum of open pledges; maintained by the pledge use cases.</summary>
    public decimal QuantityPledged { get; set; }

    /// <summary>Sum of pledges marked delivered.</summary>
    public decimal QuantityFulfilled { get; set; }
}
