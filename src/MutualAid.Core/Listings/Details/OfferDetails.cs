namespace MutualAid.Core.Listings.Details;

public sealed class OfferDetails
{
    public string What { get; set; } = "";

    /// <summary>Null when the offer is not countable (a skill, a room for the weekend).</summary>
    public decimal? QuantityAvailable { get; set; }

    public string? Unit { get; set; }

    public string Conditions { get; set; } = "";

    public HandOver HandOver { get; set; } = HandOver.PickUp;
}
