namespace MutualAid.Core.Listings;

public enum ListingKind
{
    Offer,
    Need,
    Fund,
    Contact,
    Service,
    SavingsCircle,
}
