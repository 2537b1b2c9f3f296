namespace MutualAid.Core.Listings;

public enum ListingStatus
{
    Open,
    Paused,
    Fulfilled,
    Closed,
    Expired,
}
