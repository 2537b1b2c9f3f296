namespace MutualAid.Core.Listings.Details;

/// <summary>How an offered thing changes hands.</summary>
public enum HandOver
{
    PickUp,
    Delivery,
    PickUpOrDelivery,
}
